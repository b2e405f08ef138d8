import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AnswerAutosaveRoute } from '@assay/assessments';
import { autosaveHotPathOf } from '../apps/api/src/bootstrap';
import {
  eventually,
  type ApiBody,
  Http,
  inviteCandidates,
  publishAssessment,
  publishAssessmentOf,
  type ServedDocument,
  SignedUp,
  signUp,
  startApi,
} from '@assay/testing';

/**
 * The answer autosave runs outside Nest's router, and its plain requests before Fastify (docs/decisions/0403):
 * everything Nest's pipeline gave it must still hold — the body contract, problem+json errors, the app-wide
 * headers, revocation after the attempt is cached, and its place in the OpenAPI document. The contract runs
 * twice: injected into Fastify (its route) and over a socket (the hot path in front of Fastify); a third test
 * compares the two paths' responses to the same requests.
 */
type TakeQuestion = ApiBody<'/api/v1/take/{token}/start', 'post'>['questions'][number];
type FieldError = NonNullable<
  ApiBody<'/api/v1/take/{token}/answers/{questionId}', 'put', 400>['errors']
>[number];

describe('answer autosave: the plain Fastify route and the hot path before it (real PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let http: Http;
  let socket: Http;
  let org: SignedUp;
  let assessment: { id: string };

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.getHttpServer().address() as AddressInfo;
    socket = new Http(app, { baseUrl: `http://127.0.0.1:${port}` });
    org = await signUp(http);
    const ds = app.get(DataSource);
    // Chosen by type: a blueprint form of three questions is one code, one SQL and one other task.
    assessment = await publishAssessmentOf(
      http,
      org.accessToken,
      (sql, params) => ds.query(sql, params),
      ['single_choice', 'numeric', 'multiple_choice'],
      { forms: 'fixed' },
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The organization revokes a candidate's link. */
  function revoke(client: Http, invitationId: string) {
    return client.post(`/api/v1/assessments/${assessment.id}/invitations/${invitationId}/revoke`, undefined, {
      token: org.accessToken,
    });
  }

  async function started(client: Http) {
    const [c] = await inviteCandidates(client, org.accessToken, assessment.id, 1, 'autosave');
    const start = await client.post(`/api/v1/take/${c.token}/start`);
    expect(start.status).toBe(200);
    const q = start.body.questions.find((x: TakeQuestion) => x.type === 'single_choice')!;
    const path = `/api/v1/take/${c.token}/answers/${q.id}` as const;
    return { ...c, q, path, valid: { response: { optionId: q.options![0].id } } };
  }

  describe.each([
    ['injected into Fastify (its route)', 'injected'],
    ['over a socket (the hot path before Fastify)', 'socket'],
  ] as const)('%s', (_name, via) => {
    let client: Http;
    let answeredBefore: number;
    beforeAll(() => {
      client = via === 'socket' ? socket : http;
      answeredBefore = autosaveHotPathOf(app)!.answered;
    });

    it('saves with the headers every response carries', async () => {
      const c = await started(client);
      const saved = await client.put(c.path, c.valid, { headers: { 'x-request-id': 'autosave-req-1' } });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({ questionId: c.q.id, savedAt: expect.any(String) });
      expect(new Date(saved.body.savedAt).toISOString()).toBe(saved.body.savedAt);
      expect(saved.headers['x-request-id']).toBe('autosave-req-1');
      expect(saved.headers['x-content-type-options']).toBe('nosniff');
      expect(saved.headers['content-security-policy']).toContain("default-src 'self'");
      // An upper-case question id is the same question (ids are compared in lower case).
      const upper = await client.put(`/api/v1/take/${c.token}/answers/${c.q.id.toUpperCase()}`, c.valid);
      expect(upper.status).toBe(200);
      expect(upper.body.questionId).toBe(c.q.id);
    });

    it('refuses a bad body with a 400 problem naming each field', async () => {
      const c = await started(client);
      const extra = await client.put(c.path, { ...c.valid, candidateId: 'x', score: 1 });
      expect(extra.status).toBe(400);
      expect(extra.headers['content-type']).toContain('application/problem+json');
      expect(extra.problem.errors!.map((e: FieldError) => e.field).sort()).toEqual(['candidateId', 'score']);

      for (const body of [{}, { response: null }]) {
        const missing = await client.put(c.path, body);
        expect(missing.status).toBe(400);
        expect(missing.problem.errors!.map((e: FieldError) => e.field)).toEqual(['response']);
      }
      const none = await client.request('PUT', c.path);
      expect(none.status).toBe(400);
      expect(none.problem.errors!.map((e: FieldError) => e.field)).toEqual(['response']);
      const array = await client.put(c.path, [c.valid]);
      expect(array.status).toBe(400);
      expect(array.problem.errors!.map((e: FieldError) => e.field)).toEqual(['(body)']);

      const malformed = await client.request('PUT', c.path, { raw: '{"response": ' });
      expect(malformed.status).toBe(400);
      expect(malformed.headers['content-type']).toContain('application/problem+json');
      expect(malformed.problem).toMatchObject({ status: 400, code: 'malformed-body', instance: c.path });
      const tooLarge = await client.request('PUT', c.path, {
        raw: JSON.stringify({ response: { text: 'x'.repeat(1024 * 1024) } }),
      });
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers['content-type']).toContain('application/problem+json');
      const poisoned = await client.request('PUT', c.path, {
        raw: '{"response": {"optionId": "a", "__proto__": {"admin": true}}}',
      });
      expect(poisoned.status).toBe(400);
      const nul = await client.request('PUT', c.path, { raw: '{"response": {"optionId": "a\\u0000"}}' });
      expect(nul.status).toBe(400);
      expect(nul.problem.errors!.map((e: FieldError) => e.field)).toEqual(['response.optionId']);

      const wrongOption = await client.put(c.path, { response: { optionId: 'zz' } });
      expect(wrongOption.status).toBe(400);
      expect(wrongOption.problem.errors![0].field).toBe('response.optionId');
      // Nothing was saved by any of these.
      const resumed = await client.post(`/api/v1/take/${c.token}/start`);
      expect(resumed.body.answers).toEqual([]);
    });

    it('answers 404 for a foreign or malformed question id and an unknown token', async () => {
      const c = await started(client);
      expect((await client.put(c.path.replace(c.q.id, 'not-a-uuid'), c.valid)).status).toBe(404);
      const other = await publishAssessment(http, org.accessToken, { questionCount: 2 });
      const foreign = await client.put(c.path.replace(c.q.id, other.questions[0].id), c.valid);
      expect(foreign.status).toBe(404);
      expect(foreign.headers['content-type']).toContain('application/problem+json');
      expect((await client.put(`/api/v1/take/${'x'.repeat(43)}/answers/${c.q.id}`, c.valid)).status).toBe(
        404,
      );
    });

    it('answers 410 once the invitation is revoked, even after the attempt was cached', async () => {
      const c = await started(client);
      expect((await client.put(c.path, c.valid)).status).toBe(200);
      const revoked = await revoke(client, c.invitationId);
      expect(revoked.status).toBe(200);
      const late = await client.put(c.path, c.valid);
      expect(late.status).toBe(410);
      expect(late.headers['content-type']).toContain('application/problem+json');
    });

    it(via === 'socket' ? 'was answered by the hot path' : 'was answered by Fastify alone', () => {
      const answered = autosaveHotPathOf(app)!.answered - answeredBefore;
      if (via === 'socket') expect(answered).toBeGreaterThanOrEqual(15);
      else expect(answered).toBe(0);
    });
  });

  it('answers every request the same on the hot path as on the Fastify route', async () => {
    const hot = autosaveHotPathOf(app)!;
    const c = await started(socket);
    const other = await started(socket);
    const nested = '{"response":' + '['.repeat(70) + ']'.repeat(70) + '}';
    type Case = { name: string; path?: string; body?: unknown; raw?: string; type?: string };
    const cases: Case[] = [
      { name: 'valid', body: c.valid },
      { name: 'valid, charset', body: c.valid, type: 'application/json; charset=utf-8' },
      { name: 'upper-case id', body: c.valid, path: c.path.replace(c.q.id, c.q.id.toUpperCase()) },
      { name: 'extra fields', body: { ...c.valid, candidateId: 'x', score: 1 } },
      { name: 'empty object', body: {} },
      { name: 'null response', body: { response: null } },
      { name: 'array', body: [c.valid] },
      { name: 'empty body', raw: '' },
      { name: 'malformed', raw: '{"response": ' },
      { name: 'proto poisoning', raw: '{"response": {"optionId": "a", "__proto__": {"admin": true}}}' },
      { name: 'constructor poisoning', raw: '{"response": {"constructor": {"prototype": {"admin": true}}}}' },
      { name: 'NUL', raw: '{"response": {"optionId": "a\\u0000"}}' },
      { name: 'too deep', raw: nested },
      { name: 'unknown option', body: { response: { optionId: 'zz' } } },
      { name: 'wrong shape', body: { response: { value: 3 } } },
      { name: 'not a uuid', body: c.valid, path: c.path.replace(c.q.id, 'not-a-uuid') },
      { name: 'unknown token', body: c.valid, path: c.path.replace(c.token, 'x'.repeat(43)) },
      { name: 'another attempt’s question', body: c.valid, path: other.path.replace(other.token, c.token) },
    ];
    const send = (k: Case, path: string, requestId: string) =>
      socket.request('PUT', path, {
        ...(k.raw !== undefined ? { raw: k.raw } : { body: k.body }),
        headers: { 'x-request-id': requestId, ...(k.type ? { 'content-type': k.type } : {}) },
      });
    // What may differ between two responses: the clock (Date, savedAt); everything else must be equal.
    const comparable = (res: Awaited<ReturnType<typeof send>>) => {
      const { date: _date, ...headers } = res.headers;
      const body = res.body as Record<string, unknown> | undefined;
      return {
        status: res.status,
        headers,
        body: body && 'savedAt' in body ? { ...body, savedAt: '(time)' } : body,
      };
    };
    const compare = async (k: Case) => {
      const path = k.path ?? c.path;
      const before = hot.answered;
      const viaHotPath = await send(k, path, `parity-${k.name.length}`);
      expect({ case: k.name, answered: hot.answered - before }).toEqual({ case: k.name, answered: 1 });
      // A query string is the request shape the hot path leaves to Fastify (the route ignores the query).
      const viaFastify = await send(k, `${path}?via=fastify`, `parity-${k.name.length}`);
      expect({ case: k.name, answered: hot.answered - before }).toEqual({ case: k.name, answered: 1 });
      expect({ case: k.name, ...comparable(viaHotPath) }).toEqual({
        case: k.name,
        ...comparable(viaFastify),
      });
      return viaHotPath.status;
    };
    const statuses: number[] = [];
    for (const k of cases) statuses.push(await compare(k));
    expect(new Set(statuses)).toEqual(new Set([200, 400, 404]));

    // Refused by the database's guards: submitted (409), then revoked (410).
    const submitted = await socket.post(`/api/v1/take/${other.token}/submit`);
    expect(submitted.status).toBe(202);
    expect(await compare({ name: 'after submission', body: other.valid, path: other.path })).toBe(409);
    const revoked = await revoke(http, c.invitationId);
    expect(revoked.status).toBe(200);
    expect(await compare({ name: 'revoked', body: c.valid })).toBe(410);
  });

  it('writes concurrent autosaves together, each under its own guards, the last save of an answer kept', async () => {
    const route = app.get(AnswerAutosaveRoute);
    const ds = app.get(DataSource);
    const candidates: Awaited<ReturnType<typeof started>>[] = [];
    for (let i = 0; i < 6; i++) candidates.push(await started(socket));
    const [revokedOne, ...live] = candidates;
    // Saved once before its link is revoked: its attempt is cached, so its later saves reach the statement,
    // whose guard must refuse them there.
    expect((await socket.put(revokedOne.path, revokedOne.valid)).status).toBe(200);
    const revokedLink = await revoke(http, revokedOne.invitationId);
    expect(revokedLink.status).toBe(200);
    const attemptIds: string[] = (
      await ds.query(
        `SELECT t.id FROM attempts t JOIN candidate_invitations i ON i.id = t.invitation_id WHERE i.id = ANY($1)`,
        [candidates.map((c) => c.invitationId)],
      )
    ).map((r: { id: string }) => r.id);
    expect(attemptIds).toHaveLength(6);

    // Hold the attempts' rows, as a long transaction would: the first statements wait on them (a new answer's
    // foreign key), so the autosaves arriving meanwhile queue and leave together.
    const holder = ds.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    const before = route.writes;
    let responses: Promise<{ status: number; body: unknown; sent: string }[]>;
    try {
      await holder.query(`SELECT id FROM attempts WHERE id = ANY($1) FOR UPDATE`, [attemptIds]);
      const sends = [];
      for (let round = 0; round < 5; round++) {
        for (const c of candidates) {
          const optionId = c.q.options![round % c.q.options!.length].id;
          sends.push(
            socket
              .put(c.path, { response: { optionId } })
              .then((res) => ({ status: res.status, body: res.body, sent: optionId })),
          );
        }
      }
      responses = Promise.all(sends);
      const queued = await eventually(
        () => Promise.resolve(route.writes),
        (w) => w.answers - before.answers + w.waiting === 30,
        20_000,
        20,
      );
      expect(queued.answers - before.answers + queued.waiting).toBe(30);
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    const results = await responses;
    const after = route.writes;
    expect(after.answers - before.answers).toBe(30);
    // Batched: fewer statements than answers (each statement holds at most one save of an answer).
    expect(after.statements - before.statements).toBeLessThan(30);
    expect(after.statements - before.statements).toBeGreaterThanOrEqual(5);

    // The revoked link's saves are refused (410) and the others saved, whatever statement they shared.
    const byCandidate = (c: Awaited<ReturnType<typeof started>>) =>
      results.filter((_r, i) => candidates[i % candidates.length] === c);
    expect(byCandidate(revokedOne).map((r) => r.status)).toEqual([410, 410, 410, 410, 410]);
    for (const c of live) {
      const mine = byCandidate(c);
      expect(mine.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      // Saves of one answer reach the database one after another: the stored answer is the one saved last.
      const savedAts = mine.map((r) => (r.body as { savedAt: string }).savedAt);
      const [row] = await ds.query(
        `SELECT a.response, a.saved_at FROM answers a JOIN attempts t ON t.id = a.attempt_id
          WHERE t.invitation_id = $1 AND a.assessment_question_id = $2`,
        [c.invitationId, c.q.id],
      );
      const latest = savedAts.reduce((a, b) => (a > b ? a : b));
      expect(new Date(row.saved_at).toISOString()).toBe(latest);
      const lastSaved = mine.filter((r) => (r.body as { savedAt: string }).savedAt === latest);
      expect(lastSaved.map((r) => r.sent)).toContain(row.response.optionId);
    }
    const revokedRows = await ds.query(
      `SELECT a.response FROM answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.invitation_id = $1`,
      [revokedOne.invitationId],
    );
    expect(revokedRows.map((r: { response: unknown }) => r.response)).toEqual([revokedOne.valid.response]);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await http.get<ServedDocument>('/docs-json');
    const op = doc.body.paths['/api/v1/take/{token}/answers/{questionId}']?.put;
    expect(op?.summary).toBe('Save an answer (last write wins)');
    expect(op?.requestBody?.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/SaveAnswerDto',
    );
    expect(doc.body.components.schemas.SaveAnswerDto.properties?.response).toBeDefined();
    expect(doc.body.components.schemas.AnswerSavedDto.properties?.savedAt).toBeDefined();
  });
});
