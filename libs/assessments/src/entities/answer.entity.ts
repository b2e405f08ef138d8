import { Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';

@Entity('answers')
@Index('answers_attempt_question_key', ['attemptId', 'assessmentQuestionId'], { unique: true })
export class AnswerEntity extends OrganizationOwnedEntity {
  @Column('uuid')
  attemptId!: string;

  @Column('uuid')
  assessmentQuestionId!: string;

  @Column('jsonb')
  response!: unknown;

  @Column('timestamptz')
  savedAt!: Date;
}
