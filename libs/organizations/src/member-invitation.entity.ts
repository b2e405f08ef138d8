import { Check, Column, Entity, Index } from 'typeorm';
import type { MembershipRole } from '@assay/auth';
import { OrganizationOwnedEntity } from '@assay/persistence';

/** An emailed invitation to join an organization; its token is stored only as a hash. */
@Entity('member_invitations')
@Check(
  'member_invitations_role_check',
  "(role = ANY (ARRAY['owner'::text, 'admin'::text, 'recruiter'::text]))",
)
@Index('member_invitations_organization_idx', ['organizationId', 'createdAt'])
@Index('member_invitations_inviter_pending_idx', ['organizationId', 'invitedByUserId'], {
  where: 'accepted_at IS NULL AND revoked_at IS NULL',
})
export class MemberInvitationEntity extends OrganizationOwnedEntity {
  @Column('text')
  email!: string;

  @Column('text')
  role!: MembershipRole;

  @Column({ type: 'text', unique: true, select: false })
  tokenHash!: string;

  @Column({ type: 'uuid', nullable: true })
  invitedByUserId!: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId!: string | null;

  /** Revoked by an owner or admin, or because the inviter lost the right to invite with this role. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
