import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Results a recruiter can defend (issue 12): each result's measurement (questions, binomial SEM), each skill
 * score's question count and confidence, and the statistics the worker keeps after grading — per question
 * version, per assessment, and per norm group (role version + level, across organizations, anonymous).
 */
export class ResultStatistics1764300400000 implements MigrationInterface {
  name = 'ResultStatistics1764300400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt_results ADD COLUMN measurement jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`
      ALTER TABLE skill_scores
        ADD COLUMN item_count smallint,
        ADD COLUMN confidence text`);

    // One row per question version, over every organization's graded attempts (global and own questions).
    await q.query(`
      CREATE TABLE question_statistics (
        question_version_id uuid PRIMARY KEY,
        question_id uuid NOT NULL,
        organization_id uuid,
        responses int NOT NULL DEFAULT 0,
        facility numeric(6,4),
        point_biserial numeric(6,4),
        flags text[] NOT NULL DEFAULT '{}',
        statistics jsonb NOT NULL DEFAULT '{}'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX question_statistics_question_idx ON question_statistics (question_id)`);
    await q.query(
      `CREATE INDEX question_statistics_flagged_idx ON question_statistics (question_id) WHERE cardinality(flags) > 0`,
    );

    await q.query(`
      CREATE TABLE assessment_statistics (
        assessment_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        alpha numeric(6,4),
        sem numeric(6,2),
        mean numeric(6,2),
        sd numeric(6,2),
        distribution jsonb NOT NULL DEFAULT '[]'::jsonb,
        items jsonb NOT NULL DEFAULT '[]'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX assessment_statistics_org_idx ON assessment_statistics (organization_id)`);

    // Percentage scores in 0.1-point bins; no organization, attempt or candidate is kept here.
    await q.query(`
      CREATE TABLE norm_groups (
        role_version_id uuid NOT NULL,
        level text NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        counts int[] NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (role_version_id, level)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE norm_groups`);
    await q.query(`DROP TABLE assessment_statistics`);
    await q.query(`DROP TABLE question_statistics`);
    await q.query(`ALTER TABLE skill_scores DROP COLUMN confidence, DROP COLUMN item_count`);
    await q.query(`ALTER TABLE attempt_results DROP COLUMN measurement`);
  }
}
