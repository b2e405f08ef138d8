import { OutboxRelay, QUEUES, QueueRegistry } from '@assay/queue';
import {
  PipelineStack,
  SignedUp,
  correctResponse,
  eventually,
  inviteCandidates,
  publishAssessmentOf,
  signUp,
  takeAndSubmit,
} from '@assay/testing';

/** Redis stops, or loses everything; the database still knows what must be graded. */
describe('faults: Redis goes away', () => {
  let stack: PipelineStack;
  let org: SignedUp;

  beforeAll(async () => {
    stack = await PipelineStack.start('redis');
    org = await signUp(stack.http);
  }, 120_000);

  afterEach(async () => {
    await stack?.stopWorkers();
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  async function gradedCounts(attemptIds: string[]) {
    const [row] = await stack.query(
      `SELECT count(*) FILTER (WHERE t.status = 'graded')::int AS graded,
              (SELECT count(*)::int FROM attempt_results r WHERE r.attempt_id = ANY($1::uuid[])) AS results,
              (SELECT count(DISTINCT r.attempt_id)::int FROM attempt_results r WHERE r.attempt_id = ANY($1::uuid[]))
                AS attempts_with_results
         FROM attempts t WHERE t.id = ANY($1::uuid[])`,
      [attemptIds],
    );
    return row as { graded: number; results: number; attempts_with_results: number };
  }

  async function attemptIds(invitationIds: string[]): Promise<string[]> {
    const rows = await stack.query<{ id: string }>(
      `SELECT id FROM attempts WHERE invitation_id = ANY($1::uuid[])`,
      [invitationIds],
    );
    return rows.map((r) => r.id);
  }

  it('Redis stopped: 20 submissions are all accepted (202), and all graded once Redis is back', async () => {
    const worker = await stack.spawnWorker();
    const assessment = await publishAssessmentOf(stack.http, org.accessToken, stack.query.bind(stack), [
      'single_choice',
      'numeric',
      'code',
    ]);
    const byId = new Map(assessment.questions.map((q) => [q.id, q]));
    const candidates = await inviteCandidates(stack.http, org.accessToken, assessment.id, 20, 'outage');
    for (const c of candidates) {
      expect((await stack.http.post(`/api/v1/take/${c.token}/start`)).status).toBe(200);
    }

    await stack.redis.stop();
    const statuses: number[] = [];
    for (const c of candidates) {
      statuses.push(
        (await takeAndSubmit(stack.http, c.token, (q) => correctResponse(byId.get(q.id)!))).status,
      );
    }
    expect(statuses).toEqual(Array(20).fill(202));
    const ids = await attemptIds(candidates.map((c) => c.invitationId));
    const [{ submitted }] = await stack.query(
      `SELECT count(*)::int AS submitted FROM attempts WHERE id = ANY($1::uuid[]) AND status = 'submitted'`,
      [ids],
    );
    expect(submitted).toBe(20);

    await stack.redis.start();
    const counts = await eventually(
      () => gradedCounts(ids),
      (c) => c.graded === 20,
      120_000,
    );
    expect(counts).toEqual({ graded: 20, results: 20, attempts_with_results: 20 });
    // Every event of theirs reached the queues (the last attempt.graded rows may still be on their way).
    const unsent = await eventually(
      () =>
        stack.query(
          `SELECT count(*)::int AS n FROM outbox WHERE aggregate_id = ANY($1::text[]) AND sent_at IS NULL
             AND type IN ('attempt.submitted', 'attempt.graded')`,
          [ids],
        ),
      (rows) => rows[0].n === 0,
    );
    expect(unsent[0].n).toBe(0);
    await worker.stop();
  }, 240_000);

  it('FLUSHALL after the jobs were relayed: the reconciler re-enqueues them and submits missed deadlines', async () => {
    const assessment = await publishAssessmentOf(stack.http, org.accessToken, stack.query.bind(stack), [
      'single_choice',
      'sql',
    ]);
    const byId = new Map(assessment.questions.map((q) => [q.id, q]));
    const candidates = await inviteCandidates(stack.http, org.accessToken, assessment.id, 11, 'flush');
    const [late, ...onTime] = candidates;
    expect((await stack.http.post(`/api/v1/take/${late.token}/start`)).status).toBe(200);
    for (const c of onTime) {
      expect((await takeAndSubmit(stack.http, c.token, (q) => correctResponse(byId.get(q.id)!))).status).toBe(
        202,
      );
    }
    // No worker yet: relay the outbox by hand (jobs reach Redis), then Redis loses everything.
    const relay = stack.app.get(OutboxRelay);
    while ((await relay.relayOnce()) > 0);
    const grading = stack.app.get(QueueRegistry).get(QUEUES.GRADING);
    expect((await grading.getJobCounts('waiting')).waiting).toBe(10);
    const lateId = (await attemptIds([late.invitationId]))[0];
    expect(
      await stack.app.get(QueueRegistry).get(QUEUES.DEADLINES).getJob(`autosubmit-${lateId}`),
    ).toBeDefined();
    // The late candidate's time ran out while the deadline job was lost with the rest.
    await stack.query(`UPDATE attempts SET deadline_at = now() - interval '5 minutes' WHERE id = $1`, [
      lateId,
    ]);
    expect(await stack.redis.command('FLUSHALL')).toBe('OK');
    expect((await grading.getJobCounts('waiting')).waiting).toBe(0);

    const worker = await stack.spawnWorker({ RECONCILE_AFTER_SECONDS: '2' });
    const ids = await attemptIds(candidates.map((c) => c.invitationId));
    const counts = await eventually(
      () => gradedCounts(ids),
      (c) => c.graded === 11,
      120_000,
    );
    expect(counts).toEqual({ graded: 11, results: 11, attempts_with_results: 11 });
    const [late_] = await stack.query(`SELECT submit_reason FROM attempts WHERE id = $1`, [lateId]);
    expect(late_.submit_reason).toBe('timeout');
    const recovered = worker.logs.filter((l) => l.msg === 'reconciler recovered attempts the queue had lost');
    expect(recovered.reduce((n, l) => n + Number(l.requeued), 0)).toBeGreaterThanOrEqual(10);
    expect(recovered.reduce((n, l) => n + Number(l.submitted), 0)).toBe(1);
    await worker.stop();
  }, 240_000);

  it('FLUSHALL with a worker running: the loss is noticed at once and every submitted attempt graded within 15 s', async () => {
    const worker = await stack.spawnWorker();
    await worker.ready();
    const assessment = await publishAssessmentOf(stack.http, org.accessToken, stack.query.bind(stack), [
      'single_choice',
      'numeric',
    ]);
    const byId = new Map(assessment.questions.map((q) => [q.id, q]));
    const candidates = await inviteCandidates(stack.http, org.accessToken, assessment.id, 30, 'live-flush');
    // Hold grading so the jobs sit in Redis when it loses them (FLUSHALL clears the pause with the rest).
    const grading = stack.app.get(QueueRegistry).get(QUEUES.GRADING);
    await grading.pause();
    for (const c of candidates) {
      expect((await takeAndSubmit(stack.http, c.token, (q) => correctResponse(byId.get(q.id)!))).status).toBe(
        202,
      );
    }
    const ids = await attemptIds(candidates.map((c) => c.invitationId));
    const queued = await eventually(
      () => grading.getJobCounts('waiting'),
      (c) => c.waiting === 30,
      60_000,
    );
    expect(queued.waiting).toBe(30);
    expect((await gradedCounts(ids)).graded).toBe(0);

    expect(await stack.redis.command('FLUSHALL')).toBe('OK');
    const flushedAt = Date.now();
    const counts = await eventually(
      () => gradedCounts(ids),
      (c) => c.graded === 30,
      60_000,
      100,
    );
    const seconds = (Date.now() - flushedAt) / 1000;
    console.log(`redis-outage: 30 submitted attempts graded ${seconds.toFixed(1)} s after FLUSHALL`);
    expect(counts).toEqual({ graded: 30, results: 30, attempts_with_results: 30 });
    expect(seconds).toBeLessThanOrEqual(15);
    expect(worker.logs.some((l) => String(l.msg).startsWith('Redis has no data marker'))).toBe(true);
    await worker.stop();
  }, 240_000);
});
