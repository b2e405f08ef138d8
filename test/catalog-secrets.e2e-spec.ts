import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  type ApiBody,
  type BodyOf,
  ANSWER_KEY_FIELDS,
  CatalogSecret,
  candidateSecretsIn,
  catalogSecrets,
  eventually,
  Http,
  inviteCandidates,
  isolatedDatabase,
  IsolatedDatabase,
  mailbox,
  makePlatformAdmin,
  secretsIn,
  SignedUp,
  signUp,
  startApi,
  startWorker,
  TestRedis,
  type TestResponse,
  WebhookReceiver,
} from '@assay/testing';

type LibraryQuestion = ApiBody<'/api/v1/questions', 'get'>['items'][number];
type QuestionPage = ApiBody<'/api/v1/questions', 'get'>;
type AssessmentQuestion = ApiBody<'/api/v1/assessments/{id}', 'get'>['questions'][number];
type TakeQuestion = ApiBody<'/api/v1/take/{token}/start', 'post'>['questions'][number];
type ReportAnswer = ApiBody<'/api/v1/attempts/{id}', 'get'>['answers'][number];
/** A code answer's grader details (the report documents `details` as an open object). */
type CodeDetails = {
  total: number;
  hiddenTestsTotal: number;
  tests: { args: unknown }[];
};

/** A wrong but well-formed answer, so every grader runs and writes its details (never a catalog key). */
function wrongResponse(q: TakeQuestion): unknown {
  switch (q.type) {
    case 'single_choice':
      return { optionId: q.options![0].id };
    case 'multiple_choice':
      return { optionIds: [q.options![0].id, q.options![1].id] };
    case 'numeric':
      return { value: 123456.5 };
    case 'short_text':
      return { text: 'no idea' };
    case 'code':
      return { language: 'javascript', code: `function ${q.functionName}() { return 42; }` };
    case 'sql':
      return { query: 'SELECT 1 AS one' };
    default:
      return { text: 'A short essay that says little.' };
  }
}

/**
 * Issue 10, item 3: a fresh signup walks every organization-facing route that shows questions or results —
 * assessment create/get/list/PATCH/PUT questions, the question library, the attempt report, the candidate
 * list and its CSV, the webhook payloads its receiver gets and the emails in the SMTP capture — and finds no
 * answer key, reference solution, hidden test, expected query or rubric of the global library anywhere.
 */
describe('the global library’s answer keys stay with the platform (real PostgreSQL, Redis, SMTP, HTTP)', () => {
  let db: IsolatedDatabase;
  let redis: TestRedis;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let ds: DataSource;
  let org: SignedUp;
  let receiver: WebhookReceiver;
  let secrets: CatalogSecret[];
  /** Every body an organization route answered, by route. */
  const seen: { route: string; text: string; json?: unknown }[] = [];

  async function call<const M extends 'GET' | 'POST' | 'PUT' | 'PATCH', const U extends string>(
    method: M,
    url: U,
    body?: unknown,
  ): Promise<TestResponse<BodyOf<U, Lowercase<M>>>> {
    const res = await http.request(method, url, { body, token: org.accessToken });
    if (res.status >= 400) throw new Error(`${method} ${url} → ${res.status} ${res.text}`);
    seen.push({ route: `${method} ${url}`, text: res.text, json: res.body });
    return res;
  }

  beforeAll(async () => {
    secrets = catalogSecrets();
    db = await isolatedDatabase('keys');
    redis = await TestRedis.start();
    const env = { DATABASE_URL: db.url, REDIS_URL: redis.url, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' };
    app = await startApi(env);
    worker = await startWorker(env);
    http = new Http(app);
    ds = app.get(DataSource);
    org = await signUp(http);
    // The shipped catalog has no essays: a platform admin adds one to the global library, rubric and all.
    const admin = await makePlatformAdmin(app, await signUp(http));
    const rubric = `Names retries with backoff, idempotency keys and an outbox ${randomBytes(6).toString('hex')}.`;
    const essay = await http.post(
      '/api/v1/admin/questions',
      {
        type: 'essay',
        skill: 'system-design',
        difficulty: 3,
        prompt: 'How do you deliver webhooks reliably?',
        points: 5,
        answerKey: { rubric },
      },
      { token: admin.accessToken },
    );
    expect(essay.status).toBe(201);
    secrets.push({ key: essay.body.id, what: 'rubric', value: rubric });
    receiver = await WebhookReceiver.start([200]);
    await call('POST', '/api/v1/organization/webhooks', { url: receiver.url(), events: ['attempt.graded'] });
  }, 180_000);

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await receiver?.close();
    await redis?.destroy();
    await db?.drop();
  }, 60_000);

  it('builds its forbidden set from the shipped catalog', () => {
    const what = new Set(secrets.map((s) => s.what.replace(/ \d+ /, ' ')));
    for (const kind of [
      'reference solution',
      'hidden test input',
      'expected query',
      'rubric',
      'accepted answer',
    ]) {
      expect(what).toContain(kind);
    }
    expect(secrets.length).toBeGreaterThan(100);
  });

  it('shows no key of a global question on any organization route', async () => {
    // The library, every page of it, and single questions of each kind.
    const library: LibraryQuestion[] = [];
    let cursor: string | null = null;
    do {
      const page: TestResponse<QuestionPage> = await call(
        'GET',
        `/api/v1/questions?library=global&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      library.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(library.length).toBeGreaterThan(400);
    await call('GET', '/api/v1/questions');
    const pick = (type: string, skill?: string) =>
      // Checked below (`toBeDefined`) before any is used.
      library.find((q) => q.type === type && (!skill || q.skill === skill) && q.status === 'active')!;
    const chosen = [
      pick('code', 'node-js'),
      pick('sql'),
      pick('essay', 'system-design'),
      pick('short_text'),
      pick('numeric'),
      pick('multiple_choice'),
      pick('single_choice'),
    ];
    for (const q of chosen) expect(q).toBeDefined();
    for (const q of chosen) await call('GET', `/api/v1/questions/${q.id}`);
    const codeExamples = (await call('GET', `/api/v1/questions/${chosen[0].id}`)).body.examples;

    // Compose, read, list, edit, set the questions, publish.
    const draft = await call('POST', '/api/v1/assessments', {
      roleSlug: 'back-end-engineer',
      level: 'mid',
      questionCount: 40,
    });
    await call('GET', `/api/v1/assessments/${draft.body.id}`);
    await call('GET', '/api/v1/assessments');
    await call('PATCH', `/api/v1/assessments/${draft.body.id}`, { title: 'Walked by a fresh signup' });
    const set = await call('PUT', `/api/v1/assessments/${draft.body.id}/questions`, {
      questionIds: chosen.map((q) => q.id),
    });
    const published = await call('POST', `/api/v1/assessments/${draft.body.id}/publish`);
    const assessment = published.body;

    // A candidate answers everything (wrongly, so every grader writes details) and is graded.
    const [candidate] = await inviteCandidates(http, org.accessToken, assessment.id, 1, 'walk');
    const start = await http.post(`/api/v1/take/${candidate.token}/start`);
    expect(start.status).toBe(200);
    for (const q of start.body.questions) {
      const saved = await http.put(`/api/v1/take/${candidate.token}/answers/${q.id}`, {
        response: wrongResponse(q),
      });
      expect(saved.status).toBe(200);
    }
    expect((await http.post(`/api/v1/take/${candidate.token}/submit`)).status).toBe(202);
    const [{ id: attemptId }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [
      candidate.invitationId,
    ]);
    const graded = await eventually(
      () => http.get(`/api/v1/attempts/${attemptId}`, { token: org.accessToken }),
      (r) => r.status === 200 && r.body.status === 'graded',
      90_000,
    );
    const report = (await call('GET', `/api/v1/attempts/${attemptId}`)).body;
    expect(graded.body.id).toBe(attemptId);

    await call('GET', `/api/v1/assessments/${assessment.id}`);
    await call('GET', `/api/v1/assessments/${assessment.id}/candidates?sort=-score`);
    const csv = await call('GET', `/api/v1/assessments/${assessment.id}/candidates.csv`);
    expect(csv.text).toContain(candidate.email);

    // What left the platform: the webhook delivery and the emails (to the candidate and to the creator).
    const hooks = await eventually(
      async () => receiver.received.filter((r) => r.body.includes(attemptId)),
      (r) => r.length > 0,
    );
    const creatorMail = await mailbox().waitFor(
      (m) => m.to.includes(org.email) && m.subject.includes('Result'),
    );
    const candidateMail = await mailbox().waitFor((m) => m.to.includes(candidate.email));

    const leaks: string[] = [];
    for (const r of seen) {
      leaks.push(...secretsIn(r.text, secrets).map((s) => `${r.route}: ${s}`));
      if (r.json !== undefined) {
        leaks.push(...candidateSecretsIn(r.json, '$', ANSWER_KEY_FIELDS).map((p) => `${r.route}: ${p}`));
      }
    }
    for (const h of hooks) leaks.push(...secretsIn(h.body, secrets).map((s) => `webhook: ${s}`));
    for (const m of [creatorMail, candidateMail]) {
      leaks.push(
        ...secretsIn(`${m.subject}\n${m.text}\n${m.html}`, secrets).map((s) => `email to ${m.to}: ${s}`),
      );
    }
    expect(seen.length).toBeGreaterThan(15);
    expect(leaks).toEqual([]);

    // What organizations do get: the source, a code task's visible tests as examples, and in the report the
    // visible tests' results with the hidden ones counted.
    expect(set.body.questions.map((q: AssessmentQuestion) => q.source)).toEqual(
      chosen.map((q) => ({ library: 'global', questionId: q.id, version: q.version })),
    );
    expect(codeExamples!.length).toBeGreaterThan(0);
    const codeQ = assessment.questions.find((q: AssessmentQuestion) => q.type === 'code')!;
    expect(codeQ.examples).toEqual(codeExamples);
    const code = report.answers.find((a: ReportAnswer) => a.type === 'code')!;
    const details = code.details as CodeDetails;
    expect(details.hiddenTestsTotal).toBeGreaterThan(0);
    expect(details.tests.length).toBeGreaterThan(0);
    expect(details.tests.length + details.hiddenTestsTotal).toBe(details.total);
    for (const t of details.tests) expect(Array.isArray(t.args)).toBe(true);
  }, 240_000);
});
