import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: an append-only audit log (a trigger refuses UPDATE, DELETE and TRUNCATE), per-invitation
 * accommodations, erasure markers and requests, and the organization's retention setting.
 */
export class DataRights1764300800000 implements MigrationInterface {
  name = 'DataRights1764300800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_type text NOT NULL CHECK (actor_type IN ('user','api_key','system','candidate')),
        actor_id uuid,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        ip text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_organization_idx ON audit_log (organization_id, id DESC)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (organization_id, action, id DESC)`);
    // Append-only for everyone, the table owner and superusers included: a trigger refuses the change.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC`);

    await q.query(`
      ALTER TABLE candidate_invitations
        ADD COLUMN accommodations jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN erased_at timestamptz`);
    await q.query(`ALTER TABLE attempts ADD COLUMN accommodations jsonb NOT NULL DEFAULT '{}'::jsonb`);

    // A candidate's own request (from the link's intro page): confirmed by email, carried out after the
    // waiting period unless the organization records a legal hold.
    await q.query(`
      CREATE TABLE erasure_requests (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        email text NOT NULL,
        invitation_id uuid NOT NULL,
        confirm_token_hash text NOT NULL UNIQUE,
        requested_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        due_at timestamptz,
        legal_hold_at timestamptz,
        legal_hold_reason text,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX erasure_requests_due_idx ON erasure_requests (due_at) WHERE completed_at IS NULL`,
    );

    await q.query(`
      ALTER TABLE organizations
        ADD COLUMN candidate_retention_months int NOT NULL DEFAULT 24
          CHECK (candidate_retention_months BETWEEN 1 AND 120),
        ADD COLUMN deletion_requested_at timestamptz,
        ADD COLUMN deletion_due_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organizations DROP COLUMN candidate_retention_months, DROP COLUMN deletion_requested_at,
        DROP COLUMN deletion_due_at`);
    await q.query(`DROP TABLE erasure_requests`);
    await q.query(`ALTER TABLE attempts DROP COLUMN accommodations`);
    await q.query(`ALTER TABLE candidate_invitations DROP COLUMN accommodations, DROP COLUMN erased_at`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
