import { Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';

export const PROCTORING_EVENT_TYPES = [
  'tab_hidden',
  'tab_visible',
  'paste',
  'copy',
  'fullscreen_exit',
  'fullscreen_enter',
  'focus_lost',
  'focus_gained',
  // Not proctoring: the take flow shows a question (`data.questionId`); time per question comes from these.
  'viewed',
] as const;
export type ProctoringEventType = (typeof PROCTORING_EVENT_TYPES)[number];

@Entity('proctoring_events')
@Index('proctoring_events_attempt_idx', ['attemptId', 'at'])
export class ProctoringEventEntity extends OrganizationOwnedEntity {
  @Column('uuid')
  attemptId!: string;

  @Column('text')
  type!: ProctoringEventType;

  /** When the server received it: the time every report and rule relies on. */
  @Column('timestamptz')
  at!: Date;

  /** When it happened on the candidate's clock, as they reported it (never trusted in place of `at`). */
  @Column('timestamptz', { nullable: true })
  clientAt!: Date | null;

  @Column('jsonb', { nullable: true })
  data!: Record<string, unknown> | null;
}
