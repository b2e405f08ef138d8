import { MigrationInterface, QueryRunner } from 'typeorm';

/** Integrity signals look up every submission to a question version (docs/decisions/0414). */
export class QuestionVersionIndex1764300500001 implements MigrationInterface {
  name = 'QuestionVersionIndex1764300500001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX assessment_questions_version_idx ON assessment_questions (question_version_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assessment_questions_version_idx`);
  }
}
