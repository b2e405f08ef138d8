import { Check, Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';
import type { Accommodations } from '../accommodations';

export const ATTEMPT_STATUSES = ['in_progress', 'submitted', 'graded', 'grading_error'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
export type SubmitReason = 'candidate' | 'timeout';

@Entity('attempts')
@Check(
  'attempts_status_check',
  "(status = ANY (ARRAY['in_progress'::text, 'submitted'::text, 'graded'::text, 'grading_error'::text]))",
)
@Check('attempts_submit_reason_check', "(submit_reason = ANY (ARRAY['candidate'::text, 'timeout'::text]))")
@Index('attempts_in_progress_deadline_idx', ['deadlineAt'], { where: "status = 'in_progress'::text" })
@Index('attempts_assessment_idx', ['assessmentId', 'status'])
@Index('attempts_status_submitted_idx', ['status', 'submittedAt'])
export class AttemptEntity extends OrganizationOwnedEntity {
  @Column('uuid')
  assessmentId!: string;

  @Index('attempts_invitation_key', { unique: true })
  @Column('uuid')
  invitationId!: string;

  @Column('text', { default: 'in_progress' })
  status!: AttemptStatus;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('timestamptz')
  deadlineAt!: Date;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('text', { nullable: true })
  submitReason!: SubmitReason | null;

  /** Assessment-question ids in the order this candidate sees them. */
  @Column('jsonb')
  questionOrder!: string[];

  /** Per question, the option ids in the order this candidate sees them (when options are shuffled). */
  @Column('jsonb', { default: {} })
  optionOrders!: Record<string, string[]>;

  @Column('int', { default: 0 })
  eventCount!: number;

  @Column('timestamptz', { nullable: true })
  gradedAt!: Date | null;

  /** The accommodations in force when the attempt started (the deadline was computed from them). */
  @Column('jsonb', { default: {} })
  accommodations!: Accommodations;
  /** Why grading gave up on a poison attempt (status `grading_error`); cleared by a re-grade. */
  @Column('text', { nullable: true })
  gradingError!: string | null;

  /** When the assessment's creator was emailed about this result, so a replayed event emails once. */
  @Column('timestamptz', { nullable: true })
  creatorNotifiedAt!: Date | null;
}
