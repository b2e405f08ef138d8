import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
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

/** The admin API calls the console's platform admin pages make (issue 15): questions, skills, roles. */
describe('platform admin console routes', () => {
  let app: NestFastifyApplication;
  let http: Http;
  let admin: SignedUp;
  let owner: SignedUp;
  let recruiter: SignedUp;

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
    owner = await signUp(http);
    recruiter = await addMember(http, owner, 'recruiter');
    admin = await makePlatformAdmin(app, await signUp(http));
  });
  afterAll(async () => {
    await app?.close();
  });

  async function globalQuestion(overrides: Record<string, unknown> = {}) {
    const res = await http.post('/api/v1/admin/questions', choiceQuestionBody(overrides), {
      token: admin.accessToken,
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; versionId: string };
  }

  it('refuses every page’s calls to organization members, and changes nothing for them', async () => {
    const question = await globalQuestion();
    const calls: [string, string, unknown?][] = [
      ['GET', `/api/v1/admin/questions/${question.id}`],
      ['GET', `/api/v1/admin/questions/${question.id}/statistics`],
      ['GET', '/api/v1/admin/questions?status=archived&type=single_choice&skill=http-api-design'],
      ['PATCH', `/api/v1/admin/questions/${question.id}`, { status: 'archived' }],
      ['PATCH', `/api/v1/admin/questions/${question.id}`, { prompt: 'Hacked' }],
      ['POST', '/api/v1/admin/roles/back-end-engineer/archive'],
      ['POST', '/api/v1/admin/roles/back-end-engineer/restore'],
      ['PATCH', '/api/v1/admin/skills/node-js', { description: 'Hacked' }],
    ];
    for (const member of [owner, recruiter]) {
      for (const [method, url, body] of calls) {
        const res = await http.request(method as 'GET', url, { body, token: member.accessToken });
        expect({ method, url, status: res.status }).toEqual({ method, url, status: 403 });
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    }
    const after = await http.get(`/api/v1/admin/questions/${question.id}`, { token: admin.accessToken });
    expect(after.body).toMatchObject({ status: 'active', version: 1 });
    expect(after.body.prompt).not.toBe('Hacked');
    expect((await http.get('/api/v1/roles/back-end-engineer')).status).toBe(200);
    const skills = await http.get('/api/v1/skills');
    expect(skills.body.items.find((s: { slug: string }) => s.slug === 'node-js')!.description).not.toBe(
      'Hacked',
    );
  });

  it('retires and restores a global question, and the status filter follows', async () => {
    const question = await globalQuestion({ skill: 'caching-performance' });
    const listed = async (status: string) =>
      (
        await http.get(
          `/api/v1/admin/questions?skill=caching-performance&type=single_choice&status=${status}&limit=100`,
          {
            token: admin.accessToken,
          },
        )
      ).body.items.map((q: { id: string }) => q.id);
    expect(await listed('active')).toContain(question.id);

    const retired = await http.patch(
      `/api/v1/admin/questions/${question.id}`,
      { status: 'archived' },
      { token: admin.accessToken },
    );
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ id: question.id, status: 'archived', version: 1 });
    expect(await listed('archived')).toContain(question.id);
    expect(await listed('active')).not.toContain(question.id);

    const restored = await http.patch(
      `/api/v1/admin/questions/${question.id}`,
      { status: 'active' },
      { token: admin.accessToken },
    );
    expect(restored.body.status).toBe('active');
    expect(await listed('active')).toContain(question.id);
  });

  it('edits a used question into a new version, the used one kept as it was', async () => {
    const question = await globalQuestion();
    await app
      .get(DataSource)
      .query(`UPDATE question_versions SET used_at = now() WHERE id = $1`, [question.versionId]);
    const prompt = 'Which status code means "created"? (edited)';
    const edited = await http.patch(
      `/api/v1/admin/questions/${question.id}`,
      { prompt, answerKey: { optionId: 'b' } },
      { token: admin.accessToken },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: question.id, version: 2, prompt, used: false });
    expect(edited.body.versionId).not.toBe(question.versionId);
    const read = await http.get(`/api/v1/admin/questions/${question.id}`, { token: admin.accessToken });
    expect(read.body).toMatchObject({ version: 2, prompt, answerKey: { optionId: 'b' } });
    const [kept] = await app
      .get(DataSource)
      .query(`SELECT version, prompt FROM question_versions WHERE id = $1`, [question.versionId]);
    expect(kept.version).toBe(1);
    expect(kept.prompt).not.toBe(prompt);
  });

  it('names each invalid field of a skill or question edit with 400', async () => {
    const skill = await http.patch(
      '/api/v1/admin/skills/node-js',
      { name: '', category: 'Not Kebab' },
      { token: admin.accessToken },
    );
    expect(skill.status).toBe(400);
    expect(skill.headers['content-type']).toContain('application/problem+json');
    expect(skill.problem.errors!.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'name']);

    const question = await globalQuestion();
    const status = await http.patch(
      `/api/v1/admin/questions/${question.id}`,
      { status: 'gone' },
      { token: admin.accessToken },
    );
    expect(status.status).toBe(400);
    expect(status.problem.errors!.map((e: { field: string }) => e.field)).toEqual(['status']);
    const content = await http.patch(
      `/api/v1/admin/questions/${question.id}`,
      { difficulty: 9, points: 0 },
      { token: admin.accessToken },
    );
    expect(content.status).toBe(400);
    expect(content.problem.errors!.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['difficulty', 'points']),
    );
  });

  it('serves a global question’s statistics to admins; other ids are 404', async () => {
    const question = await globalQuestion();
    const stats = await http.get(`/api/v1/admin/questions/${question.id}/statistics`, {
      token: admin.accessToken,
    });
    expect(stats.status).toBe(200);
    expect(stats.body).toEqual({ questionId: question.id, versions: [] });
    const own = await http.post('/api/v1/questions', choiceQuestionBody(), { token: owner.accessToken });
    expect(own.status).toBe(201);
    for (const id of [own.body.id, '0193c4f2-7a1e-7cc2-9a4e-000000000000']) {
      const res = await http.get(`/api/v1/admin/questions/${id}/statistics`, { token: admin.accessToken });
      expect({ id, status: res.status }).toEqual({ id, status: 404 });
      const get = await http.get(`/api/v1/admin/questions/${id}`, { token: admin.accessToken });
      expect({ id, status: get.status }).toEqual({ id, status: 404 });
    }
  });
});
