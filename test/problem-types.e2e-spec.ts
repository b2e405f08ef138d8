import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Http, startApi } from '@assay/testing';

describe('problem types we own: ${APP_URL}/problems/{code}', () => {
  let app: NestFastifyApplication;
  let http: Http;
  const appUrl = process.env.APP_URL!;

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('types errors with a page of this deployment, and that page says what happened and what to do', async () => {
    const invalid = await http.post('/api/v1/auth/login', { email: 'not an email' });
    expect(invalid.status).toBe(400);
    expect(invalid.problem.type).toBe(`${appUrl}/problems/validation-failed`);
    const missing = await http.get('/api/v1/roles/no-such-role');
    expect(missing.status).toBe(404);
    expect(missing.problem.type).toBe(`${appUrl}/problems/not-found`);

    for (const type of [invalid.problem.type, missing.problem.type] as string[]) {
      const page = await http.get(new URL(type).pathname);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.text).toContain('<h2>What happened</h2>');
      expect(page.text).toContain('<h2>What to do</h2>');
      expect(page.text).toContain(`<code>${type.split('/').pop()}</code>`);
    }
    const conflictPage = await http.get('/problems/not-draft');
    expect(conflictPage.text).toContain('HTTP 409');
  });

  it('lists every problem type, each with its page', async () => {
    const index = await http.get('/problems');
    expect(index.status).toBe(200);
    const codes = [...index.text.matchAll(/<a href="([a-z-]+)">/g)].map((m) => m[1]);
    expect(codes).toEqual(
      expect.arrayContaining(['validation-failed', 'quota-exceeded', 'invitation-revoked']),
    );
    for (const code of codes)
      expect([code, (await http.get(`/problems/${code}`)).status]).toEqual([code, 200]);
  });

  it('answers an unknown problem code with a 404 problem, and escapes nothing it was sent', async () => {
    const res = await http.get('/problems/%3Cscript%3E');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.text).not.toContain('<script>');
  });
});
