import 'reflect-metadata';
import { AssayConfig, ConfigError } from '@assay/core';
import { startEmbeddedDatabase } from '@assay/persistence';
import { startLocalRedis } from '@assay/queue';
import { createApiApp } from '../../api/src/bootstrap';
import { createWorkerApp } from '../../worker/src/bootstrap';

/**
 * `npm start`: the whole product in one process with zero configuration. Whatever is not configured is
 * provided locally: an embedded PostgreSQL-compatible database (PGlite) and a redis-server from PATH,
 * both persisted under DATA_DIR (./.data).
 */
async function main(): Promise<void> {
  const started = Date.now();
  const base = AssayConfig.fromEnv();
  const stops: (() => Promise<void>)[] = [];
  const using: string[] = [];

  if (!base.database.url) {
    const t = Date.now();
    const db = await startEmbeddedDatabase({ dataDir: base.dataDir });
    process.env.DATABASE_URL = db.url;
    stops.push(db.stop);
    using.push(`database: embedded PGlite in ${base.dataDir}/pglite (ready in ${Date.now() - t} ms)`);
  } else {
    using.push(`database: ${redact(base.database.url)}`);
  }
  if (!base.redis.url) {
    const redis = await startLocalRedis(base.dataDir);
    process.env.REDIS_URL = redis.url;
    stops.unshift(redis.stop);
    using.push(`redis: local redis-server at ${redact(redis.url)} (files in ${base.dataDir}/redis)`);
  } else {
    using.push(`redis: ${redact(base.redis.url)}`);
  }
  process.env.RUN_WORKER_IN_API = 'true';
  const config = AssayConfig.fromEnv();

  const api = await createApiApp(config);
  await api.listen({ port: config.port, host: config.host });
  const worker = await createWorkerApp(config);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await worker.close().catch(() => undefined);
    await api.close().catch(() => undefined);
    for (const stop of stops) await stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const url = `http://localhost:${config.port}`;
  console.log(
    [
      '',
      `Assay is up in ${((Date.now() - started) / 1000).toFixed(1)} s (API and worker in one process)`,
      `  Web app:  ${url}/`,
      `  API:      ${url}/api/v1`,
      `  Docs:     ${url}/docs`,
      `  Health:   ${url}/health/ready`,
      ...using.map((u) => `  ${u}`),
      '',
    ].join('\n'),
  );
}

function redact(url: string): string {
  return url.replace(/\/\/([^@/]+)@/, '//***@');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
