/**
 * Migrations outside the API (`DATABASE_MIGRATIONS_RUN=false` deployments, a release step):
 *
 *   npm run db:migrate                       apply pending migrations (under the same advisory lock as the API)
 *   npm run db:migrate:undo                  revert the last applied migration
 *   npm run db:migration:generate -- <Name>  write libs/persistence/src/migrations/<timestamp>-<name>.ts
 *                                            from the difference between the entities and the database
 *
 * Connects with DATABASE_URL. Generated migrations are a starting point: read them, then add the class
 * to the MIGRATIONS array in libs/persistence/src/migrations/index.ts.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AssayConfig } from '@assay/core';
import { dataSourceOptions, isMigrationOnlyStatement, runMigrations } from '@assay/persistence';
import { ENTITIES } from '../apps/api/src/entities';

async function withDataSource<T>(work: (ds: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions(AssayConfig.fromEnv(), ENTITIES));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function migrate(): Promise<void> {
  const applied = await withDataSource(runMigrations);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
}

async function undo(): Promise<void> {
  await withDataSource(async (ds) => {
    const [last] = await ds.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`).catch(() => []);
    if (!last) return console.log('no migration to revert');
    await ds.undoLastMigration({ transaction: 'each' });
    console.log(`reverted: ${last.name}`);
  });
}

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .toLowerCase();
}

async function generate(name: string | undefined): Promise<void> {
  if (!name) throw new Error('usage: npm run db:migration:generate -- <Name>');
  const log = await withDataSource((ds) => ds.driver.createSchemaBuilder().log());
  // Foreign keys are declared in migrations only (docs/decisions/1000): never generate their removal.
  const keep = (x: { query: string }) => !isMigrationOnlyStatement(x.query);
  const sql = { upQueries: log.upQueries.filter(keep), downQueries: log.downQueries.filter(keep) };
  if (!sql.upQueries.length) return console.log('the entities match the database: nothing to generate');
  const timestamp = Date.now();
  const className = `${pascal(name)}${timestamp}`;
  const q = (s: string) => '`' + s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const lines = (queries: { query: string }[]) =>
    queries.map((x) => `    await q.query(${q(x.query)});`).join('\n');
  const file = path.join(
    __dirname,
    '..',
    'libs',
    'persistence',
    'src',
    'migrations',
    `${timestamp}-${kebab(name)}.ts`,
  );
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`,
  );
  console.log(
    `wrote ${path.relative(process.cwd(), file)}; add ${className} to MIGRATIONS in migrations/index.ts`,
  );
}

const [command, arg] = process.argv.slice(2);
const commands: Record<string, () => Promise<void>> = {
  migrate,
  undo,
  generate: () => generate(arg),
};

(
  commands[command] ?? (() => Promise.reject(new Error('usage: scripts/db.ts migrate|undo|generate <Name>')))
)().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
