import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AssayConfig } from '@assay/core';
import {
  dataSourceOptions,
  ORGANIZATION_OWNED_TABLES,
  runMigrations,
  schemaDrift,
  SchemaDrift,
} from '@assay/persistence';
import { ENTITIES } from '../apps/api/src/entities';

/**
 * The schema is honest: on a database built by the migrations alone, what `npm run db:migration:generate`
 * would write (scripts/db.ts, the same schema builder) is nothing. Each offending statement is printed
 * on its own line, so whoever merges a migration sees which entity to fix.
 */
describe('schema drift (entities ↔ migrations)', () => {
  const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `assay_drift_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  let dataSource: DataSource;
  let drift: SchemaDrift;

  async function adminQuery(sql: string): Promise<void> {
    const client = new Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const config = AssayConfig.fromEnv({ ...process.env, DATABASE_URL: url.toString() });
    dataSource = new DataSource(dataSourceOptions(config, ENTITIES));
    await dataSource.initialize();
    await runMigrations(dataSource);
    drift = await schemaDrift(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('the migration generator writes no statement on a freshly migrated database', () => {
    const report = drift.statements.map((s, i) => `  ${i + 1}. ${s}`).join('\n');
    expect(`${drift.statements.length} statement(s)\n${report}`).toBe('0 statement(s)\n');
  });

  it('every foreign key of an entity table is documented with its exact definition', () => {
    expect(drift.undocumentedForeignKeys).toEqual([]);
    expect(drift.missingForeignKeys).toEqual([]);
  });

  it('the organization-scoping check covers every table whose rows all belong to an organization', async () => {
    const rows: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'organization_id' AND is_nullable = 'NO'
        ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([...ORGANIZATION_OWNED_TABLES].sort());
  });
});
