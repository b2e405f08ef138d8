import {
  PipelineStack,
  SignedUp,
  WebhookReceiver,
  correctResponse,
  eventually,
  inviteCandidates,
  publishAssessmentOf,
  signUp,
  takeAndSubmit,
} from '@assay/testing';

const SUBMISSIONS = 200;

/** Two worker processes (two graders, two outbox relays) race over the same submissions. */
describe('faults: two workers and two relays at once', () => {
  let stack: PipelineStack;
  let org: SignedUp;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    stack = await PipelineStack.start('race', { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    org = await signUp(stack.http);
    receiver = await WebhookReceiver.start([200]);
    const hook = await stack.http.post(
      '/api/v1/organization/webhooks',
      { url: receiver.url(), events: ['attempt.graded'] },
      { token: org.accessToken },
    );
    expect(hook.status).toBe(201);
  }, 120_000);

  afterEach(async () => {
    await stack?.stopWorkers();
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
    await receiver?.close();
  }, 60_000);

  it(`grades ${SUBMISSIONS} submissions exactly once each`, async () => {
    await Promise.all([
      stack.spawnWorker({ RECONCILE_AFTER_SECONDS: '3' }),
      stack.spawnWorker({ RECONCILE_AFTER_SECONDS: '3' }),
    ]);
    const assessment = await publishAssessmentOf(stack.http, org.accessToken, stack.query.bind(stack), [
      'single_choice',
      'multiple_choice',
      'code',
      'sql',
    ]);
    const byId = new Map(assessment.questions.map((q) => [q.id, q]));
    const candidates = await inviteCandidates(
      stack.http,
      org.accessToken,
      assessment.id,
      SUBMISSIONS,
      'race',
    );
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < candidates.length) {
          const c = candidates[next++];
          const res = await takeAndSubmit(stack.http, c.token, (q) => correctResponse(byId.get(q.id)!));
          expect(res.status).toBe(202);
        }
      }),
    );
    // Meanwhile, make the relays publish some rows a second time (as after a crash between add and commit).
    await stack.query(
      `UPDATE outbox SET sent_at = NULL
        WHERE id IN (SELECT id FROM outbox WHERE type = 'attempt.submitted' AND sent_at IS NOT NULL LIMIT 50)`,
    );

    const summary = () =>
      stack
        .query(
          `SELECT (SELECT count(*)::int FROM attempts WHERE assessment_id = $1 AND status = 'graded') AS graded,
                  (SELECT count(*)::int FROM attempt_results r JOIN attempts t ON t.id = r.attempt_id
                    WHERE t.assessment_id = $1) AS results,
                  (SELECT count(DISTINCT r.attempt_id)::int FROM attempt_results r JOIN attempts t ON t.id = r.attempt_id
                    WHERE t.assessment_id = $1) AS attempts_with_results,
                  (SELECT count(*)::int FROM outbox o JOIN attempts t ON t.id::text = o.aggregate_id
                    WHERE o.type = 'attempt.graded' AND t.assessment_id = $1) AS graded_events,
                  (SELECT count(*)::int FROM webhook_deliveries d
                    WHERE d.payload->'data'->>'assessmentId' = $1::text AND d.status = 'succeeded') AS delivered`,
          [assessment.id],
        )
        .then((rows) => rows[0]);
    const done = await eventually(
      summary,
      (s) => s.graded === SUBMISSIONS && s.delivered === SUBMISSIONS,
      180_000,
      500,
    );
    expect(done).toEqual({
      graded: SUBMISSIONS,
      results: SUBMISSIONS,
      attempts_with_results: SUBMISSIONS,
      graded_events: SUBMISSIONS,
      delivered: SUBMISSIONS,
    });
    // Every answer graded and correct; both workers took part.
    const [{ perfect }] = await stack.query(
      `SELECT count(*)::int AS perfect FROM attempt_results r JOIN attempts t ON t.id = r.attempt_id
        WHERE t.assessment_id = $1 AND r.score = r.max_score`,
      [assessment.id],
    );
    expect(perfect).toBe(SUBMISSIONS);
    for (const w of stack.workers) {
      expect(w.logs.some((l) => l.msg === 'grading job done' && l.outcome === 'graded')).toBe(true);
    }
    const hooks = receiver.received.map((r) => JSON.parse(r.body).data.attemptId as string);
    expect(new Set(hooks).size).toBe(SUBMISSIONS);
    expect(hooks).toHaveLength(SUBMISSIONS);
  }, 300_000);
});
