import { MigrationInterface, QueryRunner } from 'typeorm';

/** The grading pipeline: grading errors, re-grade requests, notification marks, webhook endpoint health. */
export class GradingPipeline1764202000000 implements MigrationInterface {
  name = 'GradingPipeline1764202000000';

  async up(q: QueryRunner): Promise<void> {
    // Why the last grading failed (shown to the organization), and when the creator was emailed (once).
    await q.query(`
      ALTER TABLE attempts
        ADD COLUMN grading_error text,
        ADD COLUMN creator_notified_at timestamptz`);
    // The reconciler's scan for deadlines missed while Redis was away.
    await q.query(
      `CREATE INDEX attempts_in_progress_deadline_idx ON attempts (deadline_at) WHERE status = 'in_progress'`,
    );

    // A re-grade request (its outbox row id) makes at most one revision, however often its job runs.
    await q.query(`
      ALTER TABLE attempt_results
        ADD COLUMN request_id text,
        ADD COLUMN requested_by_user_id uuid`);
    await q.query(
      `CREATE UNIQUE INDEX attempt_results_request_key ON attempt_results (attempt_id, request_id)
        WHERE request_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE skill_scores ADD COLUMN proficiency smallint`);

    // An endpoint failing without a break for about a day is disabled.
    await q.query(`
      ALTER TABLE webhook_endpoints
        ADD COLUMN failing_since timestamptz,
        ADD COLUMN disabled_at timestamptz`);
    await q.query(`
      ALTER TABLE webhook_deliveries
        ADD COLUMN attempt_log jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await q.query(`CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id)`);

    // Wakes the outbox relays as soon as events commit (LISTEN assay_outbox), instead of at their next poll.
    // Once per statement; identical notifications of one transaction are folded into one by PostgreSQL.
    await q.query(`
      CREATE FUNCTION assay_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('assay_outbox', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
        FOR EACH STATEMENT EXECUTE FUNCTION assay_outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION assay_outbox_notify()`);
    await q.query(`DROP INDEX webhook_deliveries_event_idx`);
    await q.query(`ALTER TABLE webhook_deliveries DROP COLUMN attempt_log`);
    await q.query(`ALTER TABLE webhook_endpoints DROP COLUMN failing_since, DROP COLUMN disabled_at`);
    await q.query(`ALTER TABLE skill_scores DROP COLUMN proficiency`);
    await q.query(`DROP INDEX attempt_results_request_key`);
    await q.query(`ALTER TABLE attempt_results DROP COLUMN request_id, DROP COLUMN requested_by_user_id`);
    await q.query(`DROP INDEX attempts_in_progress_deadline_idx`);
    await q.query(`ALTER TABLE attempts DROP COLUMN grading_error, DROP COLUMN creator_notified_at`);
  }
}
