import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Http, signUp, startApi, TEST_PASSWORD, uniqueEmail } from '@assay/testing';

jest.setTimeout(30_000);

/** The refresh token out of a Set-Cookie header (and the header itself, to check its attributes). */
function refreshCookieOf(headers: Record<string, unknown>): { value: string; header: string } {
  const raw = headers['set-cookie'];
  const header = (Array.isArray(raw) ? raw : [String(raw ?? '')]).find((c) => c.startsWith('assay_refresh='));
  if (!header) throw new Error(`no assay_refresh cookie in ${JSON.stringify(raw)}`);
  return { value: decodeURIComponent(header.split(';')[0].slice('assay_refresh='.length)), header };
}

const COOKIE_MODE = { 'x-assay-session': 'cookie' };

describe('browser sessions: refresh token in an HttpOnly cookie', () => {
  let app: NestFastifyApplication;
  let http: Http;

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
  });
  afterAll(() => app?.close());

  async function cookieLogin() {
    const org = await signUp(http);
    const res = await http.post(
      '/api/v1/auth/login',
      { email: org.email, password: TEST_PASSWORD },
      { headers: COOKIE_MODE },
    );
    expect(res.status).toBe(200);
    return { org, res, cookie: refreshCookieOf(res.headers) };
  }

  it('login in cookie mode sets an HttpOnly, Secure, SameSite=Strict cookie on the auth path and keeps the token out of the body', async () => {
    const { res, cookie } = await cookieLogin();
    expect(res.body.tokens.accessToken).toEqual(expect.any(String));
    expect(res.body.tokens.refreshToken).toBeUndefined();
    expect(res.text).not.toContain(cookie.value);
    const attributes = cookie.header.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(
      expect.arrayContaining(['httponly', 'secure', 'samesite=strict', 'path=/api/v1/auth']),
    );
  });

  it('signup in cookie mode also uses the cookie', async () => {
    const res = await http.post(
      '/api/v1/signup',
      {
        organizationName: 'Cookie Co',
        fullName: 'C Owner',
        email: uniqueEmail('cookie'),
        password: TEST_PASSWORD,
      },
      { headers: COOKIE_MODE },
    );
    expect(res.status).toBe(201);
    expect(res.body.tokens.refreshToken).toBeUndefined();
    expect(refreshCookieOf(res.headers).value.length).toBeGreaterThan(20);
  });

  it('refreshes from the cookie with the session header, rotating the cookie', async () => {
    const { cookie } = await cookieLogin();
    const res = await http.post(
      '/api/v1/auth/refresh',
      {},
      {
        headers: { ...COOKIE_MODE, cookie: `assay_refresh=${encodeURIComponent(cookie.value)}` },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.tokens.accessToken).toEqual(expect.any(String));
    expect(res.body.tokens.refreshToken).toBeUndefined();
    const next = refreshCookieOf(res.headers);
    expect(next.value).not.toBe(cookie.value);
    // The rotated-away cookie is now a reuse: the family is revoked.
    const reuse = await http.post(
      '/api/v1/auth/refresh',
      {},
      {
        headers: { ...COOKIE_MODE, cookie: `assay_refresh=${encodeURIComponent(cookie.value)}` },
      },
    );
    expect(reuse.status).toBe(401);
  });

  it('CSRF: the cookie alone (no session header, as a cross-site form would send) is refused', async () => {
    const { cookie } = await cookieLogin();
    const res = await http.post(
      '/api/v1/auth/refresh',
      {},
      {
        headers: { cookie: `assay_refresh=${encodeURIComponent(cookie.value)}` },
      },
    );
    expect(res.status).toBe(400);
    expect(res.problem.errors!.map((e: { field: string }) => e.field)).toEqual(['refreshToken']);
  });

  it('CSRF: a cookie refresh from another origin is refused (403) and the cookie still works afterwards', async () => {
    const { cookie } = await cookieLogin();
    const headers = { ...COOKIE_MODE, cookie: `assay_refresh=${encodeURIComponent(cookie.value)}` };
    const evil = await http.post(
      '/api/v1/auth/refresh',
      {},
      {
        headers: { ...headers, origin: 'https://evil.example' },
      },
    );
    expect(evil.status).toBe(403);
    const same = await http.post(
      '/api/v1/auth/refresh',
      {},
      {
        headers: { ...headers, origin: 'http://localhost:3000', host: 'localhost:3000' },
      },
    );
    expect(same.status).toBe(200);
  });

  it('logout from the cookie clears it and ends the session', async () => {
    const { cookie } = await cookieLogin();
    const headers = { ...COOKIE_MODE, cookie: `assay_refresh=${encodeURIComponent(cookie.value)}` };
    const out = await http.post('/api/v1/auth/logout', {}, { headers });
    expect(out.status).toBe(204);
    expect(refreshCookieOf(out.headers).header).toMatch(/Max-Age=0/);
    expect((await http.post('/api/v1/auth/refresh', {}, { headers })).status).toBe(401);
  });

  it('bearer clients are unchanged: the refresh token in the body, refresh with the body', async () => {
    const org = await signUp(http);
    expect(org.refreshToken).toEqual(expect.any(String));
    const res = await http.post('/api/v1/auth/refresh', { refreshToken: org.refreshToken });
    expect(res.status).toBe(200);
    expect(res.body.tokens.refreshToken).toEqual(expect.any(String));
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await http.post('/api/v1/auth/refresh', {})).status).toBe(400);
  });
});
