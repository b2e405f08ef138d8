import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@assay/persistence';

export const USER_TOKEN_PURPOSES = ['verify_email', 'reset_password'] as const;
export type UserTokenPurpose = (typeof USER_TOKEN_PURPOSES)[number];

/** A single-use, expiring token emailed to a user (email verification, password reset); stored hashed. */
@Entity('user_tokens')
@Check('user_tokens_purpose_check', "(purpose = ANY (ARRAY['verify_email'::text, 'reset_password'::text]))")
@Index('user_tokens_user_idx', ['userId', 'purpose'], { where: 'used_at IS NULL' })
export class UserTokenEntity extends BaseEntity {
  @Column('uuid')
  userId!: string;

  @Column('text')
  purpose!: UserTokenPurpose;

  @Column({ type: 'text', unique: true, select: false })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
