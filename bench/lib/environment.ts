import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A throwaway database (and Redis prefix) on the machine's PostgreSQL and Redis for one bench run, so
 * benchmarks measure the production setup, not the embedded one. Returns a cleanup function.
 */
export async function benchEnvironment(): Promise<() => Promise<void>> {
  const admin = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `assay_bench_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  process.env.REDIS_PREFIX = `assay-bench-${name}`;
  process.env.LOG_LEVEL ??= 'silent';
  process.env.NODE_ENV ??= 'test';
  return async () => {
    const c = new Client({ connectionString: admin });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}
