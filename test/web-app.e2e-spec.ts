import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  eventually,
  Http,
  makePlatformAdmin,
  roleBody,
  SignedUp,
  signUp,
  startApi,
  uniqueSlug,
} from '@assay/testing';

/**
 * The web app served by the API process: static assets with long caching, server-rendered public pages
 * (readable without JavaScript, escaped, refreshed on publish), the app shell on web routes only.
 */
describe('web app served by the API', () => {
  let app: NestFastifyApplication;
  let http: Http;
  let admin: SignedUp;

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
    admin = await makePlatformAdmin(app, await signUp(http));
  }, 60_000);

  afterAll(() => app?.close());

  it('renders the role page as HTML with title, levels, requirements and link-preview tags', async () => {
    const role = (await http.get('/api/v1/roles/back-end-engineer')).body;
    const res = await get('/roles/back-end-engineer');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    const html = res.body;
    expect(html).toContain(`<h1>${role.title}</h1>`);
    expect(html).toContain(`<title>${role.title} — skills, levels and requirements · Assay</title>`);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}" \/>/);
    expect(html).toContain(
      `<meta property="og:title" content="${role.title} — skills, levels and requirements · Assay" />`,
    );
    expect(html).toContain(
      '<meta property="og:url" content="http://app.assay.test/roles/back-end-engineer" />',
    );
    for (const level of role.levels) {
      expect(html).toContain(level.title);
      const years =
        level.yearsOfExperience.max === null
          ? `${level.yearsOfExperience.min}+ years`
          : `${level.yearsOfExperience.min}–${level.yearsOfExperience.max} years`;
      expect(html).toContain(years);
    }
    for (const r of role.requirements) {
      expect(html).toContain(r.skill.name.replace(/&/g, '&amp;'));
      expect(html).toContain(`<td data-label="Senior">${r.expectedProficiency.senior} · `);
    }
    expect(html).toContain('href="/signup?role=back-end-engineer"');
    // The same ETag revalidates to 304.
    const again = await get('/roles/back-end-engineer', { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('escapes catalog text and shows a publish at once', async () => {
    const slug = uniqueSlug('xss');
    const evil = `Evil <script>alert("x")</script> & 'quotes'`;
    const created = await http.post(
      '/api/v1/admin/roles',
      roleBody(slug, { title: evil, summary: `<img src=x onerror=alert(1)> summary text` }),
      {
        token: admin.accessToken,
      },
    );
    expect(created.status).toBe(201);
    expect(
      (await http.post(`/api/v1/admin/roles/${slug}/publish`, undefined, { token: admin.accessToken }))
        .status,
    ).toBe(200);
    const page = await get(`/roles/${slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain(
      'Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;',
    );
    const scripts = page.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.every((tag) => /\bsrc="\/assets\/[^"]+\.js"/.test(tag))).toBe(true);

    expect(
      (
        await http.patch(
          `/api/v1/admin/roles/${slug}`,
          { title: 'Renamed Role' },
          { token: admin.accessToken },
        )
      ).status,
    ).toBe(200);
    expect(
      (await http.post(`/api/v1/admin/roles/${slug}/publish`, undefined, { token: admin.accessToken }))
        .status,
    ).toBe(200);
    const republished = await get(`/roles/${slug}`);
    expect(republished.body).toContain('<h1>Renamed Role</h1>');
  });

  it('shows a publish made through another API process (the catalog cache is dropped over Redis)', async () => {
    const other = await startApi();
    try {
      const slug = uniqueSlug('multi');
      const admin2 = { token: admin.accessToken };
      expect(
        (await http.post('/api/v1/admin/roles', roleBody(slug, { title: 'First Title' }), admin2)).status,
      ).toBe(201);
      expect((await http.post(`/api/v1/admin/roles/${slug}/publish`, undefined, admin2)).status).toBe(200);
      const viaOther = () =>
        other
          .getHttpAdapter()
          .getInstance()
          .inject({ method: 'GET', url: `/roles/${slug}` });
      expect((await viaOther()).body).toContain('<h1>First Title</h1>');
      expect(
        (await http.patch(`/api/v1/admin/roles/${slug}`, { title: 'Second Title' }, admin2)).status,
      ).toBe(200);
      expect((await http.post(`/api/v1/admin/roles/${slug}/publish`, undefined, admin2)).status).toBe(200);
      const page = await eventually(viaOther, (r) => r.body.includes('<h1>Second Title</h1>'), 5_000);
      expect(page.body).toContain('<h1>Second Title</h1>');
    } finally {
      await other.close();
    }
  });

  it('lists the catalog on / as links, and answers 404 for an unknown role', async () => {
    const home = await get('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<a href="/roles/back-end-engineer">');
    const missing = await get('/roles/no-such-role');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^text\/html/);
    expect(missing.body).toContain('Role not found');
  });

  it('serves hashed assets for a year and the app shell on web routes without caching', async () => {
    const index = readFileSync(path.resolve(__dirname, '../apps/web/dist/index.html'), 'utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)![1];
    const asset = await get(script);
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/take/abc', '/signup?role=x', '/login', '/app/assessments/1']) {
      const shell = await get(url);
      expect(shell.statusCode).toBe(200);
      expect(shell.headers['cache-control']).toBe('no-cache');
      expect(shell.body).toContain(`src="${script}"`);
    }
  });

  it('keeps a strict CSP (no inline script) and leaves the API, docs, health and unknown paths alone', async () => {
    const page = await get('/');
    const csp = String(page.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1];
    expect(scriptSrc).toBe("'self'");
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    expect((await get('/api/v1/nope')).headers['content-type']).toMatch(/problem\+json/);
    expect((await get('/health/live')).statusCode).toBe(200);
    expect((await get('/docs-json')).statusCode).toBe(200);
    const unknown = await get('/definitely-not-a-page');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
    expect((await get('/index.html')).statusCode).toBe(404);
  });
});
