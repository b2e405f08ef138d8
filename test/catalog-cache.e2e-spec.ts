import type { NestFastifyApplication } from '@nestjs/platform-fastify';
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

jest.setTimeout(60_000);

/**
 * Two API processes on one database and Redis: each serves role pages from its own in-process cache, and a
 * publish through one clears the other's through Redis pub/sub (caches otherwise live 60 s, longer than
 * this test waits).
 */
describe('role catalog cache across API instances', () => {
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;
  let httpA: Http;
  let httpB: Http;
  let admin: SignedUp;

  beforeAll(async () => {
    [a, b] = await Promise.all([startApi(), startApi()]);
    httpA = new Http(a);
    httpB = new Http(b);
    admin = await makePlatformAdmin(a, await signUp(httpA));
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('shows a publish made through one instance on the other', async () => {
    const slug = uniqueSlug('cached-role');
    await httpA.post('/api/v1/admin/roles', roleBody(slug), { token: admin.accessToken });
    await httpA.post(`/api/v1/admin/roles/${slug}/publish`, undefined, { token: admin.accessToken });

    // Both instances now hold version 1 in their caches (page and list).
    const onB = await eventually(
      () => httpB.get(`/api/v1/roles/${slug}`),
      (r) => r.status === 200,
    );
    expect(onB.body.version).toBe(1);
    const listB = await httpB.get(`/api/v1/roles?q=${slug}`);
    expect(listB.body.items.map((r: { title: string }) => r.title)).toEqual([`Test Role ${slug}`]);
    expect((await httpA.get(`/api/v1/roles/${slug}`)).body.version).toBe(1);

    await httpA.patch(
      `/api/v1/admin/roles/${slug}`,
      { title: 'Renamed Across Instances' },
      { token: admin.accessToken },
    );
    const published = await httpA.post(`/api/v1/admin/roles/${slug}/publish`, undefined, {
      token: admin.accessToken,
    });
    expect(published.status).toBe(200);

    // The publishing instance is current at once; the other one as soon as the message arrives.
    expect((await httpA.get(`/api/v1/roles/${slug}`)).body).toMatchObject({
      version: 2,
      title: 'Renamed Across Instances',
    });
    const updated = await eventually(
      () => httpB.get(`/api/v1/roles/${slug}`, { headers: { 'if-none-match': String(onB.headers.etag) } }),
      (r) => r.status === 200 && r.body.version === 2,
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: 2, title: 'Renamed Across Instances' });
    expect(updated.headers.etag).not.toBe(onB.headers.etag);
    const relisted = await httpB.get(`/api/v1/roles?q=${slug}`);
    expect(relisted.body.items.map((r: { title: string }) => r.title)).toEqual(['Renamed Across Instances']);

    // Archiving through B hides the role on A too.
    await httpB.post(`/api/v1/admin/roles/${slug}/archive`, undefined, { token: admin.accessToken });
    const gone = await eventually(
      () => httpA.get(`/api/v1/roles/${slug}`),
      (r) => r.status === 404,
    );
    expect(gone.status).toBe(404);
  });
});
