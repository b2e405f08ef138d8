import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { authHeader, Http, signUp, startApi } from '@assay/testing';
import type { SignedUp } from '@assay/testing';

const LIMIT = 4;

describe('integrator ergonomics: API-key rate limit headers, Link pagination', () => {
  let app: NestFastifyApplication;
  let http: Http;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startApi({ RATE_LIMIT_API_KEY_PER_MINUTE: String(LIMIT) });
    http = new Http(app);
    owner = await signUp(http);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function newKey(name: string): Promise<string> {
    const res = await http.post(
      '/api/v1/organization/api-keys',
      { name },
      { headers: authHeader(owner.accessToken) },
    );
    expect(res.status).toBe(201);
    return res.body.key as string;
  }

  it('gives each API key its own per-minute budget, announced in RateLimit-* headers, then a 429', async () => {
    const key = await newKey('ATS');
    const seen: [number, unknown, unknown, number][] = [];
    for (let i = 0; i < LIMIT; i++) {
      const res = await http.get('/api/v1/assessments', { headers: authHeader(key) });
      seen.push([
        res.status,
        res.headers['ratelimit-limit'],
        res.headers['ratelimit-remaining'],
        Number(res.headers['ratelimit-reset']),
      ]);
    }
    expect(seen.map(([s, l, r]) => [s, l, r])).toEqual([
      [200, '4', '3'],
      [200, '4', '2'],
      [200, '4', '1'],
      [200, '4', '0'],
    ]);
    for (const [, , , reset] of seen) expect(reset >= 1 && reset <= 60).toBe(true);

    const over = await http.get('/api/v1/assessments', { headers: authHeader(key) });
    expect(over.status).toBe(429);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.body).toMatchObject({ code: 'rate-limited', status: 429 });
    expect(over.headers['ratelimit-remaining']).toBe('0');
    const retryAfter = Number(over.headers['retry-after']);
    expect(retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(over.headers['ratelimit-reset']).toBe(String(retryAfter));

    // Another key of the same organization has its own budget; people's tokens are not limited this way.
    const other = await http.get('/api/v1/assessments', { headers: authHeader(await newKey('BI export')) });
    expect([other.status, other.headers['ratelimit-remaining']]).toEqual([200, '3']);
    const person = await http.get('/api/v1/assessments', { headers: authHeader(owner.accessToken) });
    expect(person.status).toBe(200);
    expect(person.headers['ratelimit-limit']).toBeUndefined();
  });

  it('adds Link: <…>; rel="next" to a list page that has a next page, keeping the query', async () => {
    for (const name of ['Key A', 'Key B', 'Key C']) await newKey(name);
    const first = await http.get('/api/v1/organization/api-keys?limit=2', {
      headers: authHeader(owner.accessToken),
    });
    expect(first.status).toBe(200);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = new URL(`${process.env.APP_URL}/api/v1/organization/api-keys`);
    next.searchParams.set('limit', '2');
    next.searchParams.set('cursor', first.body.nextCursor);
    expect(first.headers.link).toBe(`<${next.toString()}>; rel="next"`);

    let page = first;
    while (page.body.nextCursor) {
      const url = /^<([^>]+)>; rel="next"$/.exec(String(page.headers.link))![1];
      page = await http.get(new URL(url).pathname + new URL(url).search, {
        headers: authHeader(owner.accessToken),
      });
      expect(page.status).toBe(200);
    }
    expect(page.headers.link).toBeUndefined();

    const roles = await http.get('/api/v1/roles?limit=1');
    expect(roles.status).toBe(200);
    // The shipped catalog has ten roles, so one per page has a next page.
    expect(roles.body.nextCursor).toEqual(expect.any(String));
    expect(roles.headers.link).toBe(
      `<${process.env.APP_URL}/api/v1/roles?limit=1&cursor=${encodeURIComponent(roles.body.nextCursor)}>; rel="next"`,
    );
  });
});
