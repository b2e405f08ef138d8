import { AssayConfig } from '@assay/core';
import { createApiApp } from '../apps/api/src/bootstrap';
import { benchEnvironment } from './lib/environment';
import { load } from './lib/load';
export async function run() {
  const cleanup = await benchEnvironment();
  const app = await createApiApp(AssayConfig.fromEnv({ ...process.env, PORT: '0' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.getHttpAdapter().getHttpServer().address() as { port: number }).port;
  const urls = { health: `http://127.0.0.1:${port}/health/live`, role: `http://127.0.0.1:${port}/api/v1/roles/back-end-engineer`, list: `http://127.0.0.1:${port}/api/v1/roles` };
  await load('w', urls.role, { durationSec: 2 });
  for (let i = 0; i < 2; i++) for (const [k, u] of Object.entries(urls)) { const r = await load(k, u, { durationSec: 5 }); console.log(k, Math.round(r.requestsPerSec), r.p50, r.p99); }
  await app.close(); await cleanup();
}
