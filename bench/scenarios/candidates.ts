import Fastify from 'fastify';
import { Pool } from 'pg';
import { AssayConfig, newId } from '@assay/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchEnvironment } from '../lib/environment';
import { fmt, loadPerClient, median, percentile, printTable } from '../lib/load';

const CANDIDATES = 200;
const START_SUBMIT = 1000;

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

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let i = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (i < items.length) await work(items[i++]);
    }),
  );
}

/**
 * The candidate's hot paths. (1) Answer autosave under 200 concurrent candidates against a bare Fastify + pg
 * server doing the one equivalent UPSERT, same run. (2) 1,000 candidates starting and then submitting.
 */
export async function run(): Promise<void> {
  const cleanup = await benchEnvironment();
  process.env.RATE_LIMIT_AUTH_PER_MINUTE = '100000';
  const app = await createApiApp(
    AssayConfig.fromEnv({ ...process.env, PORT: '0', DATABASE_POOL_SIZE: '20' }),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.getHttpAdapter().getHttpServer().address() as { port: number }).port}`;
  const db = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  const bare = Fastify();
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
    const invite = async (n: number) => {
      const urls: string[] = [];
      for (let offset = 0; offset < n; offset += 500) {
        const batch = Array.from({ length: Math.min(500, n - offset) }, (_, i) => ({
          email: `cand-${offset + i}-${newId()}@assay.test`,
          fullName: `Candidate ${offset + i}`,
        }));
        const res = await json(
          base,
          'POST',
          `/api/v1/assessments/${assessment.id}/invitations`,
          { candidates: batch },
          token,
        );
        urls.push(...res.items.map((x: { url: string }) => x.url.split('/take/')[1]));
      }
      return urls;
    };

    // (1) autosave
    const tokens = await invite(CANDIDATES);
    const requests: { path: string; body: string }[][] = [];
    const bareRequests: { path: string; body: string }[][] = [];
    await pool(tokens, 20, async (t) => {
      const started = await json(base, 'POST', `/api/v1/take/${t}/start`);
      const q = started.questions.find((x: { type: string }) => x.type === 'single_choice');
      const body = JSON.stringify({ response: { optionId: q.options[0].id } });
      requests.push([{ path: `/api/v1/take/${t}/answers/${q.id}`, body }]);
      const [{ id: attemptId }] = await db
        .query(
          `SELECT t.id FROM attempts t JOIN candidate_invitations i ON i.id = t.invitation_id
          WHERE t.question_order ? $1 ORDER BY t.started_at DESC LIMIT 1`,
          [q.id],
        )
        .then((r) => r.rows);
      void attemptId;
    });
    // Bare: the same UPSERT into the same table, keyed by attempt and question, nothing else.
    const attempts = (await db.query(`SELECT id, organization_id, question_order FROM attempts`)).rows as {
      id: string;
      organization_id: string;
      question_order: string[];
    }[];
    for (const a of attempts) {
      bareRequests.push([
        {
          path: `/bare/${a.organization_id}/${a.id}/${a.question_order[0]}`,
          body: JSON.stringify({ response: { optionId: 'a' } }),
        },
      ]);
    }
    bare.put<{ Params: { org: string; attempt: string; q: string }; Body: { response: unknown } }>(
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
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareBase = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;

    const opts = { method: 'PUT', connections: CANDIDATES, durationSec: 10 };
    await loadPerClient('warmup', bareBase, bareRequests, { ...opts, durationSec: 2 });
    await loadPerClient('warmup', base, requests, { ...opts, durationSec: 2 });
    const b = await loadPerClient('bare Fastify + pg UPSERT', bareBase, bareRequests, opts);
    const o = await loadPerClient('Assay PUT /take/{token}/answers/{id}', base, requests, opts);
    const half = Math.round(b.requestsPerSec / 2);
    const h = await loadPerClient(`Assay at ${half} req/s (half of bare)`, base, requests, {
      ...opts,
      rate: half,
    });
    printTable(`answer autosave — ${CANDIDATES} concurrent candidates, 10 s each`, [
      ...[b, o, h].map((r) => ({
        server: r.label,
        'req/s': fmt(r.requestsPerSec, 0),
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        errors: r.errors + r.non2xx,
      })),
    ]);
    console.log(
      `ratio ours/bare: ${fmt(o.requestsPerSec / b.requestsPerSec, 2)} (target ≥ 0.8); p99 at half rate: ${h.p99} ms (target < 25 ms)`,
    );

    // (2) 1,000 candidates start, then submit.
    const many = await invite(START_SUBMIT);
    const startMs: number[] = [];
    const submitMs: number[] = [];
    const t0 = performance.now();
    await pool(many, 50, async (t) => {
      const s = performance.now();
      await json(base, 'POST', `/api/v1/take/${t}/start`);
      startMs.push(performance.now() - s);
    });
    const t1 = performance.now();
    await pool(many, 50, async (t) => {
      const s = performance.now();
      await json(base, 'POST', `/api/v1/take/${t}/submit`);
      submitMs.push(performance.now() - s);
    });
    const t2 = performance.now();
    printTable(`${START_SUBMIT} candidates, 50 at a time`, [
      {
        step: 'start',
        'p50 ms': fmt(median(startMs)),
        'p99 ms': fmt(percentile(startMs, 99)),
        'per s': fmt((START_SUBMIT * 1000) / (t1 - t0), 0),
      },
      {
        step: 'submit',
        'p50 ms': fmt(median(submitMs)),
        'p99 ms': fmt(percentile(submitMs, 99)),
        'per s': fmt((START_SUBMIT * 1000) / (t2 - t1), 0),
      },
    ]);
  } finally {
    await bare.close();
    await app.close();
    await db.end();
    await cleanup();
  }
}
