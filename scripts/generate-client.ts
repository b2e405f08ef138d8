import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AssayConfig } from '@assay/core';
import { startEmbeddedDatabase } from '@assay/persistence';
import { startLocalRedis } from '@assay/queue';
import { createApiApp } from '../apps/api/src/bootstrap';
import { CLIENT_TYPES_PATH, renderClientTypes } from './web-client';

/**
 * `npm run generate:client`: boots the API in this process (never listening), reads its OpenAPI document
 * and writes the web app's types. Uses DATABASE_URL / REDIS_URL when set, else a throwaway embedded
 * database and redis-server, so it needs no configuration.
 */
async function main(): Promise<void> {
  const stops: (() => Promise<void>)[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'assay-openapi-'));
  try {
    if (!process.env.DATABASE_URL) {
      const db = await startEmbeddedDatabase({ dataDir: scratch });
      process.env.DATABASE_URL = db.url;
      stops.push(db.stop);
    }
    if (!process.env.REDIS_URL) {
      const redis = await startLocalRedis(scratch);
      process.env.REDIS_URL = redis.url;
      stops.unshift(redis.stop);
    }
    process.env.CATALOG_SYNC = 'false';
    process.env.NODE_ENV ||= 'development'; // a throwaway app: the development JWT secret is fine
    process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
    const app = await createApiApp(AssayConfig.fromEnv());
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const res = await fastify.inject({ method: 'GET', url: '/docs-json' });
    if (res.statusCode !== 200) throw new Error(`/docs-json answered ${res.statusCode}`);
    const types = await renderClientTypes(res.json());
    await app.close();
    const target = path.resolve(__dirname, '..', CLIENT_TYPES_PATH);
    writeFileSync(target, types);
    console.log(`wrote ${CLIENT_TYPES_PATH} (${types.length} characters)`);
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
