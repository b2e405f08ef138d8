import { cpus } from 'node:os';
import { Pool } from 'pg';
import { SAVE_ANSWERS_SQL } from '@assay/assessments';
import { newId } from '@assay/core';
import { benchEnvironment } from '../lib/environment';
import { checkRatio } from '../lib/floors';
import { pacedLoad } from '../lib/paced-load';
import { withMachineActivity } from '../lib/machine-activity';
import { fmt, loadPerClient, median, printTable } from '../lib/load';
import { baselineCheckout, startServer, withCpu } from '../lib/server-process';

const CANDIDATES = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Both servers' PostgreSQL pool (BENCH_POOL_SIZE to try another).
const POOL_SIZE = process.env.BENCH_POOL_SIZE ?? '20';
// BENCH_PROFILE profiles the flat-out load; with BENCH_PROFILE_PHASE=steady, the steady half-rate load instead.
const PROFILE_STEADY = process.env.BENCH_PROFILE_PHASE === 'steady';

async function json(base: string, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * Answer autosave, PUT /api/v1/take/{token}/answers/{id}, under 200 concurrent candidates (each its own
 * token) against a bare Fastify + pg server doing the one equivalent UPSERT into the same table, same run.
 * BENCH_ROUNDS (default 3) alternating bare/ours pairs; the median ratio is checked against 0.8, and the
 * p99 at a steady half of the bare rate against 25 ms.
 */
export async function run(): Promise<void> {
  const cleanup = await benchEnvironment();
  // Each server in its own process, as deployed (see server-process.ts).
  const apiEnv = { PORT: '0', DATABASE_POOL_SIZE: POOL_SIZE, RATE_LIMIT_AUTH_PER_MINUTE: '100000' };
  const api = await startServer('api', apiEnv);
  // BENCH_BASELINE=<git ref>: that commit's API too, on the same database, measured in the same rounds.
  const checkout = process.env.BENCH_BASELINE ? baselineCheckout(process.env.BENCH_BASELINE) : null;
  const previous = checkout ? await startServer('api', apiEnv, checkout.root) : null;
  const bare = await startServer('bare', {
    BENCH_GUARDED_UPSERT_SQL: SAVE_ANSWERS_SQL,
    DATABASE_POOL_SIZE: POOL_SIZE,
  });
  const base = api.base;
  const bareBase = bare.base;
  const db = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  try {
    const signup = await json(base, 'POST', '/api/v1/signup', {
      organizationName: 'Bench Co',
      fullName: 'Bench Owner',
      email: `bench-${newId()}@assay.test`,
      password: 'correct horse battery staple',
    });
    const token = signup.tokens.accessToken;
    const draft = await json(
      base,
      'POST',
      '/api/v1/assessments',
      { roleSlug: 'back-end-engineer', level: 'mid', questionCount: 10 },
      token,
    );
    const assessment = await json(base, 'POST', `/api/v1/assessments/${draft.id}/publish`, undefined, token);
    const invited = await json(
      base,
      'POST',
      `/api/v1/assessments/${assessment.id}/invitations`,
      {
        candidates: Array.from({ length: CANDIDATES }, (_, i) => ({
          email: `cand-${i}-${newId()}@assay.test`,
          fullName: `Candidate ${i}`,
        })),
      },
      token,
    );
    const tokens: string[] = invited.items.map((x: { url: string }) => x.url.split('/take/')[1]);

    const requests: { path: string; body: string }[][] = [];
    for (const t of tokens) {
      const started = await json(base, 'POST', `/api/v1/take/${t}/start`);
      // Each candidate draws their own form: answer its first choice question, whichever kind it is.
      const q = started.questions.find((x: { type: string }) =>
        ['single_choice', 'multiple_choice'].includes(x.type),
      );
      const response =
        q.type === 'single_choice' ? { optionId: q.options[0].id } : { optionIds: [q.options[0].id] };
      const body = JSON.stringify({ response });
      requests.push([{ path: `/api/v1/take/${t}/answers/${q.id}`, body }]);
    }
    // Bare: the same UPSERT into the same table, keyed by attempt and question, nothing else.
    const attempts = (await db.query(`SELECT id, organization_id, question_order FROM attempts`)).rows as {
      id: string;
      organization_id: string;
      question_order: string[];
    }[];
    const bareRequests = attempts.map((a) => [
      {
        path: `/bare/${a.organization_id}/${a.id}/${a.question_order[0]}`,
        body: JSON.stringify({ response: { optionId: 'a' } }),
      },
    ]);
    const guardedRequests = attempts.map((a) => [
      {
        path: `/guarded/${a.id}/${a.question_order[0]}`,
        body: JSON.stringify({ response: { optionId: 'a' } }),
      },
    ]);

    const opts = { method: 'PUT', connections: CANDIDATES, durationSec: 10 };
    await loadPerClient('warmup', bareBase, bareRequests, { ...opts, durationSec: 2 });
    await loadPerClient('warmup', bareBase, guardedRequests, { ...opts, durationSec: 2 });
    await loadPerClient('warmup', base, requests, { ...opts, durationSec: 2 });
    if (previous) await loadPerClient('warmup', previous.base, requests, { ...opts, durationSec: 2 });
    const vsBaseline: Record<string, string | number>[] = [];
    const vsBaselineRates: number[] = [];
    const vsBaselineCpu: number[] = [];
    const rows: Record<string, string | number>[] = [];
    const ratios: number[] = [];
    const bareRates: number[] = [];
    const halfP99s: number[] = [];
    const bareHalfP99s: number[] = [];
    const floorP99s: number[] = [];
    const quarterP99s: number[] = [];
    const bareQuarterP99s: number[] = [];
    const cpuRatios: number[] = [];
    const pacedCpuRatios: number[] = [];
    const stallRows: Record<string, string | number>[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const flatOut = () => loadPerClient('bare Fastify + pg UPSERT', bareBase, bareRequests, opts);
      const b = await withCpu(bare, () => (PROFILE_STEADY ? flatOut() : bare.profiled(flatOut, 'bare')));
      const g = await withCpu(bare, () =>
        loadPerClient('bare Fastify + our guarded UPSERT', bareBase, guardedRequests, opts),
      );
      // With a baseline commit, it and this tree take turns going first, round by round.
      const baselineFlat = () =>
        withCpu(previous!, () =>
          loadPerClient(`Assay at ${checkout!.label}`, previous!.base, requests, opts),
        );
      const p0 = previous && round % 2 === 0 ? await baselineFlat() : null;
      const ours = () => loadPerClient('Assay PUT /take/{token}/answers/{id}', base, requests, opts);
      const o = await withCpu(api, () => (PROFILE_STEADY ? ours() : api.profiled(ours)));
      const p = p0 ?? (previous ? await baselineFlat() : null);
      cpuRatios.push(o.cpuPerRequestUs / b.cpuPerRequestUs);
      // Latency at a steady half of the bare rate (open model, scheduled sends: no bursts, no coordinated
      // omission), for Assay and for the bare server at the same rate, so the machine's own floor is seen.
      const half = Math.round(b.requestsPerSec / 2);
      const plan = (list: { path: string; body: string }[][]) => ({
        method: 'PUT' as const,
        requests: list.map((r) => r[0]),
      });
      const floor = await pacedLoad(`${bareBase}/noop`, half, 10);
      floorP99s.push(floor.p99);
      const steadyBare = () => pacedLoad(bareBase, half, 10, plan(bareRequests));
      const hb = await withCpu(bare, () =>
        bare.withStalls(() =>
          withMachineActivity(db, () => (PROFILE_STEADY ? bare.profiled(steadyBare, 'bare') : steadyBare())),
        ),
      );
      const steadyOurs = () => pacedLoad(base, half, 10, plan(requests));
      const h = await withCpu(api, () =>
        api.withStalls(() =>
          withMachineActivity(db, () => (PROFILE_STEADY ? api.profiled(steadyOurs) : steadyOurs())),
        ),
      );
      if (previous && p) {
        const hp = await withCpu(previous, () => pacedLoad(previous.base, half, 10, plan(requests)));
        vsBaselineRates.push(o.requestsPerSec / p.requestsPerSec);
        vsBaselineCpu.push(o.cpuPerRequestUs / p.cpuPerRequestUs);
        for (const [tree, flat, paced] of [
          ['this tree', o, h],
          [checkout!.label, p, hp],
        ] as const) {
          vsBaseline.push({
            round,
            tree,
            'req/s flat out': fmt(flat.requestsPerSec, 0),
            'CPU µs/req flat out': fmt(flat.cpuPerRequestUs, 0),
            'steady req/s (half of bare)': half,
            'p99 ms at that rate': paced.p99,
            'CPU µs/req at that rate': fmt(paced.cpuPerRequestUs, 0),
          });
        }
      }
      for (const [server, r] of [
        ['bare', hb],
        ['Assay', h],
      ] as const) {
        stallRows.push({
          round,
          server,
          'p99 ms': r.p99,
          // Slow requests (> 25 ms): how many, in how many 100 ms windows, and how many in the worst three.
          '> 25 ms / windows / worst 3': `${r.slow.count} / ${r.slow.windows} / ${r.slow.inWorst3Windows}`,
          'send lag p99 / max ms': `${r.sendLag.p99} / ${r.sendLag.max}`,
          'GC pauses': r.stalls.gcPauses,
          'GC total ms': fmt(r.stalls.gcTotalMs, 0),
          'GC max ms': fmt(r.stalls.gcMaxMs, 1),
          'GC > 10 ms': r.stalls.gcOver10Ms,
          'loop delay p99 ms': fmt(r.stalls.loopDelayP99Ms, 1),
          'loop delay max ms': fmt(r.stalls.loopDelayMaxMs, 1),
          // An idle process beside the load: the stalls the machine gives every process, not the server's own.
          'idle process: late max ms / > 25 ms / stalled ms': `${fmt(r.machine.idle.maxMs, 1)} / ${r.machine.idle.over25} / ${fmt(r.machine.idle.stalledMs, 0)}`,
          'heap MB': fmt(r.stalls.heapUsedMb, 0),
          // The machine's share: all cores' busy (and stolen) time, PostgreSQL's WAL volume and stalls.
          'machine CPU % (steal)': `${fmt(r.machine.cpuBusyPct, 0)} (${fmt(r.machine.cpuStealPct, 1)})`,
          'WAL MB / buffers full / checkpoints': `${fmt(r.machine.walMb, 0)} / ${r.machine.walBuffersFull} / ${r.machine.checkpoints}`,
          // Commits waiting for the WAL's fsync: the disk's share of the tail, which both servers pay.
          'waiting on WAL flush / longest statement ms': `${fmt(r.machine.walFlushWaiting, 2)} / ${fmt(r.machine.longestStatementMs, 0)}`,
          // Where the machine's two cores went: the load generator, this server, PostgreSQL, all of it.
          'cores: load / server / pg / machine': `${fmt(r.generatorCores, 2)} / ${fmt((r.cpuPerRequestUs * r.achievedRate) / 1e6, 2)} / ${fmt(r.machine.postgresCores, 2)} / ${fmt((r.machine.cpuBusyPct / 100) * cpus().length, 2)}`,
        });
      }
      // The same at a quarter of the bare rate: with the load generator, PostgreSQL and the server sharing the
      // machine's cores, "half the bare rate" already keeps them 70–85% busy, and a queue's tail grows with that.
      const quarter = Math.round(half / 2);
      const qb = await withMachineActivity(db, () => pacedLoad(bareBase, quarter, 10, plan(bareRequests)));
      const q = await withMachineActivity(db, () => pacedLoad(base, quarter, 10, plan(requests)));
      quarterP99s.push(q.p99);
      bareQuarterP99s.push(qb.p99);
      pacedCpuRatios.push(h.cpuPerRequestUs / hb.cpuPerRequestUs);
      ratios.push(o.requestsPerSec / b.requestsPerSec);
      bareRates.push(b.requestsPerSec);
      halfP99s.push(h.p99);
      bareHalfP99s.push(hb.p99);
      for (const r of [b, g, o]) {
        rows.push({
          round,
          server: r.label,
          'req/s': fmt(r.requestsPerSec, 0),
          'p50 ms': r.p50,
          'p99 ms': r.p99,
          'server CPU µs/req': fmt(r.cpuPerRequestUs, 0),
          errors: r.errors + r.non2xx,
        });
      }
      rows.push({
        round,
        server: `floor: constant answer, no database, steady ${half} req/s`,
        'req/s': fmt(floor.achievedRate, 0),
        'p50 ms': floor.p50,
        'p99 ms': floor.p99,
        errors: floor.errors,
      });
      for (const [label, r] of [
        [`bare UPSERT, steady ${half} req/s (half of bare)`, hb],
        [`Assay, steady ${half} req/s (half of bare)`, h],
        [`bare UPSERT, steady ${quarter} req/s (quarter)`, qb],
        [`Assay, steady ${quarter} req/s (quarter)`, q],
      ] as const) {
        rows.push({
          round,
          server: label,
          'req/s': fmt(r.achievedRate, 0),
          'p50 ms': r.p50,
          'p99 ms': r.p99,
          'server CPU µs/req': 'cpuPerRequestUs' in r ? fmt(r.cpuPerRequestUs, 0) : '',
          errors: r.errors,
          'machine CPU %': fmt(r.machine.cpuBusyPct, 0),
        });
      }
    }
    printTable(`answer autosave — ${CANDIDATES} concurrent candidates, 10 s each, ${ROUNDS} rounds`, rows);
    printTable('stalls inside each server process during the steady half-rate load', stallRows);
    console.log(`ratios per round: ${ratios.map((r) => fmt(r, 2)).join(', ')}`);
    console.log(
      `server CPU per request, ours / bare (median): ${fmt(median(cpuRatios), 2)}× flat out, ${fmt(median(pacedCpuRatios), 2)}× at the steady rate — the cost this stack adds per autosave`,
    );
    if (previous) {
      printTable(`this tree against ${checkout!.label}, same run`, vsBaseline);
      console.log(
        `this tree / ${checkout!.label} (median of rounds): ${fmt(median(vsBaselineRates), 2)}× the throughput, ${fmt(median(vsBaselineCpu), 2)}× the CPU per request (rounds: ${vsBaselineRates.map((r) => fmt(r, 2)).join(', ')})`,
      );
    }
    const ratio = median(ratios);
    checkRatio('answer autosave vs bare Fastify + pg UPSERT (median of rounds)', ratio, 1, 0.8);
    const p99 = median(halfP99s);
    console.log(
      `p99 at a steady half of the bare rate (~${fmt(median(bareRates) / 2, 0)} req/s): median ${fmt(p99, 1)} ms (target < 25 ms: ${p99 < 25 ? 'met' : 'NOT met'}); the bare UPSERT at the same rate: ${fmt(median(bareHalfP99s), 1)} ms; the machine's floor (a constant answer): ${fmt(median(floorP99s), 1)} ms`,
    );
    console.log(
      `p99 at a steady quarter of the bare rate: median ${fmt(median(quarterP99s), 1)} ms; the bare UPSERT: ${fmt(median(bareQuarterP99s), 1)} ms`,
    );
  } finally {
    await bare.close();
    await api.close();
    await previous?.close();
    checkout?.remove();
    await db.end();
    await cleanup();
  }
}
