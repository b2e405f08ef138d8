import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
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
 * The answer autosave runs outside Nest's router (docs/decisions/0403): everything Nest's pipeline gave it
 * must still hold — the body contract, problem+json errors, the app-wide headers, revocation after the
 * attempt is cached, and its place in the OpenAPI document.
 */
type TakeQuestion = ApiBody<'/api/v1/take/{token}/start', 'post'>['questions'][number];
type FieldError = NonNullable<
  ApiBody<'/api/v1/take/{token}/answers/{questionId}', 'put', 400>['errors']
>[number];

describe('answer autosave, the plain Fastify route (real PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let http: Http;
  let org: SignedUp;
  let assessment: { id: string };

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
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

  async function started() {
    const [c] = await inviteCandidates(http, org.accessToken, assessment.id, 1, 'autosave');
    const start = await http.post(`/api/v1/take/${c.token}/start`);
    expect(start.status).toBe(200);
    const q = start.body.questions.find((x: TakeQuestion) => x.type === 'single_choice')!;
    const path = `/api/v1/take/${c.token}/answers/${q.id}` as const;
    return { ...c, q, path, valid: { response: { optionId: q.options![0].id } } };
  }

  it('saves with the headers every response carries', async () => {
    const c = await started();
    const saved = await http.put(c.path, c.valid, { headers: { 'x-request-id': 'autosave-req-1' } });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ questionId: c.q.id, savedAt: expect.any(String) });
    expect(new Date(saved.body.savedAt).toISOString()).toBe(saved.body.savedAt);
    expect(saved.headers['x-request-id']).toBe('autosave-req-1');
    expect(saved.headers['x-content-type-options']).toBe('nosniff');
    expect(saved.headers['content-security-policy']).toContain("default-src 'self'");
    // An upper-case question id is the same question (ids are compared in lower case).
    const upper = await http.put(`/api/v1/take/${c.token}/answers/${c.q.id.toUpperCase()}`, c.valid);
    expect(upper.status).toBe(200);
    expect(upper.body.questionId).toBe(c.q.id);
  });

  it('refuses a bad body with a 400 problem naming each field', async () => {
    const c = await started();
    const extra = await http.put(c.path, { ...c.valid, candidateId: 'x', score: 1 });
    expect(extra.status).toBe(400);
    expect(extra.headers['content-type']).toContain('application/problem+json');
    expect(extra.problem.errors!.map((e: FieldError) => e.field).sort()).toEqual(['candidateId', 'score']);

    for (const body of [{}, { response: null }]) {
      const missing = await http.put(c.path, body);
      expect(missing.status).toBe(400);
      expect(missing.problem.errors!.map((e: FieldError) => e.field)).toEqual(['response']);
    }
    const none = await http.request('PUT', c.path);
    expect(none.status).toBe(400);
    expect(none.problem.errors!.map((e: FieldError) => e.field)).toEqual(['response']);
    const array = await http.put(c.path, [c.valid]);
    expect(array.status).toBe(400);
    expect(array.problem.errors!.map((e: FieldError) => e.field)).toEqual(['(body)']);

    const malformed = await http.request('PUT', c.path, { raw: '{"response": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect(malformed.problem).toMatchObject({ status: 400, code: 'malformed-body', instance: c.path });
    const tooLarge = await http.request('PUT', c.path, {
      raw: JSON.stringify({ response: { text: 'x'.repeat(1024 * 1024) } }),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    const poisoned = await http.request('PUT', c.path, {
      raw: '{"response": {"optionId": "a", "__proto__": {"admin": true}}}',
    });
    expect(poisoned.status).toBe(400);
    const nul = await http.request('PUT', c.path, { raw: '{"response": {"optionId": "a\\u0000"}}' });
    expect(nul.status).toBe(400);
    expect(nul.problem.errors!.map((e: FieldError) => e.field)).toEqual(['response.optionId']);

    const wrongOption = await http.put(c.path, { response: { optionId: 'zz' } });
    expect(wrongOption.status).toBe(400);
    expect(wrongOption.problem.errors![0].field).toBe('response.optionId');
    // Nothing was saved by any of these.
    const resumed = await http.post(`/api/v1/take/${c.token}/start`);
    expect(resumed.body.answers).toEqual([]);
  });

  it('answers 404 for a foreign or malformed question id and an unknown token', async () => {
    const c = await started();
    expect((await http.put(c.path.replace(c.q.id, 'not-a-uuid'), c.valid)).status).toBe(404);
    const other = await publishAssessment(http, org.accessToken, { questionCount: 2 });
    const foreign = await http.put(c.path.replace(c.q.id, other.questions[0].id), c.valid);
    expect(foreign.status).toBe(404);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect((await http.put(`/api/v1/take/${'x'.repeat(43)}/answers/${c.q.id}`, c.valid)).status).toBe(404);
  });

  it('answers 410 once the invitation is revoked, even after the attempt was cached', async () => {
    const c = await started();
    expect((await http.put(c.path, c.valid)).status).toBe(200);
    const revoked = await http.post(
      `/api/v1/assessments/${assessment.id}/invitations/${c.invitationId}/revoke`,
      undefined,
      { token: org.accessToken },
    );
    expect(revoked.status).toBe(200);
    const late = await http.put(c.path, c.valid);
    expect(late.status).toBe(410);
    expect(late.headers['content-type']).toContain('application/problem+json');
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
