import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { Client } from 'pg';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { type ApiBody, Http } from './http';
import { startApi } from './test-app';

/**
 * Helpers for the grading pipeline's tests, which run real processes against real PostgreSQL and Redis and
 * break them on purpose. Such a test gets a database and a redis-server of its own: every worker of the
 * run's other test files shares the run's database and Redis, and would otherwise take its jobs and
 * outbox rows.
 */

const ROOT = path.resolve(__dirname, '../..');

export { eventually } from './eventually';

export interface IsolatedDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The test PostgreSQL's maintenance database, where databases and roles are created and dropped. */
export const TEST_DATABASE_ADMIN_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** One statement on the maintenance database, on a connection of its own (CREATE/DROP DATABASE, roles). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database on the test PostgreSQL (the API's start migrates it and syncs the catalog). With
 * `owner`, the database belongs to that role and the URL connects as it.
 */
export async function isolatedDatabase(
  tag: string,
  options: { owner?: string } = {},
): Promise<IsolatedDatabase> {
  const name = `${process.env.TEST_DATABASE_NAME ?? 'assay_test'}_${tag}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}${options.owner ? ` OWNER ${options.owner}` : ''}`);
  const url = new URL(TEST_DATABASE_ADMIN_URL);
  url.pathname = `/${name}`;
  if (options.owner) url.username = options.owner;
  return {
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A redis-server of the test's own on a fixed port, so it can be stopped and started again at the same
 * address the processes keep using; its data is kept in an append-only file across restarts.
 */
export class TestRedis {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'assay-redis-'));
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 15_000;
    for (;;) {
      const probe = new IORedis(this.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        return;
      } catch (error) {
        probe.disconnect();
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async command<T = unknown>(...args: string[]): Promise<T> {
    const client = new IORedis(this.url, { maxRetriesPerRequest: 1 });
    try {
      return (await client.call(args[0], ...args.slice(1))) as T;
    } finally {
      client.disconnect();
    }
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/**
 * A real worker process (`node -r ./scripts/ts-register.js apps/worker/src/main.ts`) with the given
 * environment on top of the run's. Its JSON log lines are kept for `waitForLog`.
 */
export class WorkerProcess {
  readonly logs: LogLine[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private readonly waiters = new Set<{ test: (l: LogLine) => boolean; resolve: (l: LogLine) => void }>();

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['-r', './scripts/ts-register.js', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, WORKER_PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        this.onLine(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
      }
    });
    let stderr = '';
    this.child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        if (code && code !== 0 && stderr) process.stderr.write(`worker exited ${code}: ${stderr}\n`);
        resolve({ code, signal });
      });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private onLine(text: string): void {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return;
    }
    if (this.logs.length > 20_000) this.logs.splice(0, 10_000);
    this.logs.push(line);
    for (const waiter of this.waiters) {
      if (waiter.test(line)) {
        this.waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  }

  /** The first log line (already seen or to come) that matches. */
  waitForLog(test: (line: LogLine) => boolean, timeoutMs = 90_000): Promise<LogLine> {
    const seen = this.logs.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { test, resolve };
      this.waiters.add(waiter);
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`worker ${this.pid}: no matching log line within ${timeoutMs} ms`));
      }, timeoutMs);
      timer.unref();
      void this.exited.then(() => {
        if (this.waiters.delete(waiter)) reject(new Error(`worker ${this.pid} exited before the log line`));
      });
    });
  }

  /** Resolves once the worker runs its processors and relay. */
  ready(): Promise<LogLine> {
    return this.waitForLog((l) => typeof l.msg === 'string' && l.msg.startsWith('worker health and metrics'));
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL if it has not stopped within `graceMs`. */
  async stop(graceMs = 30_000): Promise<void> {
    if (!this.running) return;
    this.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A local HTTP endpoint that answers each POST with the next status of `statuses` (the last one repeats). */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private server!: Server;
  port = 0;

  private constructor(private readonly statuses: number[]) {}

  static async start(statuses: number[] = [200]): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(statuses);
    receiver.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const status = receiver.statuses[Math.min(receiver.received.length, receiver.statuses.length - 1)];
        receiver.received.push({
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          status,
        });
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(status < 300 ? 'ok' : 'try again');
      });
    });
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.port = (receiver.server.address() as AddressInfo).port;
    return receiver;
  }

  url(host = '127.0.0.1', pathname = '/hooks/assay'): string {
    return `http://${host}:${this.port}${pathname}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The organization's view of a published assessment. */
export type PublishedAssessment = ApiBody<'/api/v1/assessments/{id}/publish', 'post'>;
/** A question as a candidate sees it when the attempt starts. */
export type TakeQuestion = ApiBody<'/api/v1/take/{token}/start', 'post'>['questions'][number];

/** A hidden or visible test of a code question's answer key. */
export interface CodeTestKey {
  args: unknown[];
  expected: unknown;
  weight?: number;
  hidden?: boolean;
}

/**
 * An answer key as stored (`assessment_questions.answer_key`): which fields are present depends on the
 * question's type. (The document describes `answerKey` as an object, its fields per type only in prose.)
 */
export interface AnswerKey {
  optionId?: string;
  optionIds?: string[];
  value?: number;
  tolerance?: number;
  relative?: boolean;
  accepted?: string[];
  caseSensitive?: boolean;
  pattern?: string;
  referenceSolution?: { language: string; code: string };
  tests?: CodeTestKey[];
  expectedQuery?: string;
  ordered?: boolean;
  rubric?: string;
}

/** A question of a published assessment with its answer key (see withAnswerKeys). */
export type KeyedQuestion = Omit<PublishedAssessment['questions'][number], 'answerKey'> & {
  answerKey: AnswerKey;
};
export type KeyedAssessment = Omit<PublishedAssessment, 'questions'> & { questions: KeyedQuestion[] };

/**
 * The organization's view of an assessment with every question's answer key added from the database: an
 * organization never sees the keys of global-library questions, but tests need them to answer correctly.
 */
export async function withAnswerKeys(
  http: Http,
  assessment: Omit<PublishedAssessment, 'questions'> & {
    questions: Omit<PublishedAssessment['questions'][number], 'answerKey'>[];
  },
): Promise<KeyedAssessment> {
  const rows: { id: string; answer_key: AnswerKey }[] = await http.app
    .get(DataSource)
    .query(`SELECT id, answer_key FROM assessment_questions WHERE assessment_id = $1`, [assessment.id]);
  const keys = new Map(rows.map((r) => [r.id, r.answer_key]));
  return {
    ...assessment,
    questions: assessment.questions.map((q) => ({ ...q, answerKey: keys.get(q.id)! })),
  };
}

/** A response that earns full marks, from a question with its answer key (see withAnswerKeys). */
export function correctResponse(q: { type: string; answerKey: AnswerKey }): unknown {
  const key = q.answerKey;
  switch (q.type) {
    case 'single_choice':
      return { optionId: key.optionId };
    case 'multiple_choice':
      return { optionIds: key.optionIds };
    case 'numeric':
      return { value: key.value };
    case 'short_text':
      return { text: key.accepted![0] };
    case 'code':
      return { language: key.referenceSolution!.language, code: key.referenceSolution!.code };
    case 'sql':
      return { query: key.expectedQuery };
    default:
      return { text: 'A considered answer about retries, idempotency keys and the outbox pattern.' };
  }
}

/** A well-formed response of a question's type, whatever it earns (the first option, a value, a stub). */
export function validResponse(q: {
  type: string;
  options?: { id: string }[] | null;
  languages?: string[] | null;
}): unknown {
  switch (q.type) {
    case 'single_choice':
      return { optionId: q.options![0].id };
    case 'multiple_choice':
      return { optionIds: [q.options![0].id] };
    case 'numeric':
      return { value: 1 };
    case 'code':
      return { language: q.languages![0], code: 'function f() {}' };
    case 'sql':
      return { query: 'SELECT 1' };
    default:
      return { text: 'x' };
  }
}

export function tokenOfUrl(url: string): string {
  return url.split('/take/')[1];
}

/** Invites `count` candidates (in batches of 500) and returns their invitation tokens and ids. */
export async function inviteCandidates(
  http: Http,
  accessToken: string,
  assessmentId: string,
  count: number,
  tag = 'cand',
): Promise<{ token: string; invitationId: string; email: string }[]> {
  const out: { token: string; invitationId: string; email: string }[] = [];
  for (let offset = 0; offset < count; offset += 500) {
    const batch = Array.from({ length: Math.min(500, count - offset) }, (_, i) => ({
      email: `${tag}-${offset + i}-${randomBytes(4).toString('hex')}@assay.test`,
      fullName: `Candidate ${offset + i}`,
    }));
    const res = await http.post(
      `/api/v1/assessments/${assessmentId}/invitations`,
      { candidates: batch },
      { token: accessToken },
    );
    if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${res.text}`);
    out.push(
      ...res.body.items.map((i: { url: string; id: string; email: string }) => ({
        token: tokenOfUrl(i.url),
        invitationId: i.id,
        email: i.email,
      })),
    );
  }
  return out;
}

/** Composes and publishes an assessment; returns the organization's view with every answer key added. */
export async function publishAssessment(
  http: Http,
  accessToken: string,
  body: Record<string, unknown> = {},
): Promise<KeyedAssessment> {
  // Fixed forms unless asked: these tests answer the assessment's questions by id.
  const created = await http.post(
    '/api/v1/assessments',
    { roleSlug: 'back-end-engineer', level: 'mid', forms: 'fixed', ...body },
    { token: accessToken },
  );
  if (created.status !== 201) throw new Error(`compose failed: ${created.status} ${created.text}`);
  const published = await http.post(`/api/v1/assessments/${created.body.id}/publish`, undefined, {
    token: accessToken,
  });
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${published.text}`);
  return withAnswerKeys(http, published.body);
}

/**
 * A candidate starts, answers (with `respond(question)`; undefined leaves it unanswered) and submits.
 * Returns the attempt id (from the start response's questions, looked up by the caller) and the submit body.
 */
export async function takeAndSubmit(
  http: Http,
  token: string,
  respond: (question: TakeQuestion) => unknown,
): Promise<{ status: number; body: unknown }> {
  const start = await http.post(`/api/v1/take/${token}/start`);
  if (start.status !== 200) throw new Error(`start failed: ${start.status} ${start.text}`);
  for (const q of start.body.questions) {
    const response = respond(q);
    if (response === undefined) continue;
    const saved = await http.put(`/api/v1/take/${token}/answers/${q.id}`, { response });
    if (saved.status !== 200) throw new Error(`answer failed: ${saved.status} ${saved.text}`);
  }
  const submitted = await http.post(`/api/v1/take/${token}/submit`);
  return { status: submitted.status, body: submitted.body };
}

/**
 * Publishes an assessment made of catalog questions of the given types, in this order (e.g. `['code',
 * 'sql', 'single_choice']`), for tests that need a known mix. `query` runs SQL on the test's database.
 */
export async function publishAssessmentOf(
  http: Http,
  accessToken: string,
  query: (sql: string, params: unknown[]) => Promise<{ id: string; type: string }[]>,
  types: string[],
  body: Record<string, unknown> = {},
): Promise<KeyedAssessment> {
  const rows = await query(
    `SELECT q.id, v.type FROM questions q JOIN question_versions v ON v.id = q.latest_version_id
      WHERE q.organization_id IS NULL AND q.status = 'active' AND v.type = ANY($1)
      ORDER BY q.catalog_key`,
    [[...new Set(types)]],
  );
  const pools = new Map<string, string[]>();
  for (const r of rows) pools.set(r.type, [...(pools.get(r.type) ?? []), r.id]);
  const questionIds = types.map((type) => {
    const id = pools.get(type)?.shift();
    if (!id) throw new Error(`not enough catalog questions of type ${type}`);
    return id;
  });
  const draft = await http.post(
    '/api/v1/assessments',
    { roleSlug: 'back-end-engineer', level: 'mid', questionCount: 1, ...body },
    { token: accessToken },
  );
  if (draft.status !== 201) throw new Error(`compose failed: ${draft.status} ${draft.text}`);
  const set = await http.put(
    `/api/v1/assessments/${draft.body.id}/questions`,
    { questionIds },
    { token: accessToken },
  );
  if (set.status !== 200) throw new Error(`set questions failed: ${set.status} ${set.text}`);
  const published = await http.post(`/api/v1/assessments/${draft.body.id}/publish`, undefined, {
    token: accessToken,
  });
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${published.text}`);
  return withAnswerKeys(http, published.body);
}

/** A code answer that never returns: each test runs into its time limit (a slow attempt on purpose). */
export function endlessCode(question: { functionName?: string }): unknown {
  return { language: 'javascript', code: `function ${question.functionName}() { while (true) {} }` };
}

/**
 * A stack of this test's own: a fresh database, a redis-server, the API in this process (it migrates the
 * database and syncs the catalog; it does not relay the outbox) and worker processes started on demand.
 */
export class PipelineStack {
  readonly workers: WorkerProcess[] = [];
  http!: Http;
  ds!: DataSource;

  private constructor(
    readonly db: IsolatedDatabase,
    readonly redis: TestRedis,
    readonly env: Record<string, string>,
    readonly app: NestFastifyApplication,
  ) {
    this.http = new Http(app);
    this.ds = app.get(DataSource);
  }

  static async start(tag: string, env: Record<string, string> = {}): Promise<PipelineStack> {
    const db = await isolatedDatabase(tag);
    const redis = await TestRedis.start();
    const base = { DATABASE_URL: db.url, REDIS_URL: redis.url, ...env };
    const app = await startApi(base);
    return new PipelineStack(db, redis, base, app);
  }

  /** Starts a worker process (the stack's environment plus `env`) and waits until it runs. */
  async spawnWorker(env: Record<string, string> = {}): Promise<WorkerProcess> {
    const worker = new WorkerProcess({ ...this.env, ...env });
    this.workers.push(worker);
    await worker.ready();
    return worker;
  }

  /** Stops every worker process of the stack (between tests, so a failed test leaves none running). */
  async stopWorkers(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.stop(5_000)));
    this.workers.length = 0;
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.ds.query(sql, params);
  }

  async close(): Promise<void> {
    await this.stopWorkers();
    await this.app.close().catch(() => undefined);
    await this.redis.destroy();
    await this.db.drop();
  }
}
