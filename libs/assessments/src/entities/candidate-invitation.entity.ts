import { Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';
import type { Accommodations } from '../accommodations';

export const CANDIDATE_STATUSES = [
  'invited',
  'in_progress',
  'submitted',
  'graded',
  'expired',
  'revoked',
] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

@Entity('candidate_invitations')
@Index('candidate_invitations_assessment_email_key', ['assessmentId', 'email'], { unique: true })
export class CandidateInvitationEntity extends OrganizationOwnedEntity {
  @Column('uuid')
  assessmentId!: string;

  /** Lower-cased. */
  @Column('text')
  email!: string;

  @Column('text')
  fullName!: string;

  /** SHA-256 of the link's token; the token itself is never stored. */
  @Index('candidate_invitations_token_hash_key', { unique: true })
  @Column('text')
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('int', { default: 1 })
  sendCount!: number;

  @Column('timestamptz', { nullable: true })
  lastSentAt!: Date | null;

  /** Extra time or untimed mode for this candidate; copied to the attempt at start. */
  @Column('jsonb', { default: {} })
  accommodations!: Accommodations;

  /** Set when the candidate's personal data was erased (name and email replaced). */
  @Column('timestamptz', { nullable: true })
  erasedAt!: Date | null;
}
