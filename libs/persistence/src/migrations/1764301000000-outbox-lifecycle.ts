import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox gets a lifecycle (issue 16): an index that lets the retention job find relayed rows without a
 * scan, and emails get their own table (owned by libs/mail), so the mail job no longer reads the outbox.
 * Mail requests still waiting in the outbox move over under the same id, which old jobs carry as `outboxId`.
 */
export class OutboxLifecycle1764301000000 implements MigrationInterface {
  name = 'OutboxLifecycle1764301000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_sent_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE mail_requests (
        id uuid PRIMARY KEY,
        template text NOT NULL,
        recipient text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        aggregate_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO mail_requests (id, template, recipient, params, aggregate_id, created_at)
      SELECT id, payload->>'template', payload->>'to', COALESCE(payload->'params', '{}'::jsonb), aggregate_id, created_at
        FROM outbox
       WHERE type = 'mail.requested' AND payload ? 'template' AND payload ? 'to'`);
    await q.query(
      `UPDATE outbox SET payload = '{}'::jsonb WHERE type = 'mail.requested' AND payload ? 'template'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE outbox o SET payload = jsonb_build_object('template', m.template, 'to', m.recipient, 'params', m.params)
        FROM mail_requests m WHERE m.id = o.id`);
    await q.query(`DROP TABLE mail_requests`);
    await q.query(`DROP INDEX outbox_sent_idx`);
  }
}
