import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@assay/persistence';

/**
 * One refresh token, stored as its SHA-256. Tokens of one login share a family: every refresh rotates the
 * token within the family, and presenting a rotated one again revokes the whole family (theft detected).
 */
@Entity('refresh_tokens')
@Index('refresh_tokens_user_active_idx', ['userId', 'organizationId'], { where: 'revoked_at IS NULL' })
@Index('refresh_tokens_family_idx', ['familyId'])
export class RefreshTokenEntity extends BaseEntity {
  @Column('uuid')
  userId!: string;

  /** The organization the session acts for (the access token's `org`). */
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  familyId!: string;

  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
