import Fastify from 'fastify';
import { Pool } from 'pg';
import { AssayConfig } from '@assay/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchEnvironment } from '../lib/environment';
import { fmt, load, printTable } from '../lib/load';
import { pacedLoad } from '../lib/paced-load';

const SLUG = 'back-end-engineer';

/**
 * GET /api/v1/roles/back-end-engineer on our API (full stack, shipped catalog synced, page served from the
 * in-process cache) against a bare Fastify + pg server that reads the same published version row by
 * primary key on every request. Targets: ours ≥ bare in req/s; p99 < 10 ms at half the bare rate.
 */
export async function run(): Promise<void> {
  const cleanup = await benchEnvironment();
  const config = AssayConfig.fromEnv({ ...process.env, PORT: '0', CATALOG_SYNC: 'true' });
  const app = await createApiApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const ourPort = (app.getHttpAdapter().getHttpServer().address() as { port: number }).port;

  const pool = new Pool({ connectionString: config.database.url, max: config.database.poolSize });
  const [{ id }] = (
    await pool.query(
      `SELECT v.id FROM role_templates r JOIN role_template_versions v ON v.id = r.published_version_id WHERE r.slug = $1`,
      [SLUG],
    )
  ).rows as { id: string }[];
  const bare = Fastify();
  bare.get('/api/v1/roles/:slug', async (_request, reply) => {
    const { rows } = await pool.query('SELECT * FROM role_template_versions WHERE id = $1', [id]);
    if (!rows.length) return reply.status(404).send({ status: 404 });
    return rows[0];
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const barePort = (bare.server.address() as { port: number }).port;

  const bareUrl = `http://127.0.0.1:${barePort}/api/v1/roles/${SLUG}`;
  const ourUrl = `http://127.0.0.1:${ourPort}/api/v1/roles/${SLUG}`;
  try {
    await load('warmup', bareUrl, { durationSec: 2 });
    await load('warmup', ourUrl, { durationSec: 2 });
    const b = await load('bare Fastify + pg (primary-key read)', bareUrl);
    const o = await load('Assay API', ourUrl);
    const halfRate = Math.max(1, Math.round(b.requestsPerSec / 2));
    const paced = await pacedLoad(ourUrl, halfRate, 10);
    printTable(`GET /api/v1/roles/${SLUG} — 50 connections, 10 s`, [
      ...[b, o].map((r) => ({
        server: r.label,
        'req/s': fmt(r.requestsPerSec, 0),
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        errors: r.errors + r.non2xx,
      })),
      {
        server: `Assay API, steady ${halfRate} req/s (open model)`,
        'req/s': fmt(paced.achievedRate, 0),
        'p50 ms': paced.p50,
        'p99 ms': paced.p99,
        errors: paced.errors,
      },
    ]);
    const ratio = o.requestsPerSec / b.requestsPerSec;
    console.log(`ratio ours/bare: ${fmt(ratio, 2)} (target ≥ 1.0: ${ratio >= 1 ? 'met' : 'NOT met'})`);
    console.log(
      `p99 at half the bare rate: ${paced.p99} ms (target < 10 ms: ${paced.p99 < 10 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await app.close();
    await bare.close();
    await pool.end();
    await cleanup();
  }
}
