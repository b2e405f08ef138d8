import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  Http,
  inviteCandidates,
  type Problem,
  publishAssessment,
  SignedUp,
  signUp,
  startApi,
} from '@assay/testing';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const SOME_ID = '0193c4f2-7a1e-7cc2-9a4e-3f1b2c3d4e5f';

/** Issue 10, low items of the content half: cursors, closed assessments, proctoring time. */
describe('input and state holes (real PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let http: Http;
  let ds: DataSource;
  let org: SignedUp;

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
    ds = app.get(DataSource);
    org = await signUp(http);
  });
  afterAll(async () => {
    await app?.close();
  });

  function expectCursorProblem(res: { status: number; problem: Problem }) {
    expect(res.status).toBe(400);
    expect(res.problem.errors!.map((e) => e.field)).toContain('cursor');
  }

  it('answers a malformed cursor with a 400 naming it, never a 500', async () => {
    const a = await publishAssessment(http, org.accessToken, { questionCount: 2 });
    const t = { token: org.accessToken };
    // Each of these passed the old checks and failed in PostgreSQL.
    expectCursorProblem(
      await http.get(`/api/v1/assessments?cursor=${cursorOf({ createdAt: '1', id: SOME_ID })}`, t),
    );
    expectCursorProblem(
      await http.get(
        `/api/v1/assessments?cursor=${cursorOf({ createdAt: '2026-02-30T00:00:00Z', id: SOME_ID })}`,
        t,
      ),
    );
    expectCursorProblem(
      await http.get(
        `/api/v1/assessments/${a.id}/candidates?sort=submittedAt&cursor=${cursorOf({ v: 'Tue', id: SOME_ID })}`,
        t,
      ),
    );
    expectCursorProblem(await http.get(`/api/v1/roles?cursor=${cursorOf(['a\u0000', 'b'])}`));
    expectCursorProblem(await http.get(`/api/v1/questions?cursor=not-a-cursor`, t));
    // A real cursor still pages.
    await publishAssessment(http, org.accessToken, { questionCount: 2 });
    const first = await http.get('/api/v1/assessments?limit=1', t);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect((await http.get(`/api/v1/assessments?limit=1&cursor=${first.body.nextCursor}`, t)).status).toBe(
      200,
    );
  });

  it('refuses answers once the assessment is closed or archived, on the cached autosave path too', async () => {
    const closing = await publishAssessment(http, org.accessToken, { questionCount: 2 });
    const archiving = await publishAssessment(http, org.accessToken, { questionCount: 2 });
    const [c1] = await inviteCandidates(http, org.accessToken, closing.id, 1, 'closing');
    const [c2] = await inviteCandidates(http, org.accessToken, archiving.id, 1, 'archiving');
    const answer = async (token: string) => {
      const start = await http.post(`/api/v1/take/${token}/start`);
      const q =
        start.body.questions.find((x) => x.type === 'single_choice' || x.type === 'multiple_choice') ??
        start.body.questions[0];
      const response =
        q.type === 'single_choice'
          ? { optionId: q.options![0].id }
          : q.type === 'multiple_choice'
            ? { optionIds: [q.options![0].id] }
            : q.type === 'code'
              ? { language: q.languages![0], code: 'function f() {}' }
              : q.type === 'sql'
                ? { query: 'SELECT 1' }
                : q.type === 'numeric'
                  ? { value: 1 }
                  : { text: 'x' };
      return () => http.put(`/api/v1/take/${token}/answers/${q.id}`, { response });
    };
    const save1 = await answer(c1.token);
    const save2 = await answer(c2.token);
    // The first save puts the attempt in the API's cache; later saves skip the token lookup.
    const firstSave = await save1();
    expect(firstSave.status).toBe(200);
    expect((await save2()).status).toBe(200);

    expect(
      (await http.post(`/api/v1/assessments/${closing.id}/close`, undefined, { token: org.accessToken }))
        .status,
    ).toBe(200);
    expect(
      (await http.post(`/api/v1/assessments/${archiving.id}/archive`, undefined, { token: org.accessToken }))
        .status,
    ).toBe(200);

    const closed = await save1();
    expect(closed.status).toBe(409);
    expect(closed.problem.code).toBe('assessment-closed');
    const archived = await save2();
    expect(archived.status).toBe(410);
    expect(archived.problem.code).toBe('assessment-archived');
    // What was saved before stays as it was.
    const rows: { saved_at: Date }[] = await ds.query(
      `SELECT a.saved_at FROM answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.invitation_id = $1`,
      [c1.invitationId],
    );
    expect(rows.map((r) => r.saved_at.toISOString())).toEqual([firstSave.body.savedAt]);
    // The candidate of the closed assessment can still hand in what they saved.
    expect((await http.post(`/api/v1/take/${c1.token}/submit`)).status).toBe(202);
  });

  it('keeps the server’s receive time for proctoring events, with the candidate’s clock beside it', async () => {
    const a = await publishAssessment(http, org.accessToken, { questionCount: 2 });
    const [c] = await inviteCandidates(http, org.accessToken, a.id, 1, 'clock');
    expect((await http.post(`/api/v1/take/${c.token}/start`)).status).toBe(200);
    const before = Date.now();
    const sent = await http.post(`/api/v1/take/${c.token}/events`, {
      type: 'tab_hidden',
      at: '2001-01-01T00:00:00Z',
    });
    const after = Date.now();
    expect(sent.status).toBe(202);
    expect((await http.post(`/api/v1/take/${c.token}/events`, { type: 'paste' })).status).toBe(202);
    const [{ id }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [c.invitationId]);
    const report = await http.get(`/api/v1/attempts/${id}`, { token: org.accessToken });
    expect(report.status).toBe(200);
    const [hidden, paste] = report.body.events;
    expect(hidden.type).toBe('tab_hidden');
    const at = Date.parse(hidden.at);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(after + 1000);
    expect(hidden.clientAt).toBe('2001-01-01T00:00:00.000Z');
    expect(paste).toMatchObject({ type: 'paste', clientAt: null });
  });
});
