import { Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';

/** What a candidate sees of a question (no answer key), frozen with the assessment. */
export interface CandidateContent {
  prompt: string;
  options?: { id: string; text: string }[];
  languages?: string[];
  functionName?: string;
  starterCode?: string;
  timeLimitMs?: number;
  schema?: string;
}

/**
 * A question inside an assessment. Its id is the question's id everywhere (organization view, candidate
 * view, report) and never changes once the assessment is published.
 */
@Entity('assessment_questions')
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
}
