import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Http, signUp, startApi, typedApi } from '@assay/testing';
import type { ApiClient, SignedUp } from '@assay/testing';

const LIMIT = 4;

describe('integrator ergonomics: API-key rate limit headers, Link pagination (typed client)', () => {
  let app: NestFastifyApplication;
  let owner: SignedUp;
  let asOwner: ApiClient;

  beforeAll(async () => {
    app = await startApi({ RATE_LIMIT_API_KEY_PER_MINUTE: String(LIMIT) });
    owner = await signUp(new Http(app));
    asOwner = await typedApi(app, owner.accessToken);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function newKey(name: string): Promise<string> {
    const { data, response } = await asOwner.POST('/api/v1/organization/api-keys', { body: { name } });
    expect(response.status).toBe(201);
    return data!.key;
  }

  it('gives each API key its own per-minute budget, announced in RateLimit-* headers, then a 429', async () => {
    const asKey = await typedApi(app, await newKey('ATS'));
    const seen: [number, string | null, string | null, number][] = [];
    for (let i = 0; i < LIMIT; i++) {
      const { response } = await asKey.GET('/api/v1/assessments');
      const h = response.headers;
      seen.push([
        response.status,
        h.get('ratelimit-limit'),
        h.get('ratelimit-remaining'),
        Number(h.get('ratelimit-reset')),
      ]);
    }
    expect(seen.map(([s, l, r]) => [s, l, r])).toEqual([
      [200, '4', '3'],
      [200, '4', '2'],
      [200, '4', '1'],
      [200, '4', '0'],
    ]);
    for (const [, , , reset] of seen) expect(reset >= 1 && reset <= 60).toBe(true);

    const over = await asKey.GET('/api/v1/assessments');
    expect(over.response.status).toBe(429);
    expect(over.response.headers.get('content-type')).toContain('application/problem+json');
    expect(over.error).toMatchObject({ code: 'rate-limited', status: 429 });
    expect(over.response.headers.get('ratelimit-remaining')).toBe('0');
    const retryAfter = Number(over.response.headers.get('retry-after'));
    expect(retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(over.response.headers.get('ratelimit-reset')).toBe(String(retryAfter));

    // Another key of the same organization has its own budget; people's tokens are not limited this way.
    const other = await (await typedApi(app, await newKey('BI export'))).GET('/api/v1/assessments');
    expect([other.response.status, other.response.headers.get('ratelimit-remaining')]).toEqual([200, '3']);
    const person = await asOwner.GET('/api/v1/assessments');
    expect(person.response.status).toBe(200);
    expect(person.response.headers.get('ratelimit-limit')).toBeNull();
  });

  it('adds Link: <…>; rel="next" to a list page that has a next page, keeping the query', async () => {
    for (const name of ['Key A', 'Key B', 'Key C']) await newKey(name);
    const first = await asOwner.GET('/api/v1/organization/api-keys', { params: { query: { limit: 2 } } });
    expect(first.response.status).toBe(200);
    const cursor = first.data!.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const next = new URL(`${process.env.APP_URL}/api/v1/organization/api-keys`);
    next.searchParams.set('limit', '2');
    next.searchParams.set('cursor', cursor!);
    expect(first.response.headers.get('link')).toBe(`<${next.toString()}>; rel="next"`);

    let page = first;
    const seen = new Set(first.data!.items.map((k) => k.id));
    while (page.data!.nextCursor) {
      const link = new URL(/^<([^>]+)>; rel="next"$/.exec(page.response.headers.get('link')!)![1]);
      page = await asOwner.GET('/api/v1/organization/api-keys', {
        params: {
          query: { limit: Number(link.searchParams.get('limit')), cursor: link.searchParams.get('cursor')! },
        },
      });
      expect(page.response.status).toBe(200);
      for (const key of page.data!.items) seen.add(key.id);
    }
    expect(page.response.headers.get('link')).toBeNull();
    expect(seen.size).toBeGreaterThanOrEqual(5);

    const roles = await (await typedApi(app)).GET('/api/v1/roles', { params: { query: { limit: 1 } } });
    expect(roles.response.status).toBe(200);
    // The shipped catalog has ten roles, so one per page has a next page.
    expect(roles.data!.nextCursor).toEqual(expect.any(String));
    expect(roles.response.headers.get('link')).toBe(
      `<${process.env.APP_URL}/api/v1/roles?limit=1&cursor=${encodeURIComponent(roles.data!.nextCursor!)}>; rel="next"`,
    );
  });
});
