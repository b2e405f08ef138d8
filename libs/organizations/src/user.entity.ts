import { Check, Column, Entity } from 'typeorm';
import { BaseEntity } from '@assay/persistence';

@Entity('users')
@Check('users_email_check', '(email = lower(email))')
export class UserEntity extends BaseEntity {
  /** Stored lower-cased (a CHECK enforces it), so the unique index makes email case-insensitive. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column('text')
  fullName!: string;

  /** argon2id (PHC string with its parameters). */
  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** Set only by `npm run cli -- create-admin`. */
  @Column({ type: 'boolean', default: false })
  platformAdmin!: boolean;

  /**
   * Access tokens carry the epoch they were issued in (`ep`); the guard refuses older ones. Raised by
   * logout, password reset and a takeover-closing password replacement (docs/decisions/0602).
   */
  @Column({ type: 'integer', default: 0 })
  tokenEpoch!: number;
}
