import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A different form per candidate (docs/decisions/0411): an assessment is `fixed` (every candidate gets its
 * questions) or `per_candidate` (its questions are the pool; `form_plan` says what each form draws).
 * Existing assessments stay fixed.
 */
export class CandidateForms1764300500000 implements MigrationInterface {
  name = 'CandidateForms1764300500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assessments
        ADD COLUMN forms text NOT NULL DEFAULT 'fixed' CHECK (forms IN ('fixed', 'per_candidate')),
        ADD COLUMN form_plan jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessments DROP COLUMN form_plan, DROP COLUMN forms`);
  }
}
