import { AssayConfig, newId } from '@assay/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchEnvironment } from '../lib/environment';
import { fmt, median, percentile, printTable } from '../lib/load';

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

/** 1,000 candidates starting and then submitting (the autosave hot path is bench/scenarios/autosave.ts). */
export async function run(): Promise<void> {
  const cleanup = await benchEnvironment();
  process.env.RATE_LIMIT_AUTH_PER_MINUTE = '100000';
  const app = await createApiApp(
    AssayConfig.fromEnv({ ...process.env, PORT: '0', DATABASE_POOL_SIZE: '20' }),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.getHttpAdapter().getHttpServer().address() as { port: number }).port}`;
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
    await app.close();
    await cleanup();
  }
}
