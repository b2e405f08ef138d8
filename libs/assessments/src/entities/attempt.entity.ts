import { Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';
import type { Accommodations } from '../accommodations';

export const ATTEMPT_STATUSES = ['in_progress', 'submitted', 'graded', 'grading_error'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
export type SubmitReason = 'candidate' | 'timeout';

@Entity('attempts')
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
  @Column('jsonb', { default: () => "'{}'::jsonb" })
  optionOrders!: Record<string, string[]>;

  @Column('int', { default: 0 })
  eventCount!: number;

  @Column('timestamptz', { nullable: true })
  gradedAt!: Date | null;

  /** The accommodations in force when the attempt started (the deadline was computed from them). */
  @Column('jsonb', { default: () => "'{}'::jsonb" })
  accommodations!: Accommodations;
}
