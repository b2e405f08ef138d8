import 'reflect-metadata';
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
import { isolatedDatabase, type IsolatedDatabase } from '@assay/testing';

/**
 * The schema is honest: on a database built by the migrations alone, what `npm run db:migration:generate`
 * would write (scripts/db.ts, the same schema builder) is nothing. Each offending statement is printed
 * on its own line, so whoever merges a migration sees which entity to fix.
 */
describe('schema drift (entities ↔ migrations)', () => {
  let db: IsolatedDatabase;
  let dataSource: DataSource;
  let drift: SchemaDrift;

  beforeAll(async () => {
    db = await isolatedDatabase('drift');
    const config = AssayConfig.fromEnv({ ...process.env, DATABASE_URL: db.url });
    dataSource = new DataSource(dataSourceOptions(config, ENTITIES));
    await dataSource.initialize();
    await runMigrations(dataSource);
    drift = await schemaDrift(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
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
