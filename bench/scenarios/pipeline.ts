/**
 * The grading pipeline end to end: submit (HTTP) → outbox → relay → BullMQ → grading worker → result, with
 * BENCH_WORKERS worker processes (default 2), for the mixed 20-question attempt (12 choice/numeric/text, 6 code, 2 SQL).
 *   - baseline: the bare GradingEngine grading the same answers in this process (no HTTP, queue or database);
 *   - steady: BENCH_RATE submissions/s (default 50) for BENCH_SECONDS (default 60): submit → graded latency
 *     (graded_at − submitted_at, both written by PostgreSQL) p50/p99, and graded/s;
 *   - light: BENCH_LIGHT_RATE/s (default 10) for 20 s, the same latencies when the worker keeps up.
 * Attempts are prepared directly in the database (invitations, started attempts, answers); only the
 * submissions go through the API, at a fixed rate. BENCH_WORKER_ENV adds worker variables (a=b,c=d).
 * Run: npm run bench -- pipeline
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { hashToken, invitationToken } from '@assay/assessments';
import { AssayConfig, newId } from '@assay/core';
import { GradingEngine, type GradableQuestion } from '@assay/grading';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { benchEnvironment } from '../lib/environment';
import { fmt, median, percentile, printTable } from '../lib/load';

const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const LIGHT_RATE = Number(process.env.BENCH_LIGHT_RATE ?? 10);
const LIGHT_SECONDS = 20;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const COUNT_QUERIES = process.env.BENCH_COUNT_QUERIES !== '0';
const MIX: [string, number][] = [
  ['single_choice', 5],
  ['multiple_choice', 3],
  ['numeric', 2],
  ['short_text', 2],
  ['code', 6],
  ['sql', 2],
];

interface OrgQuestion {
  id: string;
  type: string;
  skill: string;
  difficulty: number;
  points: number;
  options?: { id: string; text: string }[];
  languages?: string[];
  functionName?: string;
  timeLimitMs?: number;
  schema?: string;
  answerKey: Record<string, any>;
}

async function json(base: string, method: string, p: string, body?: unknown, token?: string) {
  const res = await fetch(base + p, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${p} → ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** A full-marks response, except that one candidate in five picks a wrong option on choice questions. */
function response(q: OrgQuestion, n: number): unknown {
  const key = q.answerKey;
  switch (q.type) {
    case 'single_choice':
      return n % 5 === 0
        ? { optionId: q.options!.find((o) => o.id !== key.optionId)!.id }
        : { optionId: key.optionId };
    case 'multiple_choice':
      return { optionIds: n % 5 === 1 ? key.optionIds.slice(0, 1) : key.optionIds };
    case 'numeric':
      return { value: key.value };
    case 'short_text':
      return { text: key.accepted[0] };
    case 'code':
      return { language: key.referenceSolution.language, code: key.referenceSolution.code };
    case 'sql':
      return { query: key.expectedQuery };
    default:
      return { text: 'x' };
  }
}

function spawnWorker(extraEnv: Record<string, string>): Promise<ChildProcess> {
  const root = path.resolve(__dirname, '../..');
  const count = extraEnv.BENCH_QUERY_COUNT_FILE ? ['-r', './bench/lib/count-grading-queries.js'] : [];
  const child = spawn(
    process.execPath,
    ['-r', './scripts/ts-register.js', ...count, 'apps/worker/src/main.ts'],
    {
      cwd: root,
      env: { ...process.env, WORKER_PORT: '0', LOG_LEVEL: 'info', ...extraEnv },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      if (buffer.includes('worker health and metrics')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume(); // keep draining the log
        resolve(child);
      }
      if (buffer.length > 1_000_000) buffer = buffer.slice(-10_000);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

/** Inserts `count` started attempts with all 20 answers; returns their invitation tokens and attempt ids. */
async function prepareAttempts(
  db: Pool,
  secret: string,
  organizationId: string,
  assessmentId: string,
  questions: OrgQuestion[],
  count: number,
  offset: number,
): Promise<{ token: string; attemptId: string }[]> {
  const out: { token: string; attemptId: string }[] = [];
  for (let start = 0; start < count; start += 250) {
    const n = Math.min(250, count - start);
    const invitations = Array.from({ length: n }, () => newId());
    const attempts = Array.from({ length: n }, () => newId());
    await db.query(
      `INSERT INTO candidate_invitations (id, organization_id, assessment_id, email, full_name, token_hash, expires_at)
       SELECT id, $1, $2, 'bench-' || id || '@assay.test', 'Bench Candidate', hash, now() + interval '1 day'
         FROM unnest($3::uuid[], $4::text[]) AS t(id, hash)`,
      [
        organizationId,
        assessmentId,
        invitations,
        invitations.map((id) => hashToken(invitationToken(secret, id))),
      ],
    );
    await db.query(
      `INSERT INTO attempts (id, organization_id, assessment_id, invitation_id, status, started_at, deadline_at, question_order)
       SELECT a, $1, $2, i, 'in_progress', now() - interval '30 minutes', now() + interval '3 hours', $5::jsonb
         FROM unnest($3::uuid[], $4::uuid[]) AS t(a, i)`,
      [organizationId, assessmentId, attempts, invitations, JSON.stringify(questions.map((q) => q.id))],
    );
    const rows = attempts.flatMap((attemptId, i) =>
      questions.map((q) => ({
        attemptId,
        q: q.id,
        response: JSON.stringify(response(q, offset + start + i)),
      })),
    );
    await db.query(
      `INSERT INTO answers (id, organization_id, attempt_id, assessment_question_id, response, saved_at)
       SELECT id, $1, a, q, r::jsonb, now() FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[]) AS t(id, a, q, r)`,
      [
        organizationId,
        rows.map(() => newId()),
        rows.map((r) => r.attemptId),
        rows.map((r) => r.q),
        rows.map((r) => r.response),
      ],
    );
    for (let i = 0; i < n; i++)
      out.push({ token: invitationToken(secret, invitations[i]), attemptId: attempts[i] });
  }
  return out;
}

/** Submits through the API at a fixed rate (one request every 1000/rate ms, not waiting for answers). */
async function submitAtRate(
  base: string,
  tokens: string[],
  rate: number,
): Promise<{ errors: number; ms: number }> {
  const started = performance.now();
  const pending: Promise<number>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const submit = () =>
      fetch(`${base}/api/v1/take/${tokens[i]}/submit`, { method: 'POST' }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
    // A keep-alive socket the server closed as the request left answers ECONNRESET; submitting is
    // idempotent, so one retry, and a second failure is counted (never an unhandled rejection).
    pending.push(submit().catch(() => submit().catch(() => 0)));
  }
  const statuses = await Promise.all(pending);
  return { errors: statuses.filter((s) => s !== 202).length, ms: performance.now() - started };
}

async function waitGraded(db: Pool, ids: string[], timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM attempts WHERE id = ANY($1::uuid[]) AND status IN ('graded', 'grading_error')`,
      [ids],
    );
    if (rows[0].n === ids.length || Date.now() > deadline) return rows[0].n;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function latencies(db: Pool, ids: string[]) {
  const { rows } = await db.query(
    `SELECT extract(epoch FROM graded_at - submitted_at) * 1000 AS ms,
            extract(epoch FROM graded_at) * 1000 AS graded, extract(epoch FROM submitted_at) * 1000 AS submitted
       FROM attempts WHERE id = ANY($1::uuid[]) AND graded_at IS NOT NULL`,
    [ids],
  );
  const ms = rows.map((r) => Number(r.ms));
  const graded = rows.map((r) => Number(r.graded)).sort((a, b) => a - b);
  const firstSubmitted = Math.min(...rows.map((r) => Number(r.submitted)));
  // Where the time goes: waiting (outbox relay + queue) versus grading, as recorded with each result.
  const { rows: timings } = await db.query(
    `SELECT (timings->>'queuedMs')::float AS queued, (timings->>'gradingMs')::float AS grading
       FROM attempt_results WHERE attempt_id = ANY($1::uuid[]) AND revision = 1`,
    [ids],
  );
  return {
    queuedP50: median(timings.map((t) => Number(t.queued))),
    gradingP50: median(timings.map((t) => Number(t.grading))),
    count: rows.length,
    p50: median(ms),
    p99: percentile(ms, 99),
    max: Math.max(...ms),
    // Graded per second from the first submission to the last result.
    gradedPerSec: (rows.length * 1000) / (graded[graded.length - 1] - firstSubmitted),
  };
}

async function baseline(questions: OrgQuestion[]): Promise<{ msPerAttempt: number; perSec: number }> {
  const threads = Number(process.env.GRADING_THREADS ?? Math.max(1, availableParallelism() - 1));
  const engine = new GradingEngine({ codeThreads: threads, sqlThreads: Math.max(1, Math.ceil(threads / 2)) });
  const gradable = questions.map((q) => ({ ...q, answerKey: q.answerKey }) as unknown as GradableQuestion);
  const gradeOne = (n: number) =>
    Promise.all(gradable.map((q, i) => engine.grade(q, response(questions[i], n))));
  try {
    for (let i = 0; i < 5; i++) await gradeOne(i);
    const one: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await gradeOne(i);
      one.push(performance.now() - t);
    }
    // Throughput with 4 attempts in flight, as the worker's default concurrency.
    let done = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (performance.now() - t0 < 5000) {
          await gradeOne(done);
          done += 1;
        }
      }),
    );
    return { msPerAttempt: median(one), perSec: (done * 1000) / (performance.now() - t0) };
  } finally {
    await engine.close();
  }
}

export async function run(): Promise<void> {
  const cleanup = await benchEnvironment();
  process.env.RATE_LIMIT_AUTH_PER_MINUTE = '100000';
  const config = AssayConfig.fromEnv({ ...process.env, PORT: '0', DATABASE_POOL_SIZE: '20' });
  const app = await createApiApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.getHttpAdapter().getHttpServer().address() as { port: number }).port}`;
  const db = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
  const workerEnv = Object.fromEntries(
    (process.env.BENCH_WORKER_ENV ?? '')
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split('=') as [string, string]),
  );
  let workers: ChildProcess[] = [];
  try {
    const signup = await json(base, 'POST', '/api/v1/signup', {
      organizationName: 'Bench Co',
      fullName: 'Bench Owner',
      email: `bench-${newId()}@assay.test`,
      password: 'correct horse battery staple',
    });
    const token = signup.tokens.accessToken;
    const { rows: catalog } = await db.query(
      `SELECT q.id, v.type FROM questions q JOIN question_versions v ON v.id = q.latest_version_id
        WHERE q.organization_id IS NULL AND q.status = 'active' ORDER BY q.catalog_key`,
    );
    const questionIds = MIX.flatMap(([type, n]) =>
      catalog
        .filter((r) => r.type === type)
        .slice(0, n)
        .map((r) => r.id as string),
    );
    const draft = await json(
      base,
      'POST',
      '/api/v1/assessments',
      { roleSlug: 'back-end-engineer', level: 'mid' },
      token,
    );
    await json(base, 'PUT', `/api/v1/assessments/${draft.id}/questions`, { questionIds }, token);
    const assessment = await json(base, 'POST', `/api/v1/assessments/${draft.id}/publish`, undefined, token);
    // Organizations never see catalog answer keys (docs/decisions/0610); the bench reads them from the database.
    const { rows: keys } = await db.query(
      `SELECT id, answer_key FROM assessment_questions WHERE assessment_id = $1`,
      [assessment.id],
    );
    const keyOf = new Map(keys.map((r) => [r.id as string, r.answer_key as Record<string, any>]));
    const questions: OrgQuestion[] = assessment.questions.map((q: OrgQuestion) => ({
      ...q,
      answerKey: keyOf.get(q.id)!,
    }));
    const types = questions.map((q) => q.type);
    console.log(
      `attempt: ${questions.length} questions (${MIX.map(([t]) => `${types.filter((x) => x === t).length} ${t}`).join(', ')})`,
    );

    const bare = await baseline(questions);

    const steadyCount = RATE * SECONDS;
    const lightCount = LIGHT_RATE * LIGHT_SECONDS;
    const steady = await prepareAttempts(
      db,
      config.jwt.secret,
      signup.organization.id,
      assessment.id,
      questions,
      steadyCount,
      0,
    );
    const light = await prepareAttempts(
      db,
      config.jwt.secret,
      signup.organization.id,
      assessment.id,
      questions,
      lightCount + 20,
      steadyCount,
    );
    // BENCH_WORKERS worker processes (default 2), each counting its gradings' round trips at the driver
    // (BENCH_COUNT_QUERIES=0 turns the count off: it runs the worker under AsyncLocalStorage).
    const countFiles = Array.from({ length: WORKERS }, (_, i) =>
      path.join(tmpdir(), `assay-bench-queries-${process.pid}-${i}.json`),
    );
    for (const f of countFiles) rmSync(f, { force: true });
    workers = await Promise.all(
      countFiles.map((f) =>
        spawnWorker(COUNT_QUERIES ? { ...workerEnv, BENCH_QUERY_COUNT_FILE: f } : workerEnv),
      ),
    );
    // Warm-up: sandbox threads loaded, connections open.
    const warm = light.splice(0, 20);
    await submitAtRate(
      base,
      warm.map((a) => a.token),
      10,
    );
    await waitGraded(
      db,
      warm.map((a) => a.attemptId),
      60_000,
    );

    const s = await submitAtRate(
      base,
      steady.map((a) => a.token),
      RATE,
    );
    const steadyIds = steady.map((a) => a.attemptId);
    const steadyDone = await waitGraded(db, steadyIds, 600_000);
    const steadyStats = await latencies(db, steadyIds);

    const l = await submitAtRate(
      base,
      light.map((a) => a.token),
      LIGHT_RATE,
    );
    const lightIds = light.map((a) => a.attemptId);
    await waitGraded(db, lightIds, 120_000);
    const lightStats = await latencies(db, lightIds);

    printTable(
      `submit → graded, ${WORKERS} worker processes (${process.env.GRADING_THREADS ?? `${Math.max(1, availableParallelism() - 1)}`} sandbox threads), ${availableParallelism()} cores`,
      [
        {
          run: 'bare GradingEngine, same answers, in process',
          offered: '—',
          'p50 ms': fmt(bare.msPerAttempt),
          'p99 ms': '—',
          'graded/s': fmt(bare.perSec),
          errors: 0,
        },
        {
          run: `pipeline at ${RATE}/s for ${SECONDS} s`,
          offered: `${fmt((steadyCount * 1000) / s.ms)}/s`,
          'p50 ms': fmt(steadyStats.p50, 0),
          'p99 ms': fmt(steadyStats.p99, 0),
          'graded/s': fmt(steadyStats.gradedPerSec),
          'queued p50': fmt(steadyStats.queuedP50, 0),
          'grading p50': fmt(steadyStats.gradingP50, 0),
          errors: s.errors + (steadyCount - steadyDone),
        },
        {
          run: `pipeline at ${LIGHT_RATE}/s for ${LIGHT_SECONDS} s`,
          offered: `${fmt((lightCount * 1000) / l.ms)}/s`,
          'p50 ms': fmt(lightStats.p50, 0),
          'p99 ms': fmt(lightStats.p99, 0),
          'graded/s': fmt(lightStats.gradedPerSec),
          'queued p50': fmt(lightStats.queuedP50, 0),
          'grading p50': fmt(lightStats.gradingP50, 0),
          errors: l.errors,
        },
      ],
    );
    console.log(
      `targets at ${RATE}/s: p50 ≤ 200 ms (${fmt(steadyStats.p50, 0)}), p99 ≤ 1000 ms (${fmt(steadyStats.p99, 0)}); ` +
        `sustained ${fmt(steadyStats.gradedPerSec)} graded/s (bare engine ${fmt(bare.perSec)}/s)`,
    );
    if (COUNT_QUERIES) {
      const histogram = new Map<number, number>();
      for (const f of countFiles) {
        if (!existsSync(f)) continue;
        for (const [n, attempts] of Object.entries(
          JSON.parse(readFileSync(f, 'utf8')) as Record<string, number>,
        )) {
          histogram.set(Number(n), (histogram.get(Number(n)) ?? 0) + attempts);
        }
        rmSync(f, { force: true });
      }
      const counts = [...histogram].flatMap(([n, attempts]) => Array<number>(attempts).fill(n));
      console.log(
        `PostgreSQL round trips per initial grading (counted at the pg driver in the workers, ${counts.length} attempts): ` +
          `median ${counts.length ? median(counts) : '—'}, max ${counts.length ? Math.max(...counts) : '—'} ` +
          `(target ≤ 5); histogram ${JSON.stringify(Object.fromEntries(histogram))}`,
      );
    }
  } finally {
    await Promise.all(
      workers
        .filter((w) => w.exitCode === null)
        .map((w) => {
          const exited = new Promise((r) => w.once('exit', r));
          w.kill('SIGTERM');
          return exited;
        }),
    );
    await app.close();
    await db.end();
    await cleanup();
  }
}
