import { Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';

export const ASSESSMENT_STATUSES = ['draft', 'open', 'closed', 'archived'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export type Level = 'junior' | 'mid' | 'senior' | 'lead';
export const LEVELS: readonly Level[] = ['junior', 'mid', 'senior', 'lead'];

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

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}
