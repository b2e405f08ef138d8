import { QUEUES, QueueRegistry } from '@assay/queue';
import {
  PipelineStack,
  SignedUp,
  endlessCode,
  eventually,
  freePort,
  inviteCandidates,
  publishAssessmentOf,
  signUp,
  takeAndSubmit,
} from '@assay/testing';

/**
 * No poison loops: an attempt whose grading took down its worker twice is not given to a third. Real worker
 * processes are SIGKILLed while they grade it (what the kernel's OOM killer or a container limit does to a
 * worker that an answer made too big); the third worker ends the attempt `grading_error` without grading
 * it, stays up, and grades the next attempt. An organization member can still re-grade the attempt.
 */
describe('faults: an attempt that kills its worker twice', () => {
  let stack: PipelineStack;
  let org: SignedUp;

  beforeAll(async () => {
    stack = await PipelineStack.start('poison');
    org = await signUp(stack.http);
  }, 120_000);

  afterEach(async () => {
    await stack?.stopWorkers();
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  async function submit(types: string[], tag: string): Promise<string> {
    const assessment = await publishAssessmentOf(stack.http, org.accessToken, stack.query.bind(stack), types);
    const [candidate] = await inviteCandidates(stack.http, org.accessToken, assessment.id, 1, tag);
    const submitted = await takeAndSubmit(stack.http, candidate.token, (q) =>
      q.type === 'code' ? endlessCode(q) : { optionId: q.options![0].id },
    );
    expect(submitted.status).toBe(202);
    const [{ id }] = await stack.query<{ id: string }>(`SELECT id FROM attempts WHERE invitation_id = $1`, [
      candidate.invitationId,
    ]);
    return id;
  }

  async function job(attemptId: string): Promise<{ state: string; stalls: number } | null> {
    const found = await stack.app.get(QueueRegistry).get(QUEUES.GRADING).getJob(`attempt-${attemptId}`);
    return found ? { state: await found.getState(), stalls: found.stalledCounter } : null;
  }

  async function attempt(attemptId: string) {
    const [row] = await stack.query(
      `SELECT status, grading_error,
              (SELECT count(*)::int FROM attempt_results WHERE attempt_id = $1::uuid) AS results
         FROM attempts WHERE id = $1::uuid`,
      [attemptId],
    );
    return row as { status: string; grading_error: string | null; results: number };
  }

  it('ends grading_error with the reason at the third worker, which stays up and grades the next attempt', async () => {
    // Two code answers that run into their time limits: ~20 s of grading on one sandbox thread.
    const first = await stack.spawnWorker({ GRADING_THREADS: '1' });
    const poison = await submit(['code', 'code', 'single_choice'], 'poison');
    expect(
      await eventually(
        () => job(poison),
        (j) => j?.state === 'active',
      ),
    ).toMatchObject({ stalls: 0 });
    first.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    // The second worker finds the job stalled once the dead worker's lock expires, runs it, and dies too.
    const second = await stack.spawnWorker({ GRADING_THREADS: '1' });
    await second.waitForLog((l) => l.msg?.includes('stalled') && l.attemptId === poison, 150_000);
    expect(
      await eventually(
        () => job(poison),
        (j) => j?.state === 'active' && j.stalls === 1,
      ),
    ).toMatchObject({ stalls: 1 });
    expect((await attempt(poison)).status).toBe('submitted');
    second.kill('SIGKILL');
    expect((await second.exited).signal).toBe('SIGKILL');

    // The third worker does not grade it: the attempt ends grading_error, with the reason, and no result.
    const metricsPort = await freePort();
    const third = await stack.spawnWorker({ GRADING_THREADS: '1', WORKER_PORT: String(metricsPort) });
    const failed = await eventually(
      () => attempt(poison),
      (a) => a.status === 'grading_error',
      150_000,
    );
    expect(failed.results).toBe(0);
    expect(failed.grading_error).toMatch(/stopped its worker 2 times/);
    const line = await third.waitForLog((l) => l.attemptId === poison && /poison/.test(String(l.msg)));
    expect(line.stalls).toBe(2);
    const report = await stack.http.get(`/api/v1/attempts/${poison}`, { token: org.accessToken });
    expect(report.body).toMatchObject({ status: 'grading_error' });
    expect(report.body.gradingError).toMatch(/stopped its worker 2 times/);

    // The third worker is alive and grades the next attempt.
    expect(third.running).toBe(true);
    const honest = await submit(['single_choice'], 'honest');
    expect(
      await eventually(
        () => attempt(honest),
        (a) => a.status === 'graded',
        60_000,
      ),
    ).toMatchObject({ status: 'graded', results: 1 });

    // Re-gradable by an organization member: a re-grade is a new job, run to the end this time.
    const regrade = await stack.http.post(`/api/v1/attempts/${poison}/regrade`, undefined, {
      token: org.accessToken,
    });
    expect(regrade.status).toBe(202);
    const regraded = await eventually(
      () => attempt(poison),
      (a) => a.status === 'graded',
      120_000,
    );
    expect(regraded).toMatchObject({ status: 'graded', grading_error: null, results: 1 });
    expect(third.running).toBe(true);

    // The worker's metrics show its sandbox: one code thread holding its 16 MiB module, none replaced.
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toContain('assay_sandbox_memory_bytes{sandbox="code"} 16777216');
    expect(metrics).toMatch(/assay_sandbox_recycles_total\{sandbox="code",kind="thread"\} 0/);
    await third.stop();
  }, 420_000);
});
