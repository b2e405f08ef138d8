import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { AssayConfig } from '@assay/core';
import { startEmbeddedDatabase } from '@assay/persistence';
import { startLocalRedis } from '@assay/queue';
import { createApiApp } from '../apps/api/src/bootstrap';

/** The e2e tests' API types (checked in; `npm run generate:test-client` rewrites them). */
export const TEST_CLIENT_TYPES_PATH = 'test/support/api-schema.gen.ts';

const HEADER =
  '/*\n' +
  ' * Generated from the API’s OpenAPI document (/docs-json) by `npm run generate:test-client`. Do not edit:\n' +
  ' * test/openapi-contract.e2e-spec.ts fails when this file no longer matches the API.\n' +
  ' */\n\n';

export async function renderTestClientTypes(document: object): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { alphabetize: true, exportType: false });
  return HEADER + astToString(ast);
}

/** Boots the API in this process (never listening) on DATABASE_URL / REDIS_URL, or throwaway local ones. */
async function servedDocument(): Promise<object> {
  const stops: (() => Promise<void>)[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'assay-openapi-'));
  try {
    if (!process.env.DATABASE_URL) {
      const db = await startEmbeddedDatabase({ dataDir: scratch, maxConnections: 20 });
      process.env.DATABASE_URL = db.url;
      stops.push(db.stop);
    }
    if (!process.env.REDIS_URL) {
      const redis = await startLocalRedis(scratch);
      process.env.REDIS_URL = redis.url;
      stops.unshift(redis.stop);
    }
    process.env.CATALOG_SYNC = 'false';
    process.env.NODE_ENV ||= 'development';
    process.env.LOG_LEVEL ??= 'warn';
    const app = await createApiApp(AssayConfig.fromEnv());
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const res = await fastify.inject({ method: 'GET', url: '/docs-json' });
    await app.close();
    if (res.statusCode !== 200) throw new Error(`/docs-json answered ${res.statusCode}`);
    return res.json() as object;
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  }
}

// `… scripts/generate-test-client.ts <openapi.json>` prints the types of that document (the contract test
// uses it: openapi-typescript does not load inside Jest); without an argument, writes them from the API.
if (require.main === module) {
  const file = process.argv[2];
  const run = file
    ? renderTestClientTypes(JSON.parse(readFileSync(file, 'utf8'))).then(
        // Exit only once a piped stdout has taken everything.
        (types) => new Promise<void>((resolve) => process.stdout.write(types, () => resolve())),
      )
    : servedDocument()
        .then(renderTestClientTypes)
        .then((types) => {
          writeFileSync(path.resolve(__dirname, '..', TEST_CLIENT_TYPES_PATH), types);
          console.log(`wrote ${TEST_CLIENT_TYPES_PATH} (${types.length} characters)`);
        });
  run.then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
