import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AssayConfig } from '@assay/core';
import { dataSourceOptions, runMigrations } from '@assay/persistence';
import { ENTITIES } from '../apps/api/src/entities';
import { adminQuery, isolatedDatabase, type IsolatedDatabase } from '@assay/testing';

/**
 * Issue 18: the audit log is append-only for the application role, not only through the trigger. As a
 * production deployment does (docker-compose.yml), the application connects as an ordinary role that owns its
 * database and runs the migrations; that role then holds no UPDATE, DELETE or TRUNCATE on `audit_log`, so the
 * database refuses the change by privilege (42501) before the trigger is reached.
 */
describe('audit log privileges of the application role', () => {
  const role = `assay_app_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  let db: IsolatedDatabase;
  let app: DataSource;

  beforeAll(async () => {
    await adminQuery(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    db = await isolatedDatabase('grants', { owner: role });
    const config = AssayConfig.fromEnv({ ...process.env, DATABASE_URL: db.url });
    app = new DataSource(dataSourceOptions(config, ENTITIES));
    await app.initialize();
    await runMigrations(app);
  }, 120_000);

  afterAll(async () => {
    await app?.destroy();
    await db?.drop();
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
  });
  it('runs every migration as an ordinary role and owns the tables', async () => {
    const [me] = await app.query(
      `SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toEqual({ name: role, superuser: false });
    const [owner] = await app.query(`SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'`);
    expect(owner.tableowner).toBe(role);
  });

  it('keeps SELECT and INSERT, and holds no UPDATE, DELETE or TRUNCATE on audit_log', async () => {
    const [p] = await app.query(
      `SELECT has_table_privilege('audit_log', 'SELECT') AS "select",
              has_table_privilege('audit_log', 'INSERT') AS "insert",
              has_table_privilege('audit_log', 'UPDATE') AS "update",
              has_table_privilege('audit_log', 'DELETE') AS "delete",
              has_table_privilege('audit_log', 'TRUNCATE') AS "truncate"`,
    );
    expect(p).toEqual({ select: true, insert: true, update: false, delete: false, truncate: false });
    // Other tables keep their privileges: only the audit log is append-only.
    const [other] = await app.query(`SELECT has_table_privilege('attempts', 'UPDATE') AS "update"`);
    expect(other.update).toBe(true);
  });

  it('refuses a change by privilege, before the trigger', async () => {
    for (const sql of [
      `UPDATE audit_log SET action = 'nothing.happened'`,
      `DELETE FROM audit_log`,
      `TRUNCATE audit_log`,
    ]) {
      await expect(app.query(sql)).rejects.toMatchObject({ code: '42501' });
    }
  });
});
