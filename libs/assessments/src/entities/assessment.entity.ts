import type { Level } from '@assay/core';
import { Check, Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';
import type { FormPlan, FormsMode } from '../composition/candidate-forms';

export const ASSESSMENT_STATUSES = ['draft', 'open', 'closed', 'archived'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface AssessmentSettings {
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  invitationValidityDays: number;
  showScoreToCandidate: boolean;
}

/** The role requirement as frozen into the assessment, so grading never depends on later catalog edits. */
export interface FrozenRequirement {
  skill: string;
  importance: number;
  expectedProficiency: Record<Level, number>;
}

@Entity('assessments')
@Check('assessments_forms_check', "(forms = ANY (ARRAY['fixed'::text, 'per_candidate'::text]))")
@Check(
  'assessments_level_check',
  "(level = ANY (ARRAY['junior'::text, 'mid'::text, 'senior'::text, 'lead'::text]))",
)
@Check(
  'assessments_passing_score_check',
  '((passing_score >= (0)::numeric) AND (passing_score <= (100)::numeric))',
)
@Check(
  'assessments_status_check',
  "(status = ANY (ARRAY['draft'::text, 'open'::text, 'closed'::text, 'archived'::text]))",
)
@Check('assessments_time_limit_minutes_check', '((time_limit_minutes >= 1) AND (time_limit_minutes <= 1440))')
@Index('assessments_org_status_idx', ['organizationId', 'status', 'createdAt'])
export class AssessmentEntity extends OrganizationOwnedEntity {
  @Column('text')
  title!: string;

  @Column('text', { default: 'draft' })
  status!: AssessmentStatus;

  @Column('uuid', { nullable: true })
  createdByUserId!: string | null;

  @Column('text')
  roleSlug!: string;

  @Column('text')
  roleTitle!: string;

  @Column('uuid')
  roleVersionId!: string;

  @Column('int')
  roleVersion!: number;

  @Column('text')
  level!: Level;

  @Column('jsonb')
  requirements!: FrozenRequirement[];

  @Column('int')
  timeLimitMinutes!: number;

  /** Percentage 0–100 needed to pass. */
  @Column('numeric', {
    precision: 5,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  passingScore!: number;

  @Column('jsonb')
  settings!: AssessmentSettings;

  @Column('text')
  compositionSeed!: string;

  /** `fixed`: every candidate answers the assessment's questions; `per_candidate`: they are the pool. */
  @Column('text', { default: 'fixed' })
  forms!: FormsMode;

  /** What each candidate's form draws from the pool (per_candidate only). */
  @Column('jsonb', { nullable: true })
  formPlan!: FormPlan | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}
