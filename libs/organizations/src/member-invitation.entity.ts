import { Column, Entity } from 'typeorm';
import type { MembershipRole } from '@assay/auth';
import { OrganizationOwnedEntity } from '@assay/persistence';

/** An emailed invitation to join an organization; its token is stored only as a hash. */
@Entity('member_invitations')
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
