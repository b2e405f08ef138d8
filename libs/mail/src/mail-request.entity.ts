import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An email waiting to be sent: written with the change that asks for it, read by the mail job, deleted once
 * sent (its params hold links with tokens, so it lives no longer than needed). Owned by libs/mail.
 */
@Entity('mail_requests')
export class MailRequestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  template!: string;

  @Column('text')
  recipient!: string;

  @Column({ type: 'jsonb', default: {} })
  params!: Record<string, unknown>;

  /** What the email is about (the user or invitation id). */
  @Column('text')
  aggregateId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
