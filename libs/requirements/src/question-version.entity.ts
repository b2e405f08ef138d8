import { type AnswerKey, type ChoiceOption, type CodeLanguage, type QuestionType } from '@assay/core';
import { Check, Column, Entity, Index, Unique } from 'typeorm';

import { BaseEntity } from '@assay/persistence';

/** What a candidate may see beyond the common fields, by type. */
export interface QuestionDetails {
  options?: ChoiceOption[];
  languages?: CodeLanguage[];
  functionName?: string;
  starterCode?: string;
  timeLimitMs?: number;
  memoryLimitMb?: number;
  schema?: string;
}

/**
 * One version of a question's content. Immutable once an assessment uses it (`usedAt` set; a database
 * trigger enforces it): an edit then makes a new version.
 */
@Entity('question_versions')
@Check('question_versions_difficulty_check', '((difficulty >= 1) AND (difficulty <= 5))')
@Check('question_versions_points_check', '(points > 0)')
@Check('question_versions_time_estimate_seconds_check', '(time_estimate_seconds > 0)')
@Check(
  'question_versions_type_check',
  "(type = ANY (ARRAY['single_choice'::text, 'multiple_choice'::text, 'numeric'::text, 'short_text'::text, 'code'::text, 'sql'::text, 'essay'::text]))",
)
@Check('question_versions_version_check', '(version > 0)')
@Unique('question_versions_version_key', ['questionId', 'version'])
@Index('question_versions_skill_idx', ['skill', 'difficulty'])
export class QuestionVersionEntity extends BaseEntity {
  @Column('uuid')
  questionId!: string;

  /** Copied from the question so every read of versions can be scoped by organization. */
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column('int')
  version!: number;

  @Column('text')
  type!: QuestionType;

  /** Skill slug. */
  @Column('text')
  skill!: string;

  @Column('smallint')
  difficulty!: number;

  @Column('int')
  points!: number;

  @Column('int')
  timeEstimateSeconds!: number;

  @Column('text')
  prompt!: string;

  @Column({ type: 'jsonb', default: {} })
  details!: QuestionDetails;

  @Column('jsonb')
  answerKey!: AnswerKey;

  @Column('text')
  contentHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
