import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AssayConfig } from '@assay/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';

/** The configuration of this test run (database and Redis prefix made by the global setup). */
export function testConfig(overrides: Record<string, string> = {}): AssayConfig {
  return AssayConfig.fromEnv({ ...process.env, ...overrides });
}

/** Boots the real API (same bootstrap as production) on the run's database and Redis. */
export async function startApi(overrides: Record<string, string> = {}): Promise<NestFastifyApplication> {
  const app = await createApiApp(testConfig(overrides));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** Boots the real worker (processors, outbox relay) in this process. */
export async function startWorker(overrides: Record<string, string> = {}): Promise<INestApplicationContext> {
  return createWorkerApp(testConfig({ WORKER_PORT: '0', ...overrides }));
}
