import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { PerformanceObserver, monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { AssayConfig, newId } from '@assay/core';
import { createApiApp } from '../../apps/api/src/bootstrap';

/*
 * One server under test in its own process (forked by server-process.ts), as in production: its heap, GC
 * pauses and event loop are its own, not shared with the other server of a comparison or the harness.
 * argv[2]: 'api' (the whole Assay API from the environment) or 'bare' (Fastify + pg, the baselines).
 * Tells the parent its port over IPC; answers { profile: 'start' | 'stop', file } for a CPU profile of the
 * measured load only; exits when the parent disconnects.
 */

export const GUARDED_UPSERT = `INSERT INTO answers (id, organization_id, attempt_id, assessment_question_id, response, saved_at)
  SELECT $1, t.organization_id, t.id, $3, $4::jsonb, now()
    FROM attempts t JOIN candidate_invitations i ON i.id = t.invitation_id
    JOIN assessments a ON a.id = t.assessment_id
   WHERE t.id = $2 AND t.status = 'in_progress' AND i.revoked_at IS NULL AND a.status = 'open'
     AND now() <= t.deadline_at + make_interval(secs => $5)
  ON CONFLICT (attempt_id, assessment_question_id)
  DO UPDATE SET response = EXCLUDED.response, saved_at = EXCLUDED.saved_at, updated_at = now()
  RETURNING saved_at`;

interface Listening {
  port: number;
  close: () => Promise<void>;
}

async function api(): Promise<Listening> {
  const app = await createApiApp(AssayConfig.fromEnv(process.env));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpAdapter().getHttpServer().address() as { port: number };
  return { port, close: () => app.close() };
}

/** The baselines: nothing but Fastify's router, JSON and one pg query per request. */
async function bare(): Promise<Listening> {
  const db = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  const server = Fastify();
  // Autosave baseline: the same UPSERT into the same table, keyed by attempt and question, nothing else.
  server.put<{ Params: { org: string; attempt: string; q: string }; Body: { response: unknown } }>(
    '/bare/:org/:attempt/:q',
    async (req) => {
      const { rows } = await db.query(
        `INSERT INTO answers (id, organization_id, attempt_id, assessment_question_id, response, saved_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, now())
         ON CONFLICT (attempt_id, assessment_question_id)
         DO UPDATE SET response = EXCLUDED.response, saved_at = EXCLUDED.saved_at
         RETURNING saved_at`,
        [newId(), req.params.org, req.params.attempt, req.params.q, JSON.stringify(req.body.response)],
      );
      return { questionId: req.params.q, savedAt: rows[0].saved_at };
    },
  );
  // Diagnostic: our guarded statement (status, deadline, revocation, assessment state) from the bare
  // server, to tell the SQL's cost from the stack's.
  server.put<{ Params: { attempt: string; q: string }; Body: { response: unknown } }>(
    '/guarded/:attempt/:q',
    async (req) => {
      const { rows } = await db.query({
        name: 'bench-guarded',
        text: GUARDED_UPSERT,
        values: [newId(), req.params.attempt, req.params.q, JSON.stringify(req.body.response), 5],
      });
      return { questionId: req.params.q, savedAt: rows[0].saved_at };
    },
  );
  // Role page baseline: the published version row read by primary key on every request.
  server.get<{ Params: { versionId: string } }>('/role-version/:versionId', async (req, reply) => {
    const { rows } = await db.query('SELECT * FROM role_template_versions WHERE id = $1', [
      req.params.versionId,
    ]);
    if (!rows.length) return reply.status(404).send({ status: 404 });
    return rows[0];
  });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as { port: number };
  return {
    port,
    close: async () => {
      await server.close();
      await db.end();
    },
  };
}

async function main(): Promise<void> {
  const listening = await (process.argv[2] === 'api' ? api() : bare());
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<{ profile?: unknown }>((resolve, reject) =>
      session.post(method, (err, result) => (err ? reject(err) : resolve(result as { profile?: unknown }))),
    );
  // Stalls inside this process while a load runs: garbage-collection pauses and event-loop delay.
  let pauses: number[] = [];
  let loop: IntervalHistogram | undefined;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  process.on('message', (message: { stalls?: 'start' | 'stop' }) => {
    if (message.stalls === 'start') {
      pauses = [];
      loop = monitorEventLoopDelay({ resolution: 1 });
      loop.enable();
      gc.observe({ entryTypes: ['gc'] });
      process.send?.({ stalls: 'started' });
    } else if (message.stalls === 'stop') {
      gc.disconnect();
      loop?.disable();
      const sorted = [...pauses].sort((a, b) => a - b);
      process.send?.({
        stalls: {
          gcPauses: sorted.length,
          gcTotalMs: sorted.reduce((a, b) => a + b, 0),
          gcMaxMs: sorted.at(-1) ?? 0,
          gcOver10Ms: sorted.filter((d) => d > 10).length,
          loopDelayP99Ms: (loop?.percentile(99) ?? 0) / 1e6,
          loopDelayMaxMs: (loop?.max ?? 0) / 1e6,
        },
      });
    }
  });
  // BENCH_PROFILE_KIND=heap: a sampling allocation profile (every allocation, collected or not) instead of CPU.
  const heap = process.env.BENCH_PROFILE_KIND === 'heap';
  const postWith = (method: string, params: object) =>
    new Promise<void>((resolve, reject) =>
      session.post(method, params, (err) => (err ? reject(err) : resolve())),
    );
  process.on('message', (message: { profile?: 'start' | 'stop'; file?: string }) => {
    const done = (): void => void process.send?.({ profiled: message.profile });
    if (message.profile === 'start') {
      const started = heap
        ? post('HeapProfiler.enable').then(() =>
            postWith('HeapProfiler.startSampling', {
              samplingInterval: 1024,
              includeObjectsCollectedByMajorGC: true,
              includeObjectsCollectedByMinorGC: true,
            }),
          )
        : post('Profiler.enable').then(() => post('Profiler.start'));
      void started.then(done);
    } else if (message.profile === 'stop') {
      void post(heap ? 'HeapProfiler.stopSampling' : 'Profiler.stop').then(({ profile }) => {
        writeFileSync(message.file as string, JSON.stringify(profile));
        done();
      });
    }
  });
  process.on('disconnect', () => {
    void listening.close().finally(() => process.exit(0));
  });
  process.send?.({ port: listening.port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
