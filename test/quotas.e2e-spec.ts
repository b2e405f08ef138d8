import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  choiceQuestionBody,
  Http,
  inviteCandidates,
  mailbox,
  publishAssessment,
  SignedUp,
  signUp,
  startApi,
  startWorker,
  takeAndSubmit,
  TestResponse,
  uniqueEmail,
} from '@assay/testing';

/** Small limits, so the abuse is cheap to perform; each test uses an organization of its own. */
const LIMITS = {
  QUOTA_CANDIDATE_INVITATIONS_PER_DAY: '5',
  QUOTA_RESENDS_PER_INVITATION: '2',
  QUOTA_REGRADES_PER_DAY: '2',
  QUOTA_WEBHOOK_ENDPOINTS: '3',
  QUOTA_OWN_QUESTIONS: '4',
  QUOTA_SQL_SCHEMA_BYTES: '2048',
};

function expectQuotaProblem(res: TestResponse, quota: string, limit: number, maxRetryAfter: number) {
  expect(res.status).toBe(429);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.problem).toMatchObject({ status: 429, code: 'quota-exceeded', quota, limit });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxRetryAfter);
}

/** Issue 10, item 6: per-organization quotas, race-safe, answered with 429 naming the limit. */
describe('per-organization quotas (real PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let http: Http;
  let ds: DataSource;

  beforeAll(async () => {
    app = await startApi({ ...LIMITS, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    http = new Http(app);
    ds = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function openAssessment(org: SignedUp) {
    return publishAssessment(http, org.accessToken, { questionCount: 3 });
  }

  it('counts candidate invitations per day, exactly, under concurrent requests', async () => {
    const org = await signUp(http);
    const a = await openAssessment(org);
    const invite = (tag: string) =>
      http.post(
        `/api/v1/assessments/${a.id}/invitations`,
        { candidates: [{ email: uniqueEmail(tag), fullName: 'C' }] },
        { token: org.accessToken },
      );
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => invite(`race${i}`)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(4);
    for (const r of refused) expectQuotaProblem(r, 'candidate-invitations-per-day', 5, 86_400);
    const [{ count }] = await ds.query(
      `SELECT count(*)::int AS count FROM candidate_invitations WHERE assessment_id = $1`,
      [a.id],
    );
    expect(count).toBe(5);
    // Re-inviting a known email returns its invitation and costs nothing.
    const known = await http.post(
      `/api/v1/assessments/${a.id}/invitations`,
      { candidates: [{ email: results.find((r) => r.status === 201)!.body.items[0].email, fullName: 'C' }] },
      { token: org.accessToken },
    );
    expect(known.status).toBe(201);
  });

  it('limits resends per invitation, and resends count towards the daily invitations', async () => {
    const org = await signUp(http);
    const a = await openAssessment(org);
    const [inv] = await inviteCandidates(http, org.accessToken, a.id, 1, 'resend');
    const resend = () =>
      http.post(`/api/v1/assessments/${a.id}/invitations/${inv.invitationId}/resend`, undefined, {
        token: org.accessToken,
      });
    expect((await resend()).status).toBe(200);
    expect((await resend()).status).toBe(200);
    expectQuotaProblem(await resend(), 'resends-per-invitation', 2, 86_400);
    // 1 invitation + 2 resends of the daily 5: two more invitations fit, a third does not.
    await inviteCandidates(http, org.accessToken, a.id, 2, 'fill');
    const over = await http.post(
      `/api/v1/assessments/${a.id}/invitations`,
      { candidates: [{ email: uniqueEmail('over'), fullName: 'C' }] },
      { token: org.accessToken },
    );
    expectQuotaProblem(over, 'candidate-invitations-per-day', 5, 86_400);
  });

  it('limits re-grades per day', async () => {
    const org = await signUp(http);
    const a = await openAssessment(org);
    const [c] = await inviteCandidates(http, org.accessToken, a.id, 1, 'regrade');
    expect((await takeAndSubmit(http, c.token, () => undefined)).status).toBe(202);
    const [{ id }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [c.invitationId]);
    const regrade = () => http.post(`/api/v1/attempts/${id}/regrade`, undefined, { token: org.accessToken });
    const results = await Promise.all([regrade(), regrade(), regrade(), regrade()]);
    expect(results.filter((r) => r.status === 202)).toHaveLength(2);
    for (const r of results.filter((x) => x.status !== 202))
      expectQuotaProblem(r, 'regrades-per-day', 2, 86_400);
  });

  it('limits webhook endpoints, exactly, under concurrent requests', async () => {
    const org = await signUp(http);
    const create = (i: number) =>
      http.post(
        '/api/v1/organization/webhooks',
        { url: `http://127.0.0.1:9/hook-${i}`, events: ['attempt.graded'] },
        { token: org.accessToken },
      );
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map(create));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    for (const r of results.filter((x) => x.status !== 201))
      expectQuotaProblem(r, 'webhook-endpoints', 3, 86_400);
    // Deleting one makes room again.
    const first = results.find((r) => r.status === 201)!;
    expect(
      (await http.delete(`/api/v1/organization/webhooks/${first.body.id}`, { token: org.accessToken }))
        .status,
    ).toBe(204);
    expect((await create(9)).status).toBe(201);
  });

  it('limits an organization’s own questions, exactly, under concurrent requests', async () => {
    const org = await signUp(http);
    const other = await signUp(http);
    const results = await Promise.all(
      Array.from({ length: 7 }, () =>
        http.post('/api/v1/questions', choiceQuestionBody(), { token: org.accessToken }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(4);
    for (const r of results.filter((x) => x.status !== 201))
      expectQuotaProblem(r, 'own-questions', 4, 86_400);
    // Another organization has its own allowance.
    expect(
      (await http.post('/api/v1/questions', choiceQuestionBody(), { token: other.accessToken })).status,
    ).toBe(201);
  });

  it('sends candidate invitations with no text the inviter chose but the organization’s name', async () => {
    const worker = await startWorker();
    try {
      const org = await signUp(http, { organizationName: `Acme Hiring ${uniqueEmail('o').slice(0, 12)}` });
      const a = await openAssessment(org);
      const title = 'URGENT your payroll account is locked, confirm at pay-roll-help.example';
      expect(
        (await http.patch(`/api/v1/assessments/${a.id}`, { title }, { token: org.accessToken })).status,
      ).toBe(200);
      const email = uniqueEmail('spam');
      const invited = await http.post(
        `/api/v1/assessments/${a.id}/invitations`,
        { candidates: [{ email, fullName: 'Call +1 555 0100 or visit win-a-prize.example today' }] },
        { token: org.accessToken },
      );
      expect(invited.status).toBe(201);
      const mail = await mailbox().waitFor((m) => m.to.includes(email));
      const all = `${mail.subject}\n${mail.text}\n${mail.html}`;
      for (const typed of ['payroll', 'pay-roll-help.example', '555 0100', 'win-a-prize.example']) {
        expect(all).not.toContain(typed);
      }
      const [{ name }] = await ds.query(`SELECT name FROM organizations WHERE id = $1`, [org.organizationId]);
      expect(mail.subject).toContain(name);
      expect(mail.text).toContain(invited.body.items[0].url);
    } finally {
      await worker.close();
    }
  });

  it('refuses an SQL schema over the size limit at authoring, naming the field', async () => {
    const org = await signUp(http);
    const rows = Array.from({ length: 200 }, (_, i) => `(${i}, 'customer number ${i}')`).join(', ');
    const schema = `CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES ${rows};`;
    expect(Buffer.byteLength(schema)).toBeGreaterThan(2048);
    const res = await http.post(
      '/api/v1/questions',
      {
        type: 'sql',
        skill: 'sql-relational-databases',
        difficulty: 2,
        prompt: 'List every customer.',
        points: 2,
        schema,
        answerKey: { expectedQuery: 'SELECT id, name FROM customers', ordered: false },
      },
      { token: org.accessToken },
    );
    expect(res.status).toBe(400);
    expect(res.problem.errors).toEqual([{ field: 'schema', message: 'must be at most 2048 bytes' }]);
  });
});
