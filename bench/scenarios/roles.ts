import { Pool } from 'pg';
import { benchEnvironment } from '../lib/environment';
import { checkRatio } from '../lib/floors';
import { fmt, load, median, printTable } from '../lib/load';
import { pacedLoad } from '../lib/paced-load';
import { startServer, withCpu } from '../lib/server-process';

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
  // Each server in its own process, as deployed (see server-process.ts).
  const api = await startServer('api', { PORT: '0', CATALOG_SYNC: 'true' });
  const bare = await startServer('bare');
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const [{ id }] = (
    await pool.query(
      `SELECT v.id FROM role_templates r JOIN role_template_versions v ON v.id = r.published_version_id WHERE r.slug = $1`,
      [SLUG],
    )
  ).rows as { id: string }[];
  // Bare: the published version row read by primary key on every request.
  const bareUrl = `${bare.base}/role-version/${id}`;
  const ourUrl = `${api.base}/api/v1/roles/${SLUG}`;
  try {
    await load('warmup', bareUrl, { durationSec: 2 });
    await load('warmup', ourUrl, { durationSec: 2 });
    const rows: Record<string, string | number>[] = [];
    const ratios: number[] = [];
    const p99s: number[] = [];
    const bareP99s: number[] = [];
    const floorP99s: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const b = await withCpu(bare, () => load('bare Fastify + pg (primary-key read)', bareUrl));
      const o = await withCpu(api, () => load('Assay API', ourUrl));
      const halfRate = Math.max(1, Math.round(b.requestsPerSec / 2));
      // The bare server at the same steady rate: the machine's own floor for this p99.
      const barePaced = await bare.withStalls(() => pacedLoad(bareUrl, halfRate, 10));
      const floor = await pacedLoad(`${bare.base}/noop`, halfRate, 10);
      floorP99s.push(floor.p99);
      const paced = await api.withStalls(() => pacedLoad(ourUrl, halfRate, 10));
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
          'server CPU µs/req': fmt(r.cpuPerRequestUs, 0),
          errors: r.errors + r.non2xx,
        })),
        {
          round,
          server: `floor: constant answer, no database, steady ${halfRate} req/s`,
          'req/s': fmt(floor.achievedRate, 0),
          'p50 ms': floor.p50,
          'p99 ms': floor.p99,
          errors: floor.errors,
        },
        {
          round,
          server: `bare, steady ${halfRate} req/s (open model)`,
          'req/s': fmt(barePaced.achievedRate, 0),
          'p50 ms': barePaced.p50,
          'p99 ms': barePaced.p99,
          'GC max / > 10 ms': `${fmt(barePaced.stalls.gcMaxMs, 1)} / ${barePaced.stalls.gcOver10Ms}`,
          'loop delay max ms': fmt(barePaced.stalls.loopDelayMaxMs, 1),
          errors: barePaced.errors,
        },
        {
          round,
          server: `Assay API, steady ${halfRate} req/s (open model)`,
          'req/s': fmt(paced.achievedRate, 0),
          'p50 ms': paced.p50,
          'p99 ms': paced.p99,
          'GC max / > 10 ms': `${fmt(paced.stalls.gcMaxMs, 1)} / ${paced.stalls.gcOver10Ms}`,
          'loop delay max ms': fmt(paced.stalls.loopDelayMaxMs, 1),
          errors: paced.errors,
        },
      );
    }
    printTable(`GET /api/v1/roles/${SLUG} — 50 connections, 10 s, ${ROUNDS} rounds`, rows);
    console.log(`ratios per round: ${ratios.map((r) => fmt(r, 2)).join(', ')}`);
    checkRatio('role page vs bare Fastify + pg primary-key read (median of rounds)', median(ratios), 1, 3);
    const p99 = median(p99s);
    console.log(
      `p99 at a steady half of the bare rate: median ${p99} ms (target < 5 ms: ${p99 < 5 ? 'met' : 'NOT met'}); the bare read at the same rate: ${median(bareP99s)} ms; the machine's floor (a constant answer): ${median(floorP99s)} ms`,
    );
  } finally {
    await api.close();
    await bare.close();
    await pool.end();
    await cleanup();
  }
}
