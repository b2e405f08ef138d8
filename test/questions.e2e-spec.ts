import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { QuestionBankService } from '@assay/requirements';
import {
  Http,
  SignedUp,
  addMember,
  choiceQuestionBody,
  makePlatformAdmin,
  signUp,
  startApi,
} from '@assay/testing';

jest.setTimeout(60_000);

const code = {
  type: 'code',
  skill: 'node-js',
  difficulty: 3,
  prompt: 'Write `sum(xs)` returning the sum of an array of numbers.',
  points: 10,
  languages: ['javascript', 'typescript'],
  functionName: 'sum',
  starterCode: 'function sum(xs) {\n  // your code here\n}\n',
  timeLimitMs: 1000,
  answerKey: {
    referenceSolution: {
      language: 'javascript',
      code: 'function sum(xs) { return xs.reduce((a, b) => a + b, 0); }',
    },
    tests: [
      { args: [[1, 2, 3]], expected: 6, weight: 1, hidden: false },
      { args: [[]], expected: 0, weight: 1, hidden: true },
      { args: [[-1, 1]], expected: 0, weight: 1, hidden: true },
      { args: [[0.5, 0.25]], expected: 0.75, weight: 2, hidden: true },
    ],
  },
};

const sql = {
  type: 'sql',
  skill: 'sql-relational-databases',
  difficulty: 2,
  prompt: 'Return the names of customers without orders, sorted by name.',
  points: 6,
  schema:
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER);\nINSERT INTO customers VALUES (1, 'Ada'), (2, 'Bo');\nINSERT INTO orders VALUES (1, 1);",
  answerKey: {
    expectedQuery:
      'SELECT name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) ORDER BY name',
    ordered: true,
  },
};

describe('question bank', () => {
  let app: NestFastifyApplication;
  let http: Http;
  let orgA: SignedUp;
  let orgB: SignedUp;
  let admin: SignedUp;

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
    orgA = await signUp(http);
    orgB = await signUp(http);
    admin = await makePlatformAdmin(app, await signUp(http));
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('authoring with field-level validation', () => {
    it.each([
      ['single_choice', choiceQuestionBody()],
      [
        'multiple_choice',
        choiceQuestionBody({
          type: 'multiple_choice',
          prompt: 'Which methods are idempotent? Select all that apply.',
          answerKey: { optionIds: ['a', 'c'] },
        }),
      ],
      [
        'numeric',
        {
          type: 'numeric',
          skill: 'networking',
          difficulty: 1,
          prompt: 'Default HTTPS port?',
          points: 1,
          answerKey: { value: 443, tolerance: 0 },
        },
      ],
      [
        'short_text',
        {
          type: 'short_text',
          skill: 'http-api-design',
          difficulty: 1,
          prompt: 'Name the property of PUT.',
          points: 1,
          answerKey: { accepted: ['idempotent', 'idempotence'], caseSensitive: false },
        },
      ],
      ['code', code],
      ['code', { ...code, memoryLimitMb: 128 }],
      ['sql', sql],
      [
        'essay',
        {
          type: 'essay',
          skill: 'system-design',
          difficulty: 4,
          prompt: 'Design a URL shortener.',
          points: 3,
          answerKey: { rubric: 'Covers keys, storage, caching.' },
        },
      ],
    ])('creates a valid %s question with its answer key shown to the organization', async (type, body) => {
      const res = await http.post('/api/v1/questions', body, { token: orgA.accessToken });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        ...body,
        id: expect.any(String),
        versionId: expect.any(String),
        version: 1,
        library: 'organization',
        key: null,
        status: 'active',
        used: false,
        timeEstimateSeconds: expect.any(Number),
      });
      expect(res.body.type).toBe(type);
    });

    it.each([
      [
        'single_choice',
        choiceQuestionBody({
          options: [
            { id: 'a', text: 'x' },
            { id: 'a', text: 'y' },
          ],
          answerKey: { optionId: 'c' },
        }),
        ['options[1].id', 'answerKey.optionId'],
      ],
      [
        'multiple_choice',
        choiceQuestionBody({ type: 'multiple_choice', answerKey: { optionIds: ['a', 'z'] } }),
        ['answerKey.optionIds[1]'],
      ],
      [
        'numeric',
        {
          type: 'numeric',
          skill: 'networking',
          difficulty: 1,
          prompt: 'Port?',
          points: 1,
          answerKey: { value: 443, tolerance: -1 },
        },
        ['answerKey.tolerance'],
      ],
      [
        'short_text',
        {
          type: 'short_text',
          skill: 'networking',
          difficulty: 1,
          prompt: 'Term?',
          points: 1,
          answerKey: { accepted: [], caseSensitive: 'no' },
        },
        ['answerKey.accepted', 'answerKey.caseSensitive'],
      ],
      [
        'code without a reference solution',
        { ...code, answerKey: { tests: code.answerKey.tests } },
        ['answerKey.referenceSolution'],
      ],
      [
        'code with two hidden tests',
        { ...code, answerKey: { ...code.answerKey, tests: code.answerKey.tests.slice(0, 3) } },
        ['answerKey.tests'],
      ],
      [
        'code with a time limit out of bounds and an unknown language',
        { ...code, timeLimitMs: 0, languages: ['cobol'] },
        ['timeLimitMs', 'languages[0]'],
      ],
      [
        'code with a zero weight',
        {
          ...code,
          answerKey: {
            ...code.answerKey,
            tests: [...code.answerKey.tests, { args: [[1]], expected: 1, weight: 0, hidden: true }],
          },
        },
        ['answerKey.tests[4].weight'],
      ],
      ['code with a memory limit over 256 MiB', { ...code, memoryLimitMb: 1024 }, ['memoryLimitMb']],
      ['sql without a fixture', { ...sql, schema: undefined }, ['schema']],
      [
        'sql whose fixture is a memory bomb (randomblob in a recursive insert)',
        {
          ...sql,
          schema: `${sql.schema}\nCREATE TABLE t (b);\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100) INSERT INTO t SELECT randomblob(50000000) FROM c;`,
        },
        ['schema'],
      ],
      [
        'sql whose fixture is larger than 16 MiB',
        {
          ...sql,
          schema: `${sql.schema}\nCREATE TABLE t (b);\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000) INSERT INTO t SELECT randomblob(1000) FROM c;`,
        },
        ['schema'],
      ],
      [
        'sql whose fixture lifts its own limits',
        { ...sql, schema: `PRAGMA max_page_count = 1000000000;\n${sql.schema}` },
        ['schema'],
      ],
      [
        'sql writing data',
        { ...sql, answerKey: { expectedQuery: 'DELETE FROM customers', ordered: false } },
        ['answerKey.expectedQuery'],
      ],
      [
        'essay',
        { type: 'essay', skill: 'system-design', difficulty: 4, prompt: 'Design.', points: 3, answerKey: {} },
        ['answerKey.rubric'],
      ],
      ['an unknown type', { ...choiceQuestionBody(), type: 'poll' }, ['type']],
      [
        'an unknown skill and bad difficulty',
        choiceQuestionBody({ skill: 'cobol', difficulty: 9 }),
        ['difficulty'],
      ],
      ['a field of another type', choiceQuestionBody({ schema: 'CREATE TABLE x (a int)' }), ['schema']],
    ])('names the bad fields of %s', async (_what, body, expected) => {
      const res = await http.post('/api/v1/questions', body, { token: orgA.accessToken });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.problem.errors!.map((e: { field: string }) => e.field).sort()).toEqual([...expected].sort());
    });

    it('names an unknown skill once the shape is right', async () => {
      const res = await http.post('/api/v1/questions', choiceQuestionBody({ skill: 'cobol' }), {
        token: orgA.accessToken,
      });
      expect(res.status).toBe(400);
      expect(res.problem.errors).toEqual([{ field: 'skill', message: 'is not a known skill ("cobol")' }]);
    });

    it('rejects unknown top-level fields and requires credentials', async () => {
      const res = await http.post(
        '/api/v1/questions',
        { ...choiceQuestionBody(), organizationId: orgB.organizationId },
        { token: orgA.accessToken },
      );
      expect(res.status).toBe(400);
      expect(res.problem.errors!.map((e: { field: string }) => e.field)).toEqual(['organizationId']);
      expect((await http.post('/api/v1/questions', choiceQuestionBody())).status).toBe(401);
    });
  });

  describe("an organization's own questions", () => {
    it('are invisible to other organizations (404, as a random id)', async () => {
      const created = await http.post('/api/v1/questions', choiceQuestionBody(), { token: orgA.accessToken });
      const id = created.body.id;
      const asB = await http.get(`/api/v1/questions/${id}`, { token: orgB.accessToken });
      const random = await http.get('/api/v1/questions/01a21ef2-f3ca-7378-9529-21ffb07f6905', {
        token: orgB.accessToken,
      });
      expect(asB.status).toBe(404);
      expect(asB.problem).toEqual({ ...random.problem, instance: `/api/v1/questions/${id}` });
      expect(
        (await http.patch(`/api/v1/questions/${id}`, { difficulty: 3 }, { token: orgB.accessToken })).status,
      ).toBe(404);
      expect((await http.get('/api/v1/questions/not-a-uuid', { token: orgB.accessToken })).status).toBe(404);
      const listB = await http.get('/api/v1/questions?limit=100', { token: orgB.accessToken });
      expect(listB.body.items.map((q: { id: string }) => q.id)).not.toContain(id);
      const listA = await http.get('/api/v1/questions?limit=100', { token: orgA.accessToken });
      expect(listA.body.items.map((q: { id: string }) => q.id)).toContain(id);
      expect((await http.get(`/api/v1/questions/${id}`, { token: orgA.accessToken })).body.answerKey).toEqual(
        { optionId: 'b' },
      );

      // …and to the read-side API used to compose assessments.
      const bank = app.get(QuestionBankService);
      const forB = await bank.listForComposition(orgB.organizationId, ['http-api-design']);
      const forA = await bank.listForComposition(orgA.organizationId, ['http-api-design']);
      expect(forB.map((q) => q.questionId)).not.toContain(id);
      expect(forA.find((q) => q.questionId === id)).toEqual({
        questionId: id,
        versionId: created.body.versionId,
        version: 1,
        // Only catalog questions carry a key (enemy groups name them by it).
        catalogKey: null,
        library: 'organization',
        type: 'single_choice',
        skill: 'http-api-design',
        difficulty: 2,
        points: 1,
        timeEstimateSeconds: 90,
      });
      expect(forB.some((q) => q.library === 'global')).toBe(true);
      expect(await bank.getVersions(orgB.organizationId, [created.body.versionId])).toEqual([]);
      expect(await bank.latestVersionsOf(orgB.organizationId, [id])).toEqual([]);
      const [frozen] = await bank.getVersions(orgA.organizationId, [created.body.versionId]);
      expect(frozen).toMatchObject({
        questionId: id,
        versionId: created.body.versionId,
        options: expect.any(Array),
        answerKey: { optionId: 'b' },
      });
    });

    it('are listed with filters and a cursor', async () => {
      const member = await addMember(http, orgA, 'recruiter');
      for (let i = 0; i < 3; i++) {
        const res = await http.post(
          '/api/v1/questions',
          choiceQuestionBody({ skill: 'react', difficulty: 5 }),
          { token: member.accessToken },
        );
        expect(res.status).toBe(201);
      }
      const first = await http.get('/api/v1/questions?skill=react&difficulty=5&limit=2', {
        token: orgA.accessToken,
      });
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(2);
      const second = await http.get(
        `/api/v1/questions?skill=react&difficulty=5&limit=2&cursor=${first.body.nextCursor}`,
        {
          token: orgA.accessToken,
        },
      );
      expect(second.body.items).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
      const bad = await http.get('/api/v1/questions?difficulty=7&type=poll', { token: orgA.accessToken });
      expect(bad.status).toBe(400);
      expect(bad.problem.errors!.map((e: { field: string }) => e.field).sort()).toEqual([
        'difficulty',
        'type',
      ]);
    });

    it('are edited in place until an assessment uses them, then an edit makes a new version', async () => {
      const bank = app.get(QuestionBankService);
      const created = (
        await http.post('/api/v1/questions', choiceQuestionBody(), { token: orgA.accessToken })
      ).body;
      const inPlace = await http.patch(
        `/api/v1/questions/${created.id}`,
        { difficulty: 3, points: 2 },
        { token: orgA.accessToken },
      );
      expect(inPlace.status).toBe(200);
      expect(inPlace.body).toMatchObject({
        version: 1,
        versionId: created.versionId,
        difficulty: 3,
        points: 2,
      });

      await app.get(DataSource).transaction((m) => bank.markUsed(m, [created.versionId]));
      expect((await http.get(`/api/v1/questions/${created.id}`, { token: orgA.accessToken })).body.used).toBe(
        true,
      );

      const edited = await http.patch(
        `/api/v1/questions/${created.id}`,
        { prompt: 'Which status code means "created"? (edited)' },
        { token: orgA.accessToken },
      );
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        version: 2,
        used: false,
        prompt: 'Which status code means "created"? (edited)',
        difficulty: 3,
      });
      expect(edited.body.versionId).not.toBe(created.versionId);

      const [old] = await bank.getVersions(orgA.organizationId, [created.versionId]);
      expect(old).toMatchObject({ version: 1, prompt: created.prompt, difficulty: 3 });
      expect((await bank.latestVersionsOf(orgA.organizationId, [created.id]))[0].versionId).toBe(
        edited.body.versionId,
      );

      // The database itself refuses to change a used version.
      await expect(
        app
          .get(DataSource)
          .query(`UPDATE question_versions SET prompt = 'tampered' WHERE id = $1`, [created.versionId]),
      ).rejects.toThrow(/immutable/);

      // Changing the type validates the new type's fields; invalid edits change nothing.
      const invalid = await http.patch(
        `/api/v1/questions/${created.id}`,
        { type: 'numeric' },
        { token: orgA.accessToken },
      );
      expect(invalid.status).toBe(400);
      expect(invalid.problem.errors).toEqual([{ field: 'answerKey', message: 'is required' }]);
      const numeric = await http.patch(
        `/api/v1/questions/${created.id}`,
        { type: 'numeric', answerKey: { value: 201, tolerance: 0 } },
        { token: orgA.accessToken },
      );
      expect(numeric.status).toBe(200);
      expect(numeric.body.options).toBeUndefined();
      expect(numeric.body).toMatchObject({ type: 'numeric', version: 2 });
    });

    it('can be archived: no longer offered for new assessments, still resolvable for old ones', async () => {
      const bank = app.get(QuestionBankService);
      const created = (
        await http.post('/api/v1/questions', choiceQuestionBody(), { token: orgA.accessToken })
      ).body;
      const archived = await http.patch(
        `/api/v1/questions/${created.id}`,
        { status: 'archived' },
        { token: orgA.accessToken },
      );
      expect(archived.body).toMatchObject({ status: 'archived', version: 1 });
      const candidates = await bank.listForComposition(orgA.organizationId, ['http-api-design']);
      expect(candidates.map((c) => c.questionId)).not.toContain(created.id);
      expect(await bank.latestVersionsOf(orgA.organizationId, [created.id])).toEqual([]);
      expect(await bank.getVersions(orgA.organizationId, [created.versionId])).toHaveLength(1);
    });
  });

  describe('the global library', () => {
    it('is authored by platform admins and read by every organization', async () => {
      const body = choiceQuestionBody({ skill: 'javascript' });
      const created = await http.post('/api/v1/admin/questions', body, { token: admin.accessToken });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ library: 'global', version: 1 });
      expect((await http.post('/api/v1/admin/questions', body, { token: orgA.accessToken })).status).toBe(
        403,
      );

      const seenByB = await http.get(`/api/v1/questions/${created.body.id}`, { token: orgB.accessToken });
      expect(seenByB.status).toBe(200);
      expect(seenByB.body.library).toBe('global');
      // …without its key: organizations see the prompt and options, admins the key (docs/decisions/0610).
      expect(seenByB.body).not.toHaveProperty('answerKey');
      expect(seenByB.body.options).toEqual(body.options);
      expect(seenByB.body.source).toEqual({ library: 'global', questionId: created.body.id, version: 1 });
      expect(
        (
          await http.patch(
            `/api/v1/questions/${created.body.id}`,
            { difficulty: 1 },
            { token: orgB.accessToken },
          )
        ).status,
      ).toBe(404);

      const edited = await http.patch(
        `/api/v1/admin/questions/${created.body.id}`,
        { difficulty: 4, points: 3 },
        { token: admin.accessToken },
      );
      expect(edited.body).toMatchObject({ difficulty: 4, points: 3 });
      const fromAdmin = await http.get(`/api/v1/admin/questions/${created.body.id}`, {
        token: admin.accessToken,
      });
      expect(fromAdmin.body.difficulty).toBe(4);

      const library = await http.get('/api/v1/questions?library=global&skill=node-js&type=code&limit=100', {
        token: orgB.accessToken,
      });
      expect(library.status).toBe(200);
      expect(library.body.items.length).toBeGreaterThanOrEqual(4);
      expect(
        library.body.items.every(
          (q: { library: string; type: string }) => q.library === 'global' && q.type === 'code',
        ),
      ).toBe(true);
      expect(library.body.items[0].key).toMatch(/^node-js-\d{3}$/);
      for (const q of library.body.items) {
        expect(q).not.toHaveProperty('answerKey');
        expect(q.examples!.length).toBeGreaterThan(0);
      }

      // An organization's question is not reachable through the admin routes either (they are the global library).
      const own = (await http.post('/api/v1/questions', choiceQuestionBody(), { token: orgA.accessToken }))
        .body;
      expect((await http.get(`/api/v1/admin/questions/${own.id}`, { token: admin.accessToken })).status).toBe(
        404,
      );
    });

    it('offers the shipped questions of every Back-End Engineer skill for composition', async () => {
      const bank = app.get(QuestionBankService);
      const candidates = await bank.listForComposition(orgB.organizationId, [
        'sql-relational-databases',
        'node-js',
      ]);
      const sqlCount = candidates.filter((c) => c.type === 'sql').length;
      expect(sqlCount).toBeGreaterThanOrEqual(10);
      for (const difficulty of [1, 2, 3, 4, 5]) {
        expect(candidates.some((c) => c.skill === 'node-js' && c.difficulty === difficulty)).toBe(true);
      }
      const [frozen] = await bank.getVersions(orgB.organizationId, [
        candidates.find((c) => c.type === 'sql')!.versionId,
      ]);
      expect(frozen).toMatchObject({
        type: 'sql',
        schema: expect.stringContaining('CREATE TABLE'),
        answerKey: { expectedQuery: expect.any(String) },
      });
    });
  });
});
