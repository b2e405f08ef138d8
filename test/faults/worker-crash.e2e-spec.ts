import { QUEUES, QueueRegistry } from '@assay/queue';
import {
  PipelineStack,
  SignedUp,
  WebhookReceiver,
  endlessCode,
  eventually,
  inviteCandidates,
  publishAssessmentOf,
  signUp,
  takeAndSubmit,
} from '@assay/testing';

/**
 * Fault injection on real worker processes: SIGKILL and SIGTERM while an attempt is being graded. The attempt
 * is slow on purpose (code answers that loop until their time limit) and the worker has one sandbox thread.
 */
describe('faults: the worker dies or is stopped while grading', () => {
  let stack: PipelineStack;
  let org: SignedUp;
  let receivers: WebhookReceiver[];

  beforeAll(async () => {
    stack = await PipelineStack.start('crash', { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    org = await signUp(stack.http);
    receivers = [await WebhookReceiver.start([200]), await WebhookReceiver.start([200])];
    for (const r of receivers) {
      const res = await stack.http.post(
        '/api/v1/organization/webhooks',
        { url: r.url(), events: ['attempt.graded'] },
        { token: org.accessToken },
      );
      expect(res.status).toBe(201);
    }
  }, 120_000);

  afterEach(async () => {
    await stack?.stopWorkers();
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
    for (const r of receivers ?? []) await r.close();
  }, 60_000);

  /** Submits one attempt whose `slow` code answers loop forever; returns its id once its job runs. */
  async function submitSlowAttempt(slow: number): Promise<string> {
    const assessment = await publishAssessmentOf(stack.http, org.accessToken, stack.query.bind(stack), [
      ...Array<string>(slow).fill('code'),
      'single_choice',
    ]);
    const [candidate] = await inviteCandidates(stack.http, org.accessToken, assessment.id, 1, 'slow');
    const submitted = await takeAndSubmit(stack.http, candidate.token, (q) =>
      q.type === 'code' ? endlessCode(q) : { optionId: q.options![0].id },
    );
    expect(submitted.status).toBe(202);
    const [{ id }] = await stack.query<{ id: string }>(`SELECT id FROM attempts WHERE invitation_id = $1`, [
      candidate.invitationId,
    ]);
    return id;
  }

  async function jobState(attemptId: string): Promise<string | null> {
    const job = await stack.app.get(QueueRegistry).get(QUEUES.GRADING).getJob(`attempt-${attemptId}`);
    return job ? job.getState() : null;
  }

  async function counts(attemptId: string) {
    const [row] = await stack.query(
      `SELECT (SELECT count(*)::int FROM attempt_results WHERE attempt_id = $1::uuid) AS results,
              (SELECT count(*)::int FROM outbox WHERE type = 'attempt.graded' AND aggregate_id = $1::text) AS events,
              (SELECT count(*)::int FROM webhook_deliveries WHERE payload->'data'->>'attemptId' = $1::text)
                AS deliveries,
              (SELECT status FROM attempts WHERE id = $1::uuid) AS status`,
      [attemptId],
    );
    return row as { results: number; events: number; deliveries: number; status: string };
  }

  it('SIGKILL mid-grading: after a restart the attempt is graded exactly once', async () => {
    const first = await stack.spawnWorker({ GRADING_THREADS: '1' });
    const attemptId = await submitSlowAttempt(1);
    expect(
      await eventually(
        () => jobState(attemptId),
        (s) => s === 'active',
      ),
    ).toBe('active');
    first.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect((await counts(attemptId)).status).toBe('submitted');

    // Another worker finds the job stalled once the dead worker's lock expires, and runs it again.
    const second = await stack.spawnWorker({ GRADING_THREADS: '1' });
    const stalled = await second.waitForLog(
      (l) => l.msg?.includes('stalled') && l.attemptId === attemptId,
      150_000,
    );
    expect(stalled.jobId).toBe(`attempt-${attemptId}`);
    const done = await eventually(
      () => counts(attemptId),
      (c) => c.deliveries === 2 && c.status === 'graded',
      120_000,
    );
    expect(done).toEqual({ results: 1, events: 1, deliveries: 2, status: 'graded' });
    for (const r of receivers) {
      const got = await eventually(
        async () => r.received.filter((x) => x.body.includes(attemptId)),
        (x) => x.length > 0,
      );
      expect(got).toHaveLength(1);
    }
    // A job run twice changes nothing: the same job id once more is a no-op.
    await stack.query(
      `UPDATE outbox SET sent_at = NULL WHERE type = 'attempt.submitted' AND aggregate_id = $1`,
      [attemptId],
    );
    await eventually(
      () =>
        stack.query(`SELECT sent_at FROM outbox WHERE type = 'attempt.submitted' AND aggregate_id = $1`, [
          attemptId,
        ]),
      (rows) => rows[0].sent_at !== null,
    );
    expect(await counts(attemptId)).toEqual(done);
    await second.stop();
  }, 300_000);

  it('SIGTERM mid-grading: the job is finished or handed back, never lost', async () => {
    const worker = await stack.spawnWorker({ GRADING_THREADS: '1' });
    // Two answers of up to 10 s each on one thread: longer than the shutdown grace period.
    const attemptId = await submitSlowAttempt(2);
    expect(
      await eventually(
        () => jobState(attemptId),
        (s) => s === 'active',
      ),
    ).toBe('active');
    worker.kill('SIGTERM');
    const exit = await worker.exited;
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    const handedBack = worker.logs.some((l) => l.msg?.includes('handed back') && l.attemptId === attemptId);
    const finished = worker.logs.some((l) => l.msg === 'grading job done' && l.attemptId === attemptId);
    expect(handedBack || finished).toBe(true);
    if (handedBack) expect(['waiting', 'delayed']).toContain(await jobState(attemptId));

    const next = await stack.spawnWorker({ GRADING_THREADS: '1' });
    const done = await eventually(
      () => counts(attemptId),
      (c) => c.deliveries === 2 && c.status === 'graded',
      150_000,
    );
    expect(done).toEqual({ results: 1, events: 1, deliveries: 2, status: 'graded' });
    const report = await stack.http.get(`/api/v1/attempts/${attemptId}`, { token: org.accessToken });
    const code = report.body.answers.filter((a) => a.type === 'code');
    expect(code.map((a) => a.verdict)).toEqual(['time_limit_exceeded', 'time_limit_exceeded']);
    await next.stop();
  }, 300_000);
});
