import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { QUEUES, QueueRegistry } from '@assay/queue';
import {
  type ApiBody,
  candidateSecretsIn,
  eventually,
  Http,
  mailbox,
  SignedUp,
  signUp,
  startApi,
  startWorker,
  publishAssessmentOf,
  uniqueEmail,
  type TestResponse,
  validResponse,
} from '@assay/testing';

type Assessment = ApiBody<'/api/v1/assessments/{id}', 'get'>;
type Question = Assessment['questions'][number];
type AssessmentPage = ApiBody<'/api/v1/assessments', 'get'>;
type Invitations = ApiBody<'/api/v1/assessments/{id}/invitations', 'post', 201>;
type CandidatePage = ApiBody<'/api/v1/assessments/{id}/candidates', 'get'>;
type TakeStart = ApiBody<'/api/v1/take/{token}/start', 'post'>;
type Report = ApiBody<'/api/v1/attempts/{id}', 'get'>;

function tokenOf(url: string): string {
  return url.split('/take/')[1];
}

describe('assessments and the candidate flow (real PostgreSQL, Redis, SMTP)', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let org: SignedUp;
  let other: SignedUp;

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    http = new Http(app);
    org = await signUp(http);
    other = await signUp(http);
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
  });

  async function composeAndPublish(body: Record<string, unknown> = {}) {
    const created = await http.post(
      '/api/v1/assessments',
      { roleSlug: 'back-end-engineer', level: 'mid', ...body },
      { token: org.accessToken },
    );
    expect(created.status).toBe(201);
    const published = await http.post<Assessment>(
      `/api/v1/assessments/${created.body.id}/publish`,
      undefined,
      {
        token: org.accessToken,
      },
    );
    expect(published.status).toBe(200);
    return published.body;
  }

  it('composes a draft from a role and a level', async () => {
    const res = await http.post<Assessment>(
      '/api/v1/assessments',
      { roleSlug: 'back-end-engineer', level: 'senior', forms: 'fixed' },
      { token: org.accessToken },
    );
    expect(res.status).toBe(201);
    const a = res.body;
    expect(a).toMatchObject({
      status: 'draft',
      level: 'senior',
      passingScore: 60,
      role: { slug: 'back-end-engineer' },
    });
    expect(a.questions).toHaveLength(20);
    expect(new Set(a.questions.map((q) => q.questionId)).size).toBe(20);
    expect(a.questions.some((q) => q.type === 'code' || q.type === 'sql')).toBe(true);
    // Catalog questions name their source and come without their keys (docs/decisions/0610).
    expect(a.questions.every((q) => q.source.library === 'global' && !('answerKey' in q))).toBe(true);
    expect(a.questions.every((q) => q.source.questionId === q.questionId && q.source.version! >= 1)).toBe(
      true,
    );
    expect(a.timeLimitMinutes % 5).toBe(0);
    // Fixed forms under a blueprint are draws from points-class strata (0411): a difficulty-4 seat may draw a
    // difficulty-5 item of the same points, so the band share is a little below the template's.
    const inBand = a.questions.filter((q) => q.difficulty >= 3 && q.difficulty <= 4).length;
    expect(inBand).toBeGreaterThanOrEqual(8);
    const skills = new Set(a.questions.map((q) => q.skill));
    expect(skills.size).toBeGreaterThanOrEqual(8); // the role's nine requirements are (nearly) all covered

    const fetched = await http.get<Assessment>(`/api/v1/assessments/${a.id}`, { token: org.accessToken });
    expect(fetched.body.questions.map((q) => q.id)).toEqual(a.questions.map((q) => q.id));
  });

  it('draws a different form per candidate from the pool, and grades and reports exactly that form', async () => {
    const t = { token: org.accessToken };
    const created = await http.post<Assessment>(
      '/api/v1/assessments',
      { roleSlug: 'back-end-engineer', level: 'mid' },
      t,
    );
    expect(created.status).toBe(201);
    const draft = created.body;
    // The catalog's blueprint for Back-End mid: 20 questions, exactly 1 code and 1 SQL task, 50 minutes.
    expect(draft).toMatchObject({ forms: 'per_candidate', formLength: 20, timeLimitMinutes: 50 });
    expect(draft.settings.shuffleQuestions).toBe(true);
    expect(draft.questions.length).toBeGreaterThanOrEqual(60); // the pool, not one form
    expect(draft.blueprint!.seats.reduce((n, s) => n + s.count, 0)).toBe(20);
    const a = (await http.post<Assessment>(`/api/v1/assessments/${draft.id}/publish`, undefined, t)).body;
    const pool = new Map<string, Question>(a.questions.map((q) => [q.id, q]));

    const emails = [uniqueEmail('form-a'), uniqueEmail('form-b'), uniqueEmail('form-c')];
    const invite = await http.post<Invitations>(
      `/api/v1/assessments/${a.id}/invitations`,
      { candidates: emails.map((email) => ({ email, fullName: 'Form Taker' })) },
      t,
    );
    expect(invite.status).toBe(201);
    const tokens = invite.body.items.map((i) => tokenOf(i.url));
    expect((await http.get(`/api/v1/take/${tokens[0]}`)).body.assessment.questionCount).toBe(20);

    const forms: string[][] = [];
    for (const token of tokens) {
      const start = await http.post<TakeStart>(`/api/v1/take/${token}/start`);
      expect(start.status).toBe(200);
      const ids: string[] = start.body.questions.map((q) => q.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      expect(ids.every((id) => pool.has(id))).toBe(true);
      const types = ids.map((id) => pool.get(id)!.type);
      expect(types.filter((x) => x === 'code')).toHaveLength(1);
      expect(types.filter((x) => x === 'sql')).toHaveLength(1);
      expect(candidateSecretsIn(start.body)).toEqual([]);
      const again = await http.post<TakeStart>(`/api/v1/take/${token}/start`);
      expect(again.body.questions.map((q) => q.id)).toEqual(ids);
      forms.push(ids);
    }
    // Different forms, equal points (strata keep each seat's points).
    expect(new Set(forms.map((f) => [...f].sort().join())).size).toBe(3);
    const points = forms.map((f) => f.reduce((n, id) => n + pool.get(id)!.points, 0));
    expect(new Set(points).size).toBe(1);

    // A pool question outside this candidate's form cannot be answered.
    const outside = a.questions.find((q) => !forms[0].includes(q.id))!;
    const refused = await http.put(`/api/v1/take/${tokens[0]}/answers/${outside.id}`, {
      response: validResponse(outside),
    });
    expect(refused.status).toBe(404);

    // One answer, submitted: the report lists exactly this candidate's 20 questions.
    const first = pool.get(forms[0].find((id) => pool.get(id)!.type === 'single_choice')!)!;
    const key = (first.answerKey?.optionId as string | undefined) ?? first.options![0].id;
    expect(
      (await http.put(`/api/v1/take/${tokens[0]}/answers/${first.id}`, { response: { optionId: key } }))
        .status,
    ).toBe(200);
    expect((await http.post(`/api/v1/take/${tokens[0]}/submit`)).status).toBe(202);
    const ds = app.get(DataSource);
    const [{ id: attemptId }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [
      invite.body.items[0].id,
    ]);
    const report = await eventually(
      () => http.get<Report>(`/api/v1/attempts/${attemptId}`, t),
      (r) => r.body.status === 'graded' || r.body.status === 'grading_error',
    );
    expect(report.body.status).toBe('graded');
    expect(report.body.answers.map((x) => x.questionId).sort()).toEqual([...forms[0]].sort());
    expect(report.body.maxScore).toBe(points[0]);
    // The assessment states one form's points (not the pool's), and its list entry the form's length.
    expect(a.maxScore).toBe(points[0]);
    const listed = (await http.get(`/api/v1/assessments?limit=100`, t)).body.items.find(
      (x) => x.id === a.id,
    )!;
    expect(listed).toMatchObject({ formLength: 20, questionCount: a.questions.length });
    const graded = report.body.answers.find((x) => x.questionId === first.id)!;
    expect(graded.verdict).toBe(first.answerKey?.optionId ? 'correct' : graded.verdict);

    // Setting the questions by hand makes the assessment fixed.
    const other = (
      await http.post<Assessment>('/api/v1/assessments', { roleSlug: 'back-end-engineer', level: 'mid' }, t)
    ).body;
    const set = await http.put(
      `/api/v1/assessments/${other.id}/questions`,
      { questionIds: other.questions.slice(0, 3).map((q) => q.questionId) },
      t,
    );
    expect(set.body).toMatchObject({ forms: 'fixed', formLength: 3, blueprint: null });
  });

  it('flags copied code across attempts (another organization unnamed) and answers saved implausibly fast', async () => {
    const ds = app.get(DataSource);
    const query = (sql: string, params: unknown[]) => ds.query(sql, params);
    const mine = await publishAssessmentOf(http, org.accessToken, query, ['code']);
    const theirs = await publishAssessmentOf(http, other.accessToken, query, ['code']);
    const fn = mine.questions[0].functionName;
    const original = `function ${fn}(input, extra) {\n  const seen = new Map();\n  let total = 0;\n  for (const item of [].concat(input || [])) {\n    const key = JSON.stringify(item);\n    if (seen.has(key)) continue;\n    seen.set(key, total);\n    total += key.length > 3 ? 2 : 1;\n  }\n  return extra ? [total, seen.size] : total;\n}`;
    const copy = original
      .replace(/seen/g, 'memo')
      .replace(/total/g, 'sum')
      .replace(/\n {2}/g, ' ');
    const own = `function ${fn}(a) {\n  if (a === null) return null;\n  const out = [];\n  for (let i = a.length - 1; i >= 0; i--) out.push(a[i] * 2 - 1);\n  return out.reverse().filter((x) => x % 3 !== 0);\n}`;
    const take = async (assessment: { id: string }, token: string, code: string) => {
      const invite = await http.post<Invitations>(
        `/api/v1/assessments/${assessment.id}/invitations`,
        { candidates: [{ email: uniqueEmail('integrity'), fullName: 'I' }] },
        { token },
      );
      const link = tokenOf(invite.body.items[0].url);
      const start = await http.post<TakeStart>(`/api/v1/take/${link}/start`);
      const q = start.body.questions[0];
      await http.put(`/api/v1/take/${link}/answers/${q.id}`, { response: { language: 'javascript', code } });
      await http.post(`/api/v1/take/${link}/submit`);
      const [{ id }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [
        invite.body.items[0].id,
      ]);
      return id as string;
    };
    const a = await take(mine, org.accessToken, original);
    const b = await take(mine, org.accessToken, copy);
    const c = await take(theirs, other.accessToken, copy);
    const d = await take(mine, org.accessToken, own);
    const e = await take(mine, org.accessToken, `function ${fn}(x) { return x; }`);
    // Timing: everyone spent 200 s before the first save, except `a`, who saved after 3 s.
    await ds.query(
      `UPDATE answers s SET created_at = t.started_at + (CASE WHEN t.id = $1 THEN 3 ELSE 200 END) * interval '1 second'
         FROM attempts t WHERE t.id = s.attempt_id AND t.id = ANY($2::uuid[])`,
      [a, [a, b, c, d, e]],
    );
    const report = async (id: string, token: string) =>
      (await http.get<Report>(`/api/v1/attempts/${id}`, { token })).body;
    const ra = await report(a, org.accessToken);
    const similarity = ra.flags.find((f) => f.type === 'code_similarity')!;
    expect(similarity.questionId).toBe(mine.questions[0].id);
    expect(similarity.evidence.matches).toEqual(
      expect.arrayContaining([
        { overlap: expect.any(Number), attemptId: b, sameOrganization: true },
        { overlap: expect.any(Number), attemptId: null, sameOrganization: false },
      ]),
    );
    expect(similarity.evidence.matches).toHaveLength(2);
    expect(JSON.stringify(ra)).not.toContain(c);
    // The median is over every submitted answer to this question version: these five, and any that an
    // earlier test of this file drew into a per-candidate form (counted here, not assumed).
    const [{ n: answersToVersion }] = await ds.query(
      `SELECT count(*)::int AS n FROM answers s
         JOIN assessment_questions aq ON aq.id = s.assessment_question_id
         JOIN attempts t ON t.id = s.attempt_id AND t.status <> 'in_progress'
        WHERE aq.question_version_id = (SELECT question_version_id FROM assessment_questions WHERE id = $1)`,
      [mine.questions[0].id],
    );
    expect(answersToVersion).toBeGreaterThanOrEqual(5);
    expect(ra.flags.find((f) => f.type === 'fast_answer')).toMatchObject({
      questionId: mine.questions[0].id,
      evidence: { seconds: 3, medianSeconds: 200, answers: answersToVersion },
    });
    // The other organization sees its attempt flagged against two unnamed attempts.
    const rc = await report(c, other.accessToken);
    expect(rc.flags.find((f) => f.type === 'code_similarity')!.evidence.matches).toEqual([
      { overlap: expect.any(Number), attemptId: null, sameOrganization: false },
      { overlap: expect.any(Number), attemptId: null, sameOrganization: false },
    ]);
    // An independent solution is not flagged, nor is a normally paced answer.
    expect((await report(d, org.accessToken)).flags).toEqual([]);
  });

  it('rejects bad input with field errors and unknown roles with 422', async () => {
    const bad = await http.post(
      '/api/v1/assessments',
      { roleSlug: 'back-end-engineer', level: 'guru', questionCount: 0, sneaky: true, forms: 'mixed' },
      { token: org.accessToken },
    );
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const fields = bad.problem.errors!.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['level', 'questionCount', 'sneaky', 'forms']));
    const unknown = await http.post(
      '/api/v1/assessments',
      { roleSlug: 'no-such-role', level: 'mid' },
      { token: org.accessToken },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.problem.errors![0].field).toBe('roleSlug');
    const anonymous = await http.post('/api/v1/assessments', { roleSlug: 'back-end-engineer', level: 'mid' });
    expect(anonymous.status).toBe(401);
  });

  it('edits a draft, then freezes it on publish', async () => {
    const created = await http.post<Assessment>(
      '/api/v1/assessments',
      { roleSlug: 'back-end-engineer', level: 'junior', questionCount: 8 },
      { token: org.accessToken },
    );
    const id = created.body.id;
    const chosen = created.body.questions
      .slice(0, 5)
      .map((q) => q.questionId)
      .reverse();
    const set = await http.put<Assessment>(
      `/api/v1/assessments/${id}/questions`,
      { questionIds: chosen },
      { token: org.accessToken },
    );
    expect(set.status).toBe(200);
    expect(set.body.questions.map((q) => q.questionId)).toEqual(chosen);
    expect(set.body.questions.map((q) => q.position)).toEqual([1, 2, 3, 4, 5]);

    const unknown = await http.put(
      `/api/v1/assessments/${id}/questions`,
      { questionIds: [chosen[0], '0190aaaa-0000-7000-8000-000000000000'] },
      { token: org.accessToken },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.problem.errors).toEqual([{ field: 'questionIds[1]', message: 'no such question' }]);

    const patched = await http.patch(
      `/api/v1/assessments/${id}`,
      { title: 'Junior BE — spring', passingScore: 70, settings: { showScoreToCandidate: true } },
      { token: org.accessToken },
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Junior BE — spring', passingScore: 70 });
    expect(patched.body.settings.showScoreToCandidate).toBe(true);

    const early = await http.post(
      `/api/v1/assessments/${id}/invitations`,
      { candidates: [{ email: uniqueEmail('c'), fullName: 'C' }] },
      { token: org.accessToken },
    );
    expect(early.status).toBe(409);

    const published = await http.post<Assessment>(`/api/v1/assessments/${id}/publish`, undefined, {
      token: org.accessToken,
    });
    expect(published.body.status).toBe('open');
    expect(published.body.publishedAt).not.toBeNull();
    const questionIdsAfter = published.body.questions.map((q) => q.id);
    const frozen = await http.put(
      `/api/v1/assessments/${id}/questions`,
      { questionIds: chosen },
      { token: org.accessToken },
    );
    expect(frozen.status).toBe(409);
    expect(
      (await http.post(`/api/v1/assessments/${id}/publish`, undefined, { token: org.accessToken })).status,
    ).toBe(409);
    const again = await http.get<Assessment>(`/api/v1/assessments/${id}`, { token: org.accessToken });
    expect(again.body.questions.map((q) => q.id)).toEqual(questionIdsAfter);

    const list = await http.get<AssessmentPage>('/api/v1/assessments?status=open', {
      token: org.accessToken,
    });
    expect(list.body.items.map((a) => a.id)).toContain(id);
    expect(list.body.items.every((a) => a.status === 'open')).toBe(true);
    // Paging one at a time walks exactly the assessments of one big page, newest first.
    const whole = await http.get<AssessmentPage>('/api/v1/assessments?limit=100', { token: org.accessToken });
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: TestResponse<AssessmentPage> = await http.get<AssessmentPage>(
        `/api/v1/assessments?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        { token: org.accessToken },
      );
      walked.push(...page.body.items.map((a) => a.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walked).toEqual(whole.body.items.map((a) => a.id));
    expect(walked.length).toBeGreaterThan(1);
  });

  it('invites idempotently, emails the link, and a candidate takes and submits', async () => {
    const a = await composeAndPublish({ questionCount: 10, settings: { showScoreToCandidate: true } });
    const ada = uniqueEmail('ada');
    const bob = uniqueEmail('bob');
    const invite = await http.post(
      `/api/v1/assessments/${a.id}/invitations`,
      {
        candidates: [
          { email: ada.toUpperCase(), fullName: 'Ada Lovelace' },
          { email: bob, fullName: 'Bob' },
          { email: ada, fullName: 'Ada again' },
        ],
      },
      { token: org.accessToken, headers: { 'idempotency-key': `invite-${a.id}` } },
    );
    expect(invite.status).toBe(201);
    expect(invite.body.items).toHaveLength(2);
    const adaInv = invite.body.items[0];
    expect(adaInv).toMatchObject({ email: ada, fullName: 'Ada Lovelace', status: 'invited' });
    expect(adaInv.url).toMatch(/^http:\/\/app\.assay\.test\/take\/[A-Za-z0-9_-]{43}$/);

    // The same key replays the first response; the same email again returns the same invitation.
    const replay = await http.post(
      `/api/v1/assessments/${a.id}/invitations`,
      {
        candidates: [
          { email: ada.toUpperCase(), fullName: 'Ada Lovelace' },
          { email: bob, fullName: 'Bob' },
          { email: ada, fullName: 'Ada again' },
        ],
      },
      { token: org.accessToken, headers: { 'idempotency-key': `invite-${a.id}` } },
    );
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(invite.body);
    const repeat = await http.post(
      `/api/v1/assessments/${a.id}/invitations`,
      { candidates: [{ email: ada, fullName: 'Ada' }] },
      { token: org.accessToken },
    );
    expect(repeat.body.items[0].id).toBe(adaInv.id);
    expect(repeat.body.items[0].url).toBe(adaInv.url);
    expect(repeat.body.items[0].created).toBe(false);

    const mail = await mailbox().waitFor((m) => m.to.includes(ada));
    expect(mail.text).toContain(adaInv.url);
    expect(mailbox().to(ada)).toHaveLength(1);

    const token = tokenOf(adaInv.url);
    const intro = await http.get(`/api/v1/take/${token}`);
    expect(intro.status).toBe(200);
    expect(intro.body).toMatchObject({
      candidate: { fullName: 'Ada Lovelace' },
      status: 'invited',
      assessment: { questionCount: 10 },
    });
    expect(candidateSecretsIn(intro.body)).toEqual([]);

    const start = await http.post<TakeStart>(`/api/v1/take/${token}/start`);
    expect(start.status).toBe(200);
    expect(start.body.status).toBe('in_progress');
    expect(start.body.questions).toHaveLength(10);
    expect(candidateSecretsIn(start.body)).toEqual([]);
    const again = await http.post<TakeStart>(`/api/v1/take/${token}/start`);
    expect(again.body.deadlineAt).toBe(start.body.deadlineAt);
    expect(again.body.questions.map((q) => q.id)).toEqual(start.body.questions.map((q) => q.id));
    // The question ids are the same as in the organization's view.
    const orgIds = new Set(a.questions.map((q) => q.id));
    expect(start.body.questions.every((q) => orgIds.has(q.id))).toBe(true);

    // Each candidate draws a form, which may hold no single-choice item: a multiple-choice one then.
    const choice =
      start.body.questions.find((q) => q.type === 'single_choice') ??
      start.body.questions.find((q) => q.type === 'multiple_choice')!;
    const single = choice.type === 'single_choice';
    const pick = (optionId: string) => (single ? { optionId } : { optionIds: [optionId] });
    const bad = await http.put(`/api/v1/take/${token}/answers/${choice.id}`, { response: pick('zz') });
    expect(bad.status).toBe(400);
    expect(bad.problem.errors![0].field).toBe(single ? 'response.optionId' : 'response.optionIds');
    const saved = await http.put(`/api/v1/take/${token}/answers/${choice.id}`, {
      response: pick(choice.options![0].id),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.questionId).toBe(choice.id);
    const overwrite = await http.put(`/api/v1/take/${token}/answers/${choice.id}`, {
      response: pick(choice.options![1].id),
    });
    expect(overwrite.status).toBe(200);
    const resumed = await http.post(`/api/v1/take/${token}/start`);
    expect(resumed.body.answers).toEqual([
      {
        questionId: choice.id,
        response: pick(choice.options![1].id),
        savedAt: overwrite.body.savedAt,
      },
    ]);

    // A question of another assessment is 404.
    const foreign = (await composeAndPublish({ questionCount: 3 })).questions[0].id;
    expect(
      (await http.put(`/api/v1/take/${token}/answers/${foreign}`, { response: { optionId: 'a' } })).status,
    ).toBe(404);
    expect(
      (await http.put(`/api/v1/take/${token}/answers/not-a-uuid`, { response: { optionId: 'a' } })).status,
    ).toBe(404);

    expect((await http.post(`/api/v1/take/${token}/events`, { type: 'tab_hidden' })).status).toBe(202);
    expect((await http.post(`/api/v1/take/${token}/events`, { type: 'teleport' })).status).toBe(400);

    const submitted = await http.post(`/api/v1/take/${token}/submit`);
    expect(submitted.status).toBe(202);
    expect(submitted.body.status).toBe('submitted');
    const twice = await http.post(`/api/v1/take/${token}/submit`);
    expect(twice.status).toBe(202);
    expect(twice.body.submittedAt).toBe(submitted.body.submittedAt);
    const late = await http.put(`/api/v1/take/${token}/answers/${choice.id}`, {
      response: pick(choice.options![0].id),
    });
    expect(late.status).toBe(409);
    const pasteAfter = await http.post(`/api/v1/take/${token}/events`, { type: 'paste' });
    expect(pasteAfter.status).toBe(409);

    const ds = app.get(DataSource);
    const outbox = await ds.query(
      `SELECT count(*)::int AS n FROM outbox WHERE type = 'attempt.submitted' AND aggregate_id = $1`,
      [
        start.body
          ? (await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [adaInv.id]))[0].id
          : '',
      ],
    );
    expect(outbox[0].n).toBe(1);

    const candidates = await http.get<CandidatePage>(`/api/v1/assessments/${a.id}/candidates?sort=-score`, {
      token: org.accessToken,
    });
    expect(candidates.status).toBe(200);
    const byEmail = Object.fromEntries(candidates.body.items.map((c) => [c.email, c]));
    expect(['submitted', 'graded', 'grading_error']).toContain(byEmail[ada].status);
    expect(byEmail[bob].status).toBe('invited');
    const submittedOnly = await http.get<CandidatePage>(
      `/api/v1/assessments/${a.id}/candidates?status=invited`,
      {
        token: org.accessToken,
      },
    );
    expect(submittedOnly.body.items.map((c) => c.email)).toEqual([bob]);

    const csv = await http.get(`/api/v1/assessments/${a.id}/candidates.csv`, { token: org.accessToken });
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toContain('email');
    expect(csv.text).toContain(ada);
  });

  it('refuses revoked (410), expired (410) and unknown (404) links', async () => {
    const a = await composeAndPublish({ questionCount: 3 });
    const invite = await http.post(
      `/api/v1/assessments/${a.id}/invitations`,
      {
        candidates: [
          { email: uniqueEmail('r'), fullName: 'R' },
          { email: uniqueEmail('e'), fullName: 'E' },
        ],
      },
      { token: org.accessToken },
    );
    const [revoked, expired] = invite.body.items;
    const r = await http.post(`/api/v1/assessments/${a.id}/invitations/${revoked.id}/revoke`, undefined, {
      token: org.accessToken,
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('revoked');
    expect((await http.get(`/api/v1/take/${tokenOf(revoked.url)}`)).status).toBe(410);

    await app
      .get(DataSource)
      .query(`UPDATE candidate_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        expired.id,
      ]);
    const gone = await http.post(`/api/v1/take/${tokenOf(expired.url)}/start`);
    expect(gone.status).toBe(410);
    expect(gone.headers['content-type']).toContain('application/problem+json');

    expect((await http.get(`/api/v1/take/${'x'.repeat(43)}`)).status).toBe(404);
    expect((await http.get('/api/v1/take/short')).status).toBe(404);
  });

  it('refuses answers past the deadline and submits automatically when the time is up', async () => {
    const a = await composeAndPublish({ questionCount: 3 });
    const invite = await http.post(
      `/api/v1/assessments/${a.id}/invitations`,
      { candidates: [{ email: uniqueEmail('t'), fullName: 'T' }] },
      { token: org.accessToken },
    );
    const token = tokenOf(invite.body.items[0].url);
    const start = await http.post(`/api/v1/take/${token}/start`);
    const q = start.body.questions[0];
    const ds = app.get(DataSource);
    const [{ id: attemptId }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [
      invite.body.items[0].id,
    ]);

    // The auto-submit job was scheduled for the deadline through the outbox.
    const queue = worker.get(QueueRegistry).get(QUEUES.DEADLINES);
    const job = await eventually(
      () => queue.getJob(`autosubmit-${attemptId}`),
      (j) => !!j,
    );
    expect(job).toBeDefined();
    expect(await job!.getState()).toBe('delayed');

    // Time runs out (the deadline moved into the past), then the job fires.
    await ds.query(`UPDATE attempts SET deadline_at = now() - interval '1 minute' WHERE id = $1`, [
      attemptId,
    ]);
    const late = await http.put(`/api/v1/take/${token}/answers/${q.id}`, { response: validResponse(q) });
    expect(late.status).toBe(409);
    expect(late.problem.code).toBe('deadline-passed');
    await job!.promote();
    const attempt = await eventually(
      () => ds.query(`SELECT status, submit_reason FROM attempts WHERE id = $1`, [attemptId]),
      (rows: { status: string; submit_reason: string }[]) => rows[0].status !== 'in_progress',
    );
    expect(attempt[0].submit_reason).toBe('timeout');
    expect(['submitted', 'graded', 'grading_error']).toContain(attempt[0].status);
  });

  it('answers 404 for another organization’s ids on every route', async () => {
    const a = await composeAndPublish({ questionCount: 3 });
    const invite = await http.post(
      `/api/v1/assessments/${a.id}/invitations`,
      { candidates: [{ email: uniqueEmail('x'), fullName: 'X' }] },
      { token: org.accessToken },
    );
    const inv = invite.body.items[0].id;
    const t = { token: other.accessToken };
    const random = '0190aaaa-0000-7000-8000-000000000001';
    for (const id of [a.id, random]) {
      expect((await http.get(`/api/v1/assessments/${id}`, t)).status).toBe(404);
      expect((await http.patch(`/api/v1/assessments/${id}`, { title: 'x' }, t)).status).toBe(404);
      expect(
        (await http.put(`/api/v1/assessments/${id}/questions`, { questionIds: [random] }, t)).status,
      ).toBe(404);
      expect((await http.post(`/api/v1/assessments/${id}/publish`, undefined, t)).status).toBe(404);
      expect((await http.post(`/api/v1/assessments/${id}/close`, undefined, t)).status).toBe(404);
      expect((await http.post(`/api/v1/assessments/${id}/archive`, undefined, t)).status).toBe(404);
      expect(
        (
          await http.post(
            `/api/v1/assessments/${id}/invitations`,
            { candidates: [{ email: 'a@b.co', fullName: 'A' }] },
            t,
          )
        ).status,
      ).toBe(404);
      expect(
        (await http.post(`/api/v1/assessments/${id}/invitations/${inv}/resend`, undefined, t)).status,
      ).toBe(404);
      expect(
        (await http.post(`/api/v1/assessments/${id}/invitations/${inv}/revoke`, undefined, t)).status,
      ).toBe(404);
      expect((await http.get(`/api/v1/assessments/${id}/candidates`, t)).status).toBe(404);
      expect((await http.get(`/api/v1/assessments/${id}/candidates.csv`, t)).status).toBe(404);
    }
    const list = await http.get<AssessmentPage>('/api/v1/assessments', t);
    expect(list.body.items.map((x) => x.id)).not.toContain(a.id);
  });

  it('closes to new starts and keeps started attempts', async () => {
    const a = await composeAndPublish({ questionCount: 3 });
    const invite = await http.post<Invitations>(
      `/api/v1/assessments/${a.id}/invitations`,
      {
        candidates: [
          { email: uniqueEmail('s'), fullName: 'S' },
          { email: uniqueEmail('n'), fullName: 'N' },
        ],
      },
      { token: org.accessToken },
    );
    const [started, notStarted] = invite.body.items.map((i) => tokenOf(i.url));
    await http.post(`/api/v1/take/${started}/start`);
    const closed = await http.post(`/api/v1/assessments/${a.id}/close`, undefined, {
      token: org.accessToken,
    });
    expect(closed.body.status).toBe('closed');
    expect((await http.post(`/api/v1/take/${notStarted}/start`)).status).toBe(409);
    expect((await http.post(`/api/v1/take/${started}/start`)).status).toBe(200);
  });
});
