import { type Level } from '@assay/core';
import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

import { OrganizationOwnedEntity } from '@assay/persistence';

export const RESULT_REASONS = ['initial', 'regrade', 'manual_score'] as const;
export type ResultReason = (typeof RESULT_REASONS)[number];

const decimal = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** What the pipeline recorded about one grading run. */
export interface ResultTimings {
  /** Submission to the start of grading (queue, relay). */
  queuedMs?: number;
  /** Grading every answer (sandboxes included). */
  gradingMs?: number;
  /** Submission to the commit of this result. */
  totalMs?: number;
  answers?: number;
}

/** The level fit as stored (docs/decisions/0120); results before it have no `evidence` and numeric levels. */
export interface StoredLevelFit {
  recommended: Level | null;
  levels: Record<Level, number | null>;
  evidence?: Record<string, unknown>;
  /** The skills below the next level's bar (results graded before it have none). */
  blocking?: {
    level: Level;
    evidenced: boolean;
    skills: { skill: string; proficiency: number; required: number; importance: number }[];
  } | null;
}

export interface ResultMeasurement {
  items?: number;
  sem?: number | null;
}

/**
 * One grading of an attempt. The first grading inserts revision 1; a re-grade or a hand-scored essay adds
 * the next revision and keeps the previous ones (exactly one row per attempt is `isCurrent`).
 */
@Entity('attempt_results')
@Check(
  'attempt_results_reason_check',
  "(reason = ANY (ARRAY['initial'::text, 'regrade'::text, 'manual_score'::text]))",
)
@Unique('attempt_results_attempt_id_revision_key', ['attemptId', 'revision'])
@Index('attempt_results_request_key', ['attemptId', 'requestId'], {
  unique: true,
  where: 'request_id IS NOT NULL',
})
@Index('attempt_results_current_key', ['attemptId'], { unique: true, where: 'is_current' })
export class AttemptResultEntity extends OrganizationOwnedEntity {
  @Column('uuid')
  attemptId!: string;

  @Column('int')
  revision!: number;

  @Column('boolean', { default: true })
  isCurrent!: boolean;

  @Column('text')
  reason!: ResultReason;

  @Column('numeric', { precision: 10, scale: 2, transformer: decimal })
  score!: number;

  @Column('numeric', { precision: 10, scale: 2, transformer: decimal })
  maxScore!: number;

  @Column('numeric', { precision: 5, scale: 2, transformer: decimal })
  percentage!: number;

  @Column('boolean')
  passed!: boolean;

  @Column('text', { nullable: true })
  recommendedLevel!: Level | null;

  @Column('jsonb')
  levelFit!: StoredLevelFit;

  @Column('text')
  graderVersion!: string;

  @Column('jsonb', { default: {} })
  timings!: ResultTimings;

  /** Questions with points and the attempt's own (binomial) SEM in percentage points. */
  @Column('jsonb', { default: {} })
  measurement!: ResultMeasurement;

  /** The re-grade request (outbox row id) this revision answers; null otherwise. */
  @Column('text', { nullable: true })
  requestId!: string | null;

  @Column('uuid', { nullable: true })
  requestedByUserId!: string | null;
}

/** Per-skill totals of one result revision. */
@Entity('skill_scores')
export class SkillScoreEntity {
  @PrimaryColumn('uuid')
  resultId!: string;

  @PrimaryColumn('text')
  skill!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('numeric', { precision: 10, scale: 2, transformer: decimal })
  score!: number;

  @Column('numeric', { precision: 10, scale: 2, transformer: decimal })
  maxScore!: number;

  @Column('numeric', { precision: 5, scale: 2, transformer: decimal })
  percentage!: number;

  /** Measured proficiency 0–4 (docs/decisions/0120-scoring-model.md). */
  @Column('smallint', { nullable: true })
  proficiency!: number | null;

  /** Questions with points on the skill; `confidence` is "insufficient" under 4 (docs/decisions/0121). */
  @Column('smallint', { nullable: true })
  itemCount!: number | null;

  @Column('text', { nullable: true })
  confidence!: string | null;
}

/** The verdict on one answer in one result revision. */
@Entity('answer_grades')
export class AnswerGradeEntity {
  @PrimaryColumn('uuid')
  resultId!: string;

  @PrimaryColumn('uuid')
  assessmentQuestionId!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('text')
  verdict!: string;

  @Column('numeric', { precision: 10, scale: 2, transformer: decimal })
  score!: number;

  @Column('numeric', { precision: 10, scale: 2, transformer: decimal })
  maxScore!: number;

  @Column('jsonb', { default: {} })
  details!: Record<string, unknown>;

  /** Set when a person scored this answer (essays). */
  @Column('uuid', { nullable: true })
  scoredByUserId!: string | null;

  @Column('text', { nullable: true })
  comment!: string | null;
}

export const RESULT_ENTITIES = [AttemptResultEntity, SkillScoreEntity, AnswerGradeEntity];
