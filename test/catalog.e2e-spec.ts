import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { RolesService } from '@assay/roles';
import { shippedCatalog } from '@assay/catalog-content';
import {
  Http,
  type ServedDocument,
  SignedUp,
  makePlatformAdmin,
  roleBody,
  signUp,
  startApi,
  uniqueSlug,
} from '@assay/testing';

jest.setTimeout(60_000);

describe('role catalog (public reads, platform-admin authoring)', () => {
  let app: NestFastifyApplication;
  let http: Http;
  let admin: SignedUp;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
    owner = await signUp(http);
    admin = await makePlatformAdmin(app, await signUp(http));
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('GET /api/v1/roles', () => {
    it('lists every shipped role with its four levels, without credentials', async () => {
      const res = await http.get('/api/v1/roles?limit=100');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      const slugs = res.body.items.map((r: { slug: string }) => r.slug);
      expect(slugs).toEqual(expect.arrayContaining(shippedCatalog().roles.map((r) => r.slug)));
      expect(res.body.items.find((r: { slug: string }) => r.slug === 'back-end-engineer')).toEqual({
        slug: 'back-end-engineer',
        title: 'Back-End Engineer',
        category: 'engineering',
        summary: expect.any(String),
        levels: ['junior', 'mid', 'senior', 'lead'],
      });
    });

    it('searches title and summary case-insensitively and filters by category', async () => {
      const byTitle = await http.get('/api/v1/roles?q=BACK-END');
      expect(byTitle.body.items.map((r: { slug: string }) => r.slug)).toContain('back-end-engineer');
      const bySummary = await http.get('/api/v1/roles?q=pipelines');
      expect(bySummary.body.items.map((r: { slug: string }) => r.slug)).toContain('data-engineer');
      const none = await http.get('/api/v1/roles?q=zz-no-such-role-zz');
      expect(none.body).toEqual({ items: [], nextCursor: null });
      const data = await http.get('/api/v1/roles?category=data');
      expect(data.body.items.length).toBeGreaterThan(0);
      expect(data.body.items.every((r: { category: string }) => r.category === 'data')).toBe(true);
      const wildcard = await http.get('/api/v1/roles?q=%25');
      expect(wildcard.body.items).toEqual([]);
    });

    it('pages with a cursor, every role exactly once', async () => {
      const all = (await http.get('/api/v1/roles?limit=100')).body.items.map((r: { slug: string }) => r.slug);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: `/api/v1/roles?${string}` = `/api/v1/roles?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = await http.get(url);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.body.items.map((r: { slug: string }) => r.slug));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });

    it('rejects a bad limit or cursor with field errors', async () => {
      const res = await http.get('/api/v1/roles?limit=101&cursor=%7B');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.problem.errors!.map((e: { field: string }) => e.field)).toContain('limit');
      const cursor = await http.get('/api/v1/roles?cursor=not-a-cursor');
      expect(cursor.status).toBe(400);
      expect(cursor.problem.errors).toEqual([{ field: 'cursor', message: 'cursor is not valid' }]);
    });
  });

  describe('GET /api/v1/roles/{slug}', () => {
    it('returns the published Back-End Engineer page with ETag and Cache-Control', async () => {
      const res = await http.get('/api/v1/roles/back-end-engineer');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const page = res.body;
      expect(Object.keys(page).sort()).toEqual(
        [
          'category',
          'description',
          'levels',
          'publishedAt',
          'requirements',
          'responsibilities',
          'slug',
          'summary',
          'title',
          'version',
        ].sort(),
      );
      expect(page.slug).toBe('back-end-engineer');
      expect(page.version).toBeGreaterThanOrEqual(1);
      expect(new Date(page.publishedAt).toISOString()).toBe(page.publishedAt);
      expect(page.responsibilities.length).toBeGreaterThanOrEqual(5);
      expect(page.levels.map((l: { level: string }) => l.level)).toEqual(['junior', 'mid', 'senior', 'lead']);
      expect(page.levels[0]).toEqual({
        level: 'junior',
        title: expect.any(String),
        summary: expect.any(String),
        yearsOfExperience: { min: expect.any(Number), max: expect.any(Number) },
      });
      expect(page.requirements.length).toBeGreaterThanOrEqual(6);
      const api = page.requirements.find(
        (r: { skill: { slug: string } }) => r.skill.slug === 'http-api-design',
      );
      expect(api).toEqual({
        skill: { slug: 'http-api-design', name: 'HTTP & API Design', category: 'backend' },
        importance: expect.any(Number),
        description: expect.any(String),
        expectedProficiency: {
          junior: expect.any(Number),
          mid: expect.any(Number),
          senior: expect.any(Number),
          lead: expect.any(Number),
        },
      });
    });

    it('answers If-None-Match with 304 and no body, and a stale tag with the page', async () => {
      const first = await http.get('/api/v1/roles/back-end-engineer');
      const etag = String(first.headers.etag);
      const again = await http.get('/api/v1/roles/back-end-engineer', { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['cache-control']).toBe('public, max-age=60');
      const weak = await http.get('/api/v1/roles/back-end-engineer', {
        headers: { 'if-none-match': `"other", W/${etag}` },
      });
      expect(weak.status).toBe(304);
      const stale = await http.get('/api/v1/roles/back-end-engineer', {
        headers: { 'if-none-match': '"stale"' },
      });
      expect(stale.status).toBe(200);
      expect(stale.body.slug).toBe('back-end-engineer');
    });

    it('sends the page precompressed (br, gzip) with a tag per representation', async () => {
      const get = (headers: Record<string, string>) =>
        app
          .getHttpAdapter()
          .getInstance()
          .inject({ method: 'GET', url: '/api/v1/roles/back-end-engineer', headers });
      const plain = await get({});
      const br = await get({ 'accept-encoding': 'gzip, deflate, br' });
      const gz = await get({ 'accept-encoding': 'gzip' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBe('br');
      expect(gz.headers['content-encoding']).toBe('gzip');
      for (const res of [plain, br, gz]) {
        expect(res.statusCode).toBe(200);
        expect(res.headers.vary).toContain('accept-encoding');
        expect(res.headers['cache-control']).toBe('public, max-age=60');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      }
      expect(JSON.parse(plain.body).slug).toBe('back-end-engineer');
      expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
      expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3);
      // A tag of any representation names the same version.
      const revalidated = await get({ 'if-none-match': String(br.headers.etag) });
      expect(revalidated.statusCode).toBe(304);
      expect(revalidated.headers.etag).toBe(plain.headers.etag);
      const doc = await http.get<ServedDocument>('/docs-json');
      expect(doc.body.paths['/api/v1/roles/{slug}'].get.responses['200']).toBeDefined();
      expect(doc.body.components.schemas.RolePageDto).toBeDefined();
    });

    it('answers an unknown slug with a 404 problem', async () => {
      for (const slug of ['no-such-role', 'Not A Slug!', 'x'.repeat(90)]) {
        const res = await http.get(`/api/v1/roles/${encodeURIComponent(slug)}`);
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    });
  });

  it('GET /api/v1/skills lists the taxonomy', async () => {
    const res = await http.get('/api/v1/skills');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(40);
    expect(res.body.items).toContainEqual({
      slug: 'node-js',
      name: expect.any(String),
      category: 'backend',
      description: expect.any(String),
    });
  });

  describe('admin: create → edit draft → publish', () => {
    it('publishes new versions while earlier ones stay as they were', async () => {
      const slug = uniqueSlug('platform-engineer');
      const created = await http.post('/api/v1/admin/roles', roleBody(slug), { token: admin.accessToken });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        slug,
        archived: false,
        published: null,
        draft: { version: null, status: 'draft' },
      });

      // A draft is not public.
      expect((await http.get(`/api/v1/roles/${slug}`)).status).toBe(404);

      const published = await http.post(`/api/v1/admin/roles/${slug}/publish`, undefined, {
        token: admin.accessToken,
      });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ published: { version: 1, status: 'published' }, draft: null });
      const v1 = await http.get(`/api/v1/roles/${slug}`);
      expect(v1.status).toBe(200);
      expect(v1.body).toMatchObject({ slug, version: 1, title: `Test Role ${slug}` });

      // An assessment composed now points at version 1.
      const roles = app.get(RolesService);
      const composedFrom = await roles.getPublished(slug);
      expect(composedFrom).toMatchObject({ slug, version: 1, title: `Test Role ${slug}` });
      expect(composedFrom!.requirements[0]).toEqual({
        skill: 'http-api-design',
        importance: 5,
        description: 'Designs HTTP APIs.',
        expectedProficiency: { junior: 1, mid: 2, senior: 3, lead: 4 },
      });

      // Editing starts a draft from the published version; the public page does not change yet.
      const edited = await http.patch(
        `/api/v1/admin/roles/${slug}`,
        { title: 'Platform Engineer', responsibilities: ['Run the platform.'] },
        { token: admin.accessToken },
      );
      expect(edited.status).toBe(200);
      expect(edited.body.draft).toMatchObject({ title: 'Platform Engineer', summary: `Summary of ${slug}.` });
      expect(edited.body.published).toMatchObject({ version: 1, title: `Test Role ${slug}` });
      const still = await http.get(`/api/v1/roles/${slug}`);
      expect(still.body.title).toBe(`Test Role ${slug}`);

      await http.post(`/api/v1/admin/roles/${slug}/publish`, undefined, { token: admin.accessToken });
      const v2 = await http.get(`/api/v1/roles/${slug}`, {
        headers: { 'if-none-match': String(v1.headers.etag) },
      });
      expect(v2.status).toBe(200);
      expect(v2.body).toMatchObject({
        version: 2,
        title: 'Platform Engineer',
        responsibilities: ['Run the platform.'],
      });
      expect(v2.headers.etag).not.toBe(v1.headers.etag);

      // The old assessment's version is unchanged.
      const old = await roles.getVersion(composedFrom!.versionId);
      expect(old).toMatchObject({ version: 1, title: `Test Role ${slug}` });
      expect((await roles.getPublished(slug))!.version).toBe(2);

      // The database itself refuses to change a published version.
      await expect(
        app
          .get(DataSource)
          .query(`UPDATE role_template_versions SET title = 'tampered' WHERE id = $1`, [
            composedFrom!.versionId,
          ]),
      ).rejects.toThrow(/immutable/);

      // Publishing without a draft is a conflict.
      const nothing = await http.post(`/api/v1/admin/roles/${slug}/publish`, undefined, {
        token: admin.accessToken,
      });
      expect(nothing.status).toBe(409);
    });

    it('archives a role out of the public catalog and restores it', async () => {
      const slug = uniqueSlug('archived-role');
      await http.post('/api/v1/admin/roles', roleBody(slug), { token: admin.accessToken });
      await http.post(`/api/v1/admin/roles/${slug}/publish`, undefined, { token: admin.accessToken });
      const inList = async () =>
        (await http.get(`/api/v1/roles?q=${slug}`)).body.items.map((r: { slug: string }) => r.slug);
      expect(await inList()).toEqual([slug]);
      const { versionId } = (await app.get(RolesService).getPublished(slug))!;

      const archived = await http.post(`/api/v1/admin/roles/${slug}/archive`, undefined, {
        token: admin.accessToken,
      });
      expect(archived.status).toBe(200);
      expect(archived.body.archived).toBe(true);
      expect(await inList()).toEqual([]);
      expect((await http.get(`/api/v1/roles/${slug}`)).status).toBe(404);
      expect(await app.get(RolesService).getPublished(slug)).toBeNull();
      expect(await app.get(RolesService).getVersion(versionId)).toMatchObject({ slug, version: 1 });

      await http.post(`/api/v1/admin/roles/${slug}/restore`, undefined, { token: admin.accessToken });
      expect(await inList()).toEqual([slug]);
    });

    it('refuses a duplicate slug with 409', async () => {
      const res = await http.post('/api/v1/admin/roles', roleBody('back-end-engineer'), {
        token: admin.accessToken,
      });
      expect(res.status).toBe(409);
    });

    it('names every invalid field of a role', async () => {
      const body = roleBody(uniqueSlug('bad-role'));
      body.requirements[0].expectedProficiency = { junior: 2, mid: 3, senior: 1, lead: 4 };
      body.requirements[1].skill = 'no-such-skill';
      const unknown = await http.post(
        '/api/v1/admin/roles',
        { ...body, salary: 100 },
        { token: admin.accessToken },
      );
      expect(unknown.status).toBe(400);
      expect(unknown.problem.errors!.map((e: { field: string }) => e.field)).toEqual(['salary']);

      const res = await http.post(
        '/api/v1/admin/roles',
        { ...body, levels: body.levels.slice(0, 3), title: '', responsibilities: 'many' },
        { token: admin.accessToken },
      );
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.problem.errors).toEqual(
        expect.arrayContaining([
          { field: 'title', message: 'must not be empty' },
          { field: 'responsibilities', message: 'must be an array' },
          { field: 'levels', message: 'must have exactly 4 items' },
        ]),
      );

      const rules = await http.post('/api/v1/admin/roles', body, { token: admin.accessToken });
      expect(rules.status).toBe(400);
      expect(rules.problem.errors).toEqual([
        {
          field: 'requirements[0].expectedProficiency.senior',
          message: 'must not be lower than at mid level (3)',
        },
        { field: 'requirements[1].skill', message: 'is not a known skill ("no-such-skill")' },
      ]);

      const slug = uniqueSlug('edit-role');
      await http.post('/api/v1/admin/roles', roleBody(slug), { token: admin.accessToken });
      const edit = await http.patch(
        `/api/v1/admin/roles/${slug}`,
        { levels: [] },
        { token: admin.accessToken },
      );
      expect(edit.status).toBe(400);
      expect(edit.problem.errors).toEqual([{ field: 'levels', message: 'must have exactly 4 items' }]);
    });

    it('keeps admin routes from everyone but platform admins', async () => {
      const slug = uniqueSlug('forbidden-role');
      const calls: [string, string, unknown?][] = [
        ['GET', '/api/v1/admin/roles'],
        ['POST', '/api/v1/admin/roles', roleBody(slug)],
        ['PATCH', '/api/v1/admin/roles/back-end-engineer', { title: 'Hacked' }],
        ['POST', '/api/v1/admin/roles/back-end-engineer/publish'],
        ['POST', '/api/v1/admin/roles/back-end-engineer/archive'],
        ['POST', '/api/v1/admin/skills', { slug, name: 'X', category: 'backend', description: 'X.' }],
        ['PATCH', '/api/v1/admin/skills/node-js', { name: 'Hacked' }],
        ['GET', '/api/v1/admin/questions'],
      ];
      for (const [method, url, body] of calls) {
        const asOwner = await http.request(method as 'GET', url, { body, token: owner.accessToken });
        expect({ method, url, status: asOwner.status }).toEqual({ method, url, status: 403 });
        const anonymous = await http.request(method as 'GET', url, { body });
        expect({ method, url, status: anonymous.status }).toEqual({ method, url, status: 401 });
      }
      expect((await http.get('/api/v1/roles/back-end-engineer')).body.title).toBe('Back-End Engineer');
    });
  });

  describe('admin: skills', () => {
    it('creates and edits a skill, shown in the public list and on role pages', async () => {
      const slug = uniqueSlug('skill');
      const created = await http.post(
        '/api/v1/admin/skills',
        { slug, name: 'Test Skill', category: 'backend', description: 'For a test.' },
        { token: admin.accessToken },
      );
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        slug,
        name: 'Test Skill',
        category: 'backend',
        description: 'For a test.',
      });
      const dup = await http.post(
        '/api/v1/admin/skills',
        { slug, name: 'Again', category: 'backend', description: 'Again.' },
        { token: admin.accessToken },
      );
      expect(dup.status).toBe(409);
      const bad = await http.post(
        '/api/v1/admin/skills',
        { slug: 'Bad Slug', name: '' },
        { token: admin.accessToken },
      );
      expect(bad.status).toBe(400);
      expect(bad.problem.errors!.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['slug', 'name', 'category', 'description']),
      );

      const role = uniqueSlug('skill-role');
      const body = roleBody(role);
      body.requirements.push({
        skill: slug,
        importance: 2,
        description: 'Uses the test skill.',
        expectedProficiency: { junior: 0, mid: 1, senior: 2, lead: 2 },
      });
      expect((await http.post('/api/v1/admin/roles', body, { token: admin.accessToken })).status).toBe(201);
      await http.post(`/api/v1/admin/roles/${role}/publish`, undefined, { token: admin.accessToken });
      const before = await http.get(`/api/v1/roles/${role}`);
      expect(before.body.requirements[2].skill).toEqual({ slug, name: 'Test Skill', category: 'backend' });

      const renamed = await http.patch(
        `/api/v1/admin/skills/${slug}`,
        { name: 'Renamed Skill' },
        { token: admin.accessToken },
      );
      expect(renamed.status).toBe(200);
      const skills = await http.get('/api/v1/skills');
      expect(skills.body.items).toContainEqual(expect.objectContaining({ slug, name: 'Renamed Skill' }));
      const after = await http.get(`/api/v1/roles/${role}`, {
        headers: { 'if-none-match': String(before.headers.etag) },
      });
      expect(after.status).toBe(200);
      expect(after.body.requirements[2].skill.name).toBe('Renamed Skill');
      expect(
        (await http.patch('/api/v1/admin/skills/no-such-skill', { name: 'X' }, { token: admin.accessToken }))
          .status,
      ).toBe(404);
    });
  });

  it('describes the catalog endpoints in the OpenAPI document', async () => {
    const doc = await http.get<ServedDocument>('/docs-json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/roles',
        '/api/v1/roles/{slug}',
        '/api/v1/skills',
        '/api/v1/admin/roles',
        '/api/v1/admin/roles/{slug}',
        '/api/v1/admin/roles/{slug}/publish',
        '/api/v1/admin/skills',
        '/api/v1/admin/questions',
        '/api/v1/admin/questions/{id}',
        '/api/v1/questions',
        '/api/v1/questions/{id}',
      ]),
    );
  });
});
