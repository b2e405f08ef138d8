import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10 (content half): where an assessment question came from (so catalog answer keys stay with the
 * platform), per-organization quota counters, and proctoring events keeping the server's receive time.
 */
export class ContentSecurity1764300200000 implements MigrationInterface {
  name = 'ContentSecurity1764300200000';

  async up(q: QueryRunner): Promise<void> {
    // 'global' is the restrictive default: a row whose origin is unknown never shows its answer key.
    await q.query(`
      ALTER TABLE assessment_questions
        ADD COLUMN source_library text NOT NULL DEFAULT 'global'
          CHECK (source_library IN ('global','organization')),
        ADD COLUMN source_version int`);
    await q.query(`
      UPDATE assessment_questions aq
         SET source_library = CASE WHEN v.organization_id IS NULL THEN 'global' ELSE 'organization' END,
             source_version = v.version
        FROM question_versions v
       WHERE v.id = aq.question_version_id`);

    // One counter row per organization, quota and window (a UTC day; '-infinity' for lifetime counters),
    // incremented by a conditional upsert so concurrent requests cannot overshoot the limit.
    await q.query(`
      CREATE TABLE quota_usage (
        organization_id uuid NOT NULL,
        quota text NOT NULL,
        window_start date NOT NULL,
        used int NOT NULL CHECK (used >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, quota, window_start)
      )`);

    // Until now "at" held the candidate's clock when they sent one; created_at is when the server got it.
    await q.query(`ALTER TABLE proctoring_events ADD COLUMN client_at timestamptz`);
    await q.query(`UPDATE proctoring_events SET client_at = at, at = created_at WHERE at <> created_at`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE proctoring_events SET at = client_at WHERE client_at IS NOT NULL`);
    await q.query(`ALTER TABLE proctoring_events DROP COLUMN client_at`);
    await q.query(`DROP TABLE quota_usage`);
    await q.query(`ALTER TABLE assessment_questions DROP COLUMN source_library, DROP COLUMN source_version`);
  }
}
