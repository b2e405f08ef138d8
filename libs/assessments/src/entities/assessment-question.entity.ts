import { Check, Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';

/** What a candidate sees of a question (no answer key), frozen with the assessment. */
export interface CandidateContent {
  prompt: string;
  options?: { id: string; text: string }[];
  languages?: string[];
  functionName?: string;
  starterCode?: string;
  timeLimitMs?: number;
  /** Code: total memory of one answer, MiB (absent: the sandbox's default). */
  memoryLimitMb?: number;
  schema?: string;
}

/**
 * A question inside an assessment. Its id is the question's id everywhere (organization view, candidate
 * view, report) and never changes once the assessment is published.
 */
@Entity('assessment_questions')
@Check(
  'assessment_questions_source_library_check',
  "(source_library = ANY (ARRAY['global'::text, 'organization'::text]))",
)
@Index('assessment_questions_assessment_idx', ['assessmentId', 'position'])
@Index('assessment_questions_version_idx', ['questionVersionId'])
export class AssessmentQuestionEntity extends OrganizationOwnedEntity {
  @Column('uuid')
  assessmentId!: string;

  @Column('int')
  position!: number;

  @Column('uuid')
  questionId!: string;

  @Column('uuid')
  questionVersionId!: string;

  @Column('text')
  type!: string;

  @Column('text')
  skill!: string;

  @Column('int')
  difficulty!: number;

  @Column('numeric', {
    precision: 8,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  points!: number;

  @Column('int')
  timeEstimateSeconds!: number;

  @Column('jsonb')
  content!: CandidateContent;

  @Column('jsonb')
  answerKey!: Record<string, unknown>;

  /**
   * The library the question came from. A `global` question's answer key, reference solution, hidden
   * tests and rubric are never shown to the organization (docs/decisions/0610-catalog-answer-keys.md).
   */
  @Column('text', { default: 'global' })
  sourceLibrary!: QuestionLibrary;

  /** The question's version number (null only for rows older than this column). */
  @Column('int', { nullable: true })
  sourceVersion!: number | null;
}

export type QuestionLibrary = 'global' | 'organization';
