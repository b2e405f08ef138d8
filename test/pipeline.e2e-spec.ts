import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Webhook } from 'standardwebhooks';
import { verifyWebhook } from '@assay/notifications';
import {
  type ApiBody,
  addMember,
  candidateSecretsIn,
  correctResponse,
  eventually,
  Http,
  inviteCandidates,
  isolatedDatabase,
  IsolatedDatabase,
  type KeyedQuestion,
  mailbox,
  makePlatformAdmin,
  publishAssessment,
  SignedUp,
  signUp,
  startApi,
  startWorker,
  takeAndSubmit,
  TestRedis,
  WebhookReceiver,
  withAnswerKeys,
} from '@assay/testing';

/**
 * The grading pipeline end to end: API and worker (in this process) on a database and Redis of this file's
 * own, a local webhook receiver, the run's SMTP capture.
 */
type Report = ApiBody<'/api/v1/attempts/{id}', 'get'>;
type Question = ApiBody<'/api/v1/assessments/{id}', 'get'>['questions'][number];
type Level = keyof NonNullable<Report['levelFit']>['levels'];
/** A code answer's grader details (the report documents `details` as an open object). */
interface CodeDetails {
  total: number;
  hiddenTestsTotal: number;
  hiddenTestsPassed: number;
  tests: { hidden?: boolean; args: unknown }[];
}
type Deliveries = ApiBody<'/api/v1/organization/webhooks/{id}/deliveries', 'get'>;

describe('grading pipeline, results and notifications (real PostgreSQL, Redis, SMTP, HTTP)', () => {
  let db: IsolatedDatabase;
  let redis: TestRedis;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let ds: DataSource;
  let org: SignedUp;
  let other: SignedUp;
  let receiver: WebhookReceiver;
  let webhook: { id: string; secret: string };

  beforeAll(async () => {
    db = await isolatedDatabase('pipeline');
    redis = await TestRedis.start();
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      RECONCILE_AFTER_SECONDS: '5',
    };
    app = await startApi(env);
    worker = await startWorker(env);
    http = new Http(app);
    ds = app.get(DataSource);
    org = await signUp(http);
    other = await signUp(http);
    receiver = await WebhookReceiver.start([200]);
    const created = await http.post(
      '/api/v1/organization/webhooks',
      { url: receiver.url(), events: ['attempt.graded'] },
      { token: org.accessToken },
    );
    expect(created.status).toBe(201);
    webhook = created.body;
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await receiver?.close();
    await redis?.destroy();
    await db?.drop();
  }, 60_000);

  async function attemptIdOf(invitationId: string): Promise<string> {
    const rows = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [invitationId]);
    return rows[0].id;
  }

  async function reportWhen(attemptId: string, done: (report: Report) => boolean, token = org.accessToken) {
    const res = await eventually(
      () => http.get<Report>(`/api/v1/attempts/${attemptId}`, { token }),
      (r) => r.status === 200 && done(r.body),
    );
    expect(res.status).toBe(200);
    return res.body;
  }

  it('grades a submission from signup to webhook: report, candidate list, email, signed webhook', async () => {
    // A fixed seed: the same 20 questions every run (the level fit below depends on which one is skipped).
    const assessment = await publishAssessment(http, org.accessToken, {
      questionCount: 20,
      seed: 'pipeline-e2e',
      settings: { showScoreToCandidate: true },
    });
    const byId = new Map<string, KeyedQuestion>(assessment.questions.map((q: KeyedQuestion) => [q.id, q]));
    const [candidate] = await inviteCandidates(http, org.accessToken, assessment.id, 1, 'flow');
    // All correct but the first question, left unanswered.
    const first = assessment.questions[0].id;
    await http.post(`/api/v1/take/${candidate.token}/start`);
    for (const type of ['tab_hidden', 'tab_hidden', 'paste']) {
      expect((await http.post(`/api/v1/take/${candidate.token}/events`, { type })).status).toBe(202);
    }
    const submitted = await takeAndSubmit(http, candidate.token, (q) =>
      q.id === first ? undefined : correctResponse(byId.get(q.id)!),
    );
    expect(submitted.status).toBe(202);
    const attemptId = await attemptIdOf(candidate.invitationId);

    const report = await reportWhen(attemptId, (r) => r.status === 'graded');
    const maxScore = assessment.questions.reduce((s: number, q) => s + q.points, 0);
    const firstPoints = assessment.questions[0].points;
    expect(report).toMatchObject({
      id: attemptId,
      status: 'graded',
      assessmentId: assessment.id,
      invitationId: candidate.invitationId,
      candidate: { email: candidate.email, fullName: 'Candidate 0' },
      maxScore,
      score: maxScore - firstPoints,
      passed: true,
      pendingReview: 0,
      gradingError: null,
      result: { revision: 1, reason: 'initial', graderVersion: expect.stringMatching(/^assay-grading\//) },
    });
    expect(report.percentage).toBeCloseTo((100 * (maxScore - firstPoints)) / maxScore, 1);
    expect(Object.keys(report.levelFit!.levels).sort()).toEqual(['junior', 'lead', 'mid', 'senior']);
    for (const fit of Object.values(report.levelFit!.levels))
      expect(fit === null || typeof fit === 'number').toBe(true);
    // A mid form recommends mid at most, or withholds and says why (docs/decisions/0120-scoring-model.md).
    expect([null, 'junior', 'mid']).toContain(report.levelFit!.recommended);
    expect(report.levelFit!.evidence).toMatchObject({ assessedLevel: 'mid', summary: expect.any(String) });
    const skills = new Set(assessment.questions.map((q) => q.skill));
    expect(report.skills.map((s) => s.skill).sort()).toEqual([...skills].sort());
    // The level above the recommendation (junior when none) and the skills below its bar.
    const order: Level[] = ['junior', 'mid', 'senior', 'lead'];
    const next = order[order.indexOf(report.levelFit!.recommended as Level) + 1];
    expect(report.levelFit!.blocking).toMatchObject({
      level: next,
      evidenced: report.levelFit!.levels[next] !== null,
    });
    for (const b of report.levelFit!.blocking!.skills) {
      expect(b.proficiency).toBeLessThan(b.required);
      expect(report.skills.find((s) => s.skill === b.skill)?.proficiency).toBe(b.proficiency);
    }
    const skillSum = report.skills.reduce((s: number, k) => s + k.maxScore, 0);
    expect(skillSum).toBeCloseTo(maxScore, 2);
    expect(report.answers).toHaveLength(20);
    expect(report.answers[0]).toMatchObject({ questionId: first, verdict: 'unanswered', score: 0 });
    for (const a of report.answers.slice(1)) {
      expect(['correct', 'accepted']).toContain(a.verdict);
      expect(a.score).toBe(a.maxScore);
    }
    // Code answers on catalog questions: the visible tests with their inputs; hidden tests only counted.
    const code = report.answers.find((a) => a.type === 'code');
    expect(code).toBeDefined();
    const details = code!.details as unknown as CodeDetails;
    expect(details.hiddenTestsTotal).toBeGreaterThan(0);
    expect(details.hiddenTestsPassed).toBe(details.hiddenTestsTotal);
    expect(details.tests.length + details.hiddenTestsTotal).toBe(details.total);
    for (const t of details.tests) {
      expect(t.hidden).toBeUndefined();
      expect(Array.isArray(t.args)).toBe(true);
    }
    expect(report.eventSummary).toEqual({ total: 3, byType: { tab_hidden: 2, paste: 1 } });
    expect(report.events).toHaveLength(3);
    expect(typeof report.timeSpentSeconds).toBe('number');
    expect(report.submittedAt).not.toBeNull();
    expect(report.gradedAt).not.toBeNull();

    // The candidate list shows the score; the candidate sees their percentage and nothing more.
    const list = await http.get(`/api/v1/assessments/${assessment.id}/candidates?sort=-score`, {
      token: org.accessToken,
    });
    expect(list.body.items[0]).toMatchObject({
      attemptId,
      status: 'graded',
      score: report.score,
      maxScore,
      percentage: report.percentage,
      passed: true,
      recommendedLevel: report.levelFit!.recommended,
    });
    const intro = await http.get(`/api/v1/take/${candidate.token}`);
    expect(intro.body.status).toBe('graded');
    expect(intro.body.result).toEqual({ percentage: report.percentage });
    expect(candidateSecretsIn(intro.body)).toEqual([]);
    const resumed = await http.post(`/api/v1/take/${candidate.token}/start`);
    expect(candidateSecretsIn(resumed.body.questions)).toEqual([]);

    // The creator's email, and one signed webhook delivery.
    const mail = await mailbox().waitFor((m) => m.to.includes(org.email) && m.text.includes('Candidate 0'));
    expect(mail.subject).toContain('Candidate 0');
    expect(mail.text).toContain(`${report.percentage}%`);
    const received = await eventually(
      async () => receiver.received.filter((r) => r.body.includes(attemptId)),
      (r) => r.length > 0,
    );
    expect(received).toHaveLength(1);
    const hook = received[0];
    expect(
      verifyWebhook(
        webhook.secret,
        {
          id: String(hook.headers['webhook-id']),
          timestamp: String(hook.headers['webhook-timestamp']),
          signature: String(hook.headers['webhook-signature']),
        },
        hook.body,
      ),
    ).toBe(true);
    expect(
      verifyWebhook(
        webhook.secret,
        {
          id: 'other',
          timestamp: String(hook.headers['webhook-timestamp']),
          signature: String(hook.headers['webhook-signature']),
        },
        hook.body,
      ),
    ).toBe(false);
    // The Standard Webhooks reference library accepts the real delivery, and rejects a tampered body.
    const reference = new Webhook(webhook.secret);
    const deliveredHeaders = {
      'webhook-id': String(hook.headers['webhook-id']),
      'webhook-timestamp': String(hook.headers['webhook-timestamp']),
      'webhook-signature': String(hook.headers['webhook-signature']),
    };
    expect(reference.verify(hook.body, deliveredHeaders)).toMatchObject({ type: 'attempt.graded' });
    expect(() =>
      reference.verify(hook.body.replace('"passed":true', '"passed":false'), deliveredHeaders),
    ).toThrow();
    const payload = JSON.parse(hook.body);
    expect(payload).toMatchObject({
      type: 'attempt.graded',
      data: {
        assessmentId: assessment.id,
        invitationId: candidate.invitationId,
        attemptId,
        candidate: { email: candidate.email, fullName: 'Candidate 0' },
        score: report.score,
        maxScore,
        percentage: report.percentage,
        passed: true,
        recommendedLevel: report.levelFit!.recommended,
      },
    });
    expect(Date.parse(payload.timestamp)).not.toBeNaN();
    const deliveries = await eventually(
      () =>
        http.get<Deliveries>(`/api/v1/organization/webhooks/${webhook.id}/deliveries`, {
          token: org.accessToken,
        }),
      (r) => r.body.items.some((d) => d.status === 'succeeded'),
    );
    expect(deliveries.body.items[0]).toMatchObject({
      event: 'attempt.graded',
      status: 'succeeded',
      attempts: 1,
      responseStatus: 200,
    });

    // Exactly one result, one attempt.graded event.
    const [{ n: results }] = await ds.query(
      `SELECT count(*)::int AS n FROM attempt_results WHERE attempt_id = $1`,
      [attemptId],
    );
    expect(results).toBe(1);
    const [{ n: events }] = await ds.query(
      `SELECT count(*)::int AS n FROM outbox WHERE type = 'attempt.graded' AND aggregate_id = $1`,
      [attemptId],
    );
    expect(events).toBe(1);
  });

  it('scores essays by hand and re-grades, keeping every previous result', async () => {
    const essay = await http.post(
      '/api/v1/questions',
      {
        type: 'essay',
        skill: 'system-design',
        difficulty: 3,
        prompt: 'How would you make payment webhooks reliable?',
        points: 10,
        answerKey: { rubric: 'Retries with backoff, idempotency keys, signatures, an outbox.' },
      },
      { token: org.accessToken },
    );
    expect(essay.status).toBe(201);
    const draft = await http.post(
      '/api/v1/assessments',
      { roleSlug: 'back-end-engineer', level: 'mid', questionCount: 4 },
      { token: org.accessToken },
    );
    const ids = [essay.body.id, ...draft.body.questions.map((q: Question) => q.questionId)];
    const set = await http.put(
      `/api/v1/assessments/${draft.body.id}/questions`,
      { questionIds: ids },
      { token: org.accessToken },
    );
    expect(set.status).toBe(200);
    const published = await http.post(`/api/v1/assessments/${draft.body.id}/publish`, undefined, {
      token: org.accessToken,
    });
    const assessment = await withAnswerKeys(http, published.body);
    const byId = new Map<string, KeyedQuestion>(assessment.questions.map((q: KeyedQuestion) => [q.id, q]));
    const essayQ = assessment.questions.find((q) => q.type === 'essay')!;
    const choiceQ = assessment.questions.find((q) => q.type !== 'essay')!;
    const [candidate] = await inviteCandidates(http, org.accessToken, assessment.id, 1, 'essay');
    await takeAndSubmit(http, candidate.token, (q) => correctResponse(byId.get(q.id)!));
    const attemptId = await attemptIdOf(candidate.invitationId);

    const graded = await reportWhen(attemptId, (r) => r.status === 'graded');
    const essayAnswer = graded.answers.find((a) => a.questionId === essayQ.id);
    expect(essayAnswer).toMatchObject({ verdict: 'pending_review', score: 0, maxScore: 10 });
    expect(graded.pendingReview).toBe(1);
    const maxScore = graded.maxScore!;
    expect(graded.score).toBe(maxScore - 10);

    const recruiter = await addMember(http, org, 'recruiter');
    const url = `/api/v1/attempts/${attemptId}/answers/${essayQ.id}/score`;
    expect((await http.post(url, { score: 11 }, { token: recruiter.accessToken })).status).toBe(422);
    const bad = await http.post(url, { score: -1, extra: true }, { token: recruiter.accessToken });
    expect(bad.status).toBe(400);
    expect(bad.problem.errors!.map((e) => e.field).sort()).toEqual(['extra', 'score']);
    const notEssay = await http.post(
      `/api/v1/attempts/${attemptId}/answers/${choiceQ.id}/score`,
      { score: 1 },
      { token: recruiter.accessToken },
    );
    expect(notEssay.status).toBe(422);

    const scored = await http.post<Report>(
      url,
      { score: 7.5, comment: 'Good on retries.' },
      { token: recruiter.accessToken },
    );
    expect(scored.status).toBe(200);
    expect(scored.body).toMatchObject({
      score: maxScore - 2.5,
      pendingReview: 0,
      result: { revision: 2, reason: 'manual_score' },
    });
    const scoredEssay = scored.body.answers.find((a) => a.questionId === essayQ.id);
    expect(scoredEssay).toMatchObject({
      verdict: 'partial',
      score: 7.5,
      review: { scoredByUserId: recruiter.userId, comment: 'Good on retries.' },
    });
    const essaySkill = scored.body.skills.find((s) => s.skill === 'system-design')!;
    expect(essaySkill.score).toBeGreaterThanOrEqual(7.5);
    expect(scored.body.history.map((h) => [h.revision, h.reason, h.isCurrent])).toEqual([
      [2, 'manual_score', true],
      [1, 'initial', false],
    ]);
    expect(scored.body.history[1].score).toBe(maxScore - 10);

    // Re-grading is for admins and owners; it keeps the hand score and adds a revision.
    expect(
      (await http.post(`/api/v1/attempts/${attemptId}/regrade`, undefined, { token: recruiter.accessToken }))
        .status,
    ).toBe(403);
    const regrade = await http.post(`/api/v1/attempts/${attemptId}/regrade`, undefined, {
      token: org.accessToken,
    });
    expect(regrade.status).toBe(202);
    expect(regrade.body).toMatchObject({ attemptId, status: 'regrade_requested' });
    const regraded = await reportWhen(attemptId, (r) => r.result?.revision === 3);
    expect(regraded).toMatchObject({
      status: 'graded',
      score: maxScore - 2.5,
      result: { reason: 'regrade' },
    });
    expect(regraded.answers.find((a) => a.questionId === essayQ.id)).toMatchObject({
      score: 7.5,
      verdict: 'partial',
    });
    expect(regraded.history.map((h) => h.reason)).toEqual(['regrade', 'manual_score', 'initial']);
    const candidates = await http.get(`/api/v1/assessments/${assessment.id}/candidates`, {
      token: org.accessToken,
    });
    expect(candidates.body.items[0].score).toBe(maxScore - 2.5);
  });

  it('turns a poison attempt into grading_error, visible and re-gradable', async () => {
    const assessment = await publishAssessment(http, org.accessToken, { questionCount: 3 });
    const [candidate] = await inviteCandidates(http, org.accessToken, assessment.id, 1, 'poison');
    await http.post(`/api/v1/take/${candidate.token}/start`);
    const attemptId = await attemptIdOf(candidate.invitationId);
    // The attempt claims to have shown a question its assessment does not have: no retry can fix that.
    const [{ question_order: order }] = await ds.query(`SELECT question_order FROM attempts WHERE id = $1`, [
      attemptId,
    ]);
    await ds.query(`UPDATE attempts SET question_order = $2::jsonb WHERE id = $1`, [
      attemptId,
      JSON.stringify([...order.slice(1), '0190aaaa-0000-7000-8000-00000000dead']),
    ]);
    expect((await http.post(`/api/v1/take/${candidate.token}/submit`)).status).toBe(202);

    const failed = await reportWhen(attemptId, (r) => r.status === 'grading_error');
    expect(failed.gradingError).toMatch(/cannot be graded/);
    expect(failed.score).toBeNull();
    const list = await http.get(`/api/v1/assessments/${assessment.id}/candidates`, {
      token: org.accessToken,
    });
    expect(list.body.items[0].status).toBe('grading_error');
    // The candidate is not told about it.
    expect((await http.get(`/api/v1/take/${candidate.token}`)).body.status).toBe('submitted');
    // One failed job, not a retry loop.
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM attempt_results WHERE attempt_id = $1`, [
      attemptId,
    ]);
    expect(n).toBe(0);

    await ds.query(`UPDATE attempts SET question_order = $2::jsonb WHERE id = $1`, [
      attemptId,
      JSON.stringify(order),
    ]);
    expect(
      (await http.post(`/api/v1/attempts/${attemptId}/regrade`, undefined, { token: org.accessToken }))
        .status,
    ).toBe(202);
    const regraded = await reportWhen(attemptId, (r) => r.status === 'graded');
    expect(regraded).toMatchObject({ gradingError: null, result: { revision: 1, reason: 'regrade' } });
  });

  it('answers 404 for another organization’s attempt on every route', async () => {
    const assessment = await publishAssessment(http, org.accessToken, { questionCount: 2 });
    const [candidate] = await inviteCandidates(http, org.accessToken, assessment.id, 1, 'tenant');
    await http.post(`/api/v1/take/${candidate.token}/start`);
    const attemptId = await attemptIdOf(candidate.invitationId);
    const questionId = assessment.questions[0].id;
    const t = { token: other.accessToken };
    const random = '0190aaaa-0000-7000-8000-000000000abc';
    for (const id of [attemptId, random, 'not-a-uuid']) {
      const get = await http.get(`/api/v1/attempts/${id}`, t);
      expect(get.status).toBe(404);
      expect(get.headers['content-type']).toContain('application/problem+json');
      expect(
        (await http.post(`/api/v1/attempts/${id}/answers/${questionId}/score`, { score: 1 }, t)).status,
      ).toBe(404);
      expect((await http.post(`/api/v1/attempts/${id}/regrade`, undefined, t)).status).toBe(404);
    }
    const foreign = await http.get(`/api/v1/attempts/${attemptId}`, t);
    const missing = await http.get(`/api/v1/attempts/${random}`, t);
    expect(foreign.problem.detail).toBe(missing.problem.detail);
    // In progress: nothing to re-grade or score yet.
    expect(
      (await http.post(`/api/v1/attempts/${attemptId}/regrade`, undefined, { token: org.accessToken }))
        .status,
    ).toBe(409);
    expect((await http.get(`/api/v1/attempts/${attemptId}`)).status).toBe(401);
  });

  it('serves the queue dashboard to platform admins only', async () => {
    expect((await http.get('/admin/queues')).status).toBe(401);
    const denied = await http.get('/admin/queues', { token: org.accessToken });
    expect(denied.status).toBe(403);
    expect(denied.headers['content-type']).toContain('application/problem+json');
    const key = await http.post('/api/v1/organization/api-keys', { name: 'ci' }, { token: org.accessToken });
    expect((await http.get('/admin/queues/api/queues', { token: key.body.key })).status).toBe(403);
    expect(
      (await http.post('/api/v1/admin/queues/session', undefined, { token: org.accessToken })).status,
    ).toBe(403);

    const admin = await makePlatformAdmin(app, await signUp(http));
    const page = await http.get('/admin/queues', { token: admin.accessToken });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    // Bull Board's own API (not an operation of the document): only the queue names are read.
    const queues = await http.get<{ queues: { name: string }[] }>('/admin/queues/api/queues', {
      token: admin.accessToken,
    });
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name)).toEqual(
      expect.arrayContaining(['grading', 'notifications', 'webhooks', 'mail', 'maintenance']),
    );

    const session = await http.post('/api/v1/admin/queues/session', undefined, { token: admin.accessToken });
    expect(session.status).toBe(204);
    const cookie = String(session.headers['set-cookie']);
    expect(cookie).toMatch(
      /^assay_queues=[^;]+; Path=\/admin\/queues; Max-Age=\d+; HttpOnly; SameSite=Strict/,
    );
    const viaCookie = await http.get('/admin/queues', { headers: { cookie: cookie.split(';')[0] } });
    expect(viaCookie.status).toBe(200);
  });
});
