import Fastify from 'fastify';
import { Pool } from 'pg';
import { AssayConfig } from '@assay/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchEnvironment } from '../lib/environment';
import { checkRatio } from '../lib/floors';
import { fmt, load, median, printTable } from '../lib/load';
import { pacedLoad } from '../lib/paced-load';

const SLUG = 'back-end-engineer';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/**
 * GET /api/v1/roles/back-end-engineer on our API (full stack, shipped catalog synced, page served from the
 * in-process cache) against a bare Fastify + pg server that reads the same published version row by
 * primary key on every request, BENCH_ROUNDS (default 3) alternating pairs. Floor: the median ratio ≥ 3.0;
 * target p99 < 5 ms at a steady half of the bare rate.
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
    const rows: Record<string, string | number>[] = [];
    const ratios: number[] = [];
    const p99s: number[] = [];
    const bareP99s: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const b = await load('bare Fastify + pg (primary-key read)', bareUrl);
      const o = await load('Assay API', ourUrl);
      const halfRate = Math.max(1, Math.round(b.requestsPerSec / 2));
      // The bare server at the same steady rate: the machine's own floor for this p99.
      const barePaced = await pacedLoad(bareUrl, halfRate, 10);
      const paced = await pacedLoad(ourUrl, halfRate, 10);
      ratios.push(o.requestsPerSec / b.requestsPerSec);
      p99s.push(paced.p99);
      bareP99s.push(barePaced.p99);
      rows.push(
        ...[b, o].map((r) => ({
          round,
          server: r.label,
          'req/s': fmt(r.requestsPerSec, 0),
          'p50 ms': r.p50,
          'p99 ms': r.p99,
          errors: r.errors + r.non2xx,
        })),
        {
          round,
          server: `bare, steady ${halfRate} req/s (open model)`,
          'req/s': fmt(barePaced.achievedRate, 0),
          'p50 ms': barePaced.p50,
          'p99 ms': barePaced.p99,
          errors: barePaced.errors,
        },
        {
          round,
          server: `Assay API, steady ${halfRate} req/s (open model)`,
          'req/s': fmt(paced.achievedRate, 0),
          'p50 ms': paced.p50,
          'p99 ms': paced.p99,
          errors: paced.errors,
        },
      );
    }
    printTable(`GET /api/v1/roles/${SLUG} — 50 connections, 10 s, ${ROUNDS} rounds`, rows);
    console.log(`ratios per round: ${ratios.map((r) => fmt(r, 2)).join(', ')}`);
    checkRatio('role page vs bare Fastify + pg primary-key read (median of rounds)', median(ratios), 1, 3);
    const p99 = median(p99s);
    console.log(
      `p99 at a steady half of the bare rate: median ${p99} ms (target < 5 ms: ${p99 < 5 ? 'met' : 'NOT met'}); the bare read at the same rate: ${median(bareP99s)} ms`,
    );
  } finally {
    await app.close();
    await bare.close();
    await pool.end();
    await cleanup();
  }
}
