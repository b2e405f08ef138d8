import { readFileSync } from 'node:fs';
import {
  type AnswerKey,
  PipelineStack,
  SignedUp,
  WorkerProcess,
  eventually,
  freePort,
  inviteCandidates,
  publishAssessmentOf,
  signUp,
  takeAndSubmit,
} from '@assay/testing';

const MB = 1000 * 1000;

/** Resident memory of a process, from the kernel. */
function rssBytes(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line) throw new Error(`no VmRSS for ${pid}`);
  return Number(line[1]) * 1024;
}

/**
 * Hostile answers through a real worker process (one sandbox thread of each kind): each gets its verdict,
 * the worker stays up, its memory comes back, and the honest answer after each is graded right. The
 * issue's reproduction was a candidate keeping 150 × 1 MB strings in a global: 859 MB → 2,325 MB, kept.
 */
describe('faults: hostile answers through a real worker process', () => {
  let stack: PipelineStack;
  let org: SignedUp;
  let worker: WorkerProcess;
  let metricsPort: number;

  beforeAll(async () => {
    stack = await PipelineStack.start('sandboxmem');
    org = await signUp(stack.http);
    metricsPort = await freePort();
    worker = await stack.spawnWorker({
      GRADING_THREADS: '1',
      WORKER_PORT: String(metricsPort),
    });
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  /** Submits `response` to the assessment's only question; returns that answer's verdict once graded. */
  async function verdictOf(assessmentId: string, response: unknown): Promise<string | null> {
    const [candidate] = await inviteCandidates(stack.http, org.accessToken, assessmentId, 1, 'mem');
    expect((await takeAndSubmit(stack.http, candidate.token, () => response)).status).toBe(202);
    const [{ id }] = await stack.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [
      candidate.invitationId,
    ]);
    const report = await eventually(
      () => stack.http.get(`/api/v1/attempts/${id}`, { token: org.accessToken }),
      (r) => r.status === 200 && r.body.status === 'graded',
      90_000,
    );
    expect(report.body.status).toBe('graded');
    return report.body.answers[0].verdict;
  }

  async function metric(name: string): Promise<number> {
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(name));
    if (!line) throw new Error(`no ${name}`);
    return Number(line.split(' ').pop());
  }

  it('code: memory growth of every kind ends memory_limit_exceeded and leaves nothing behind', async () => {
    const assessment = await publishAssessmentOf(stack.http, org.accessToken, stack.query.bind(stack), [
      'code',
    ]);
    const question = assessment.questions[0];
    const [{ answer_key: key }] = await stack.query<{ answer_key: AnswerKey }>(
      `SELECT answer_key FROM assessment_questions WHERE id = $1`,
      [question.id],
    );
    const honest = { language: key.referenceSolution!.language, code: key.referenceSolution!.code };
    const hostile = (body: string) => ({
      language: 'javascript',
      code: `function ${question.functionName}() { ${body} }`,
    });

    expect(await verdictOf(assessment.id, honest)).toBe('accepted');
    const before = rssBytes(worker.pid);
    for (const body of [
      // The reproduction, then other shapes of growth.
      "globalThis.kept = globalThis.kept || []; for (let i = 0; i < 150; i++) kept.push('x'.repeat(1e6) + i); return kept.length;",
      "globalThis.a = []; for (let i = 0; ; i++) a.push('x'.repeat(1e6) + i);",
      'const a = []; for (;;) a.push(new Float64Array(1e5));',
      'const m = new Map(); for (let i = 0; ; i++) m.set(i, { i });',
      'let f = () => 0; for (let i = 0; ; i++) { const g = f; const pad = [i, i]; f = () => g() + pad[0]; }',
    ]) {
      const verdict = await verdictOf(assessment.id, hostile(body));
      // The reproduction (bounded, fast) must hit the ceiling. The unbounded loops allocate at
      // QuickJS speed: on a loaded machine one may reach the question's time limit first, which is an honest
      // verdict too; what matters here is that memory is bounded and released (libs/grading's specs pin
      // memory_limit_exceeded for each shape under a generous time limit).
      if (body.includes('i < 150')) expect(verdict).toBe('memory_limit_exceeded');
      else expect(['memory_limit_exceeded', 'time_limit_exceeded']).toContain(verdict);
      expect(worker.running).toBe(true);
      expect(await verdictOf(assessment.id, honest)).toBe('accepted');
      // Between answers the code thread holds at most its recycling threshold (32 MiB).
      expect(await metric('assay_sandbox_memory_bytes{sandbox="code"}')).toBeLessThanOrEqual(
        32 * 1024 * 1024,
      );
    }
    const after = rssBytes(worker.pid);
    console.log(`worker rss: ${Math.round(before / MB)} MB before, ${Math.round(after / MB)} MB after`);
    expect(after - before).toBeLessThan(150 * MB);
    expect(await metric('assay_sandbox_recycles_total{sandbox="code",kind="module"}')).toBeGreaterThanOrEqual(
      5,
    );
    expect(await metric('assay_sandbox_recycles_total{sandbox="code",kind="thread"}')).toBe(0);
  }, 600_000);

  it('SQL: answer bombs end memory_limit_exceeded; the worker stays up and grades the next answer', async () => {
    const assessment = await publishAssessmentOf(stack.http, org.accessToken, stack.query.bind(stack), [
      'sql',
    ]);
    const [{ answer_key: key }] = await stack.query<{ answer_key: AnswerKey }>(
      `SELECT answer_key FROM assessment_questions WHERE id = $1`,
      [assessment.questions[0].id],
    );
    const honest = { query: key.expectedQuery };
    expect(await verdictOf(assessment.id, honest)).toBe('accepted');
    for (const query of [
      'SELECT length(randomblob(500000000))',
      "SELECT length(printf('%.*c', 300000000, 'x'))",
      "WITH RECURSIVE c(x, s) AS (SELECT 1, 'x' UNION ALL SELECT x + 1, s || s FROM c WHERE x < 40) SELECT max(length(s)) FROM c",
    ]) {
      expect(await verdictOf(assessment.id, { query })).toBe('memory_limit_exceeded');
      expect(worker.running).toBe(true);
      expect(await verdictOf(assessment.id, honest)).toBe('accepted');
    }
    // sql.js reloaded after growing, fixture cache bounded: well under its 48 MiB threshold + 96 MiB of caches.
    expect(await metric('assay_sandbox_memory_bytes{sandbox="sql"}')).toBeLessThanOrEqual(144 * 1024 * 1024);
  }, 300_000);
});
