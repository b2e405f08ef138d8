import Fastify from 'fastify';
import { AssayConfig } from '@assay/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchEnvironment } from '../lib/environment';
import { fmt, load, printTable } from '../lib/load';

/** GET /health/live on our API (full stack: hooks, guard, filters, metrics) against bare Fastify. */
export async function run(): Promise<void> {
  const cleanup = await benchEnvironment();
  const bare = Fastify();
  bare.get('/health/live', async () => ({ status: 'ok' }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const barePort = (bare.server.address() as { port: number }).port;

  const app = await createApiApp(AssayConfig.fromEnv({ ...process.env, PORT: '0' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const ourPort = (app.getHttpAdapter().getHttpServer().address() as { port: number }).port;

  try {
    // Warm up both, then measure alternately so drift hits both sides.
    await load('warmup', `http://127.0.0.1:${barePort}/health/live`, { durationSec: 2 });
    await load('warmup', `http://127.0.0.1:${ourPort}/health/live`, { durationSec: 2 });
    const b = await load('bare Fastify', `http://127.0.0.1:${barePort}/health/live`);
    const o = await load('Assay API', `http://127.0.0.1:${ourPort}/health/live`);
    printTable('GET /health/live — 50 connections, 10 s', [
      ...[b, o].map((r) => ({
        server: r.label,
        'req/s': fmt(r.requestsPerSec, 0),
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        errors: r.errors + r.non2xx,
      })),
    ]);
    console.log(`ratio ours/bare: ${fmt(o.requestsPerSec / b.requestsPerSec, 2)}`);
  } finally {
    await app.close();
    await bare.close();
    await cleanup();
  }
}
