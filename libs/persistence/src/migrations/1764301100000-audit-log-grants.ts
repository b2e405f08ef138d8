import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log is append-only for the application role too (issue 18, decision 0800): the role that runs the
 * migrations (the application's, which owns the tables) gives up UPDATE, DELETE and TRUNCATE on it. An owner
 * can revoke its own ordinary privileges; only a deliberate GRANT gives them back. Superusers bypass
 * privileges, which is why the trigger from 1764300800000 stays: it refuses the change for every role.
 */
export class AuditLogGrants1764301100000 implements MigrationInterface {
  name = 'AuditLogGrants1764301100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO CURRENT_USER`);
  }
}
