import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@assay/core';

/**
 * Transactional outbox: a domain change and the event that announces it commit together;
 * the relay moves events to the queue afterwards, so a request never waits on Redis.
 */
@Entity('outbox')
@Index('outbox_pending_idx', ['createdAt'], { where: 'sent_at IS NULL' })
@Index('outbox_sent_idx', ['sentAt'], { where: 'sent_at IS NOT NULL' })
export class OutboxEntity {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column({ type: 'text' })
  type!: string;

  /** Identifies what the event is about (e.g. the attempt id); part of the job id. */
  @Column({ type: 'text' })
  aggregateId!: string;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  relayAttempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
