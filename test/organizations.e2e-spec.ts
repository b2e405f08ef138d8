import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { newId } from '@assay/core';
import {
  addMember,
  Http,
  makePlatformAdmin,
  type ServedDocument,
  memberInvitationToken,
  signUp,
  SignedUp,
  startApi,
  TEST_PASSWORD,
  typedApi,
  uniqueEmail,
} from '@assay/testing';

// The e2e project's testTimeout does not apply (Jest reads it only at the top level): set it here.
jest.setTimeout(30_000);

describe('organizations, members and integrations', () => {
  let app: NestFastifyApplication;
  let http: Http;

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  const as = (who: SignedUp | string) => ({ token: typeof who === 'string' ? who : who.accessToken });

  it('reads and updates the organization by role', async () => {
    const owner = await signUp(http);
    const recruiter = await addMember(http, owner, 'recruiter');
    const org = await http.get('/api/v1/organization', as(recruiter));
    expect(org.status).toBe(200);
    expect(org.body).toEqual({
      id: owner.organizationId,
      name: expect.any(String),
      slug: owner.organizationSlug,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      candidateRetentionMonths: 24,
      deletionDueAt: null,
    });
    expect((await http.patch('/api/v1/organization', { name: 'Renamed' }, as(recruiter))).status).toBe(403);
    const renamed = await http.patch('/api/v1/organization', { name: '  Renamed Inc  ' }, as(owner));
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      id: owner.organizationId,
      name: 'Renamed Inc',
      slug: owner.organizationSlug,
    });

    const other = await signUp(http);
    const taken = await http.patch('/api/v1/organization', { slug: other.organizationSlug }, as(owner));
    expect(taken.status).toBe(409);
    expect((await http.patch('/api/v1/organization', { slug: 'Not A Slug' }, as(owner))).status).toBe(400);
    expect((await http.patch('/api/v1/organization', { id: newId() }, as(owner))).status).toBe(400);
  });

  it('invites a member, who accepts; changes their role; removes them and refuses their access at once', async () => {
    const owner = await signUp(http);
    const email = uniqueEmail('grace');
    const invited = await http.post(
      '/api/v1/organization/member-invitations',
      { email: email.toUpperCase(), role: 'recruiter' },
      as(owner),
    );
    expect(invited.status).toBe(201);
    // The inviter never sees the token: it goes to the invited address only.
    expect(invited.body).toEqual({
      id: expect.any(String),
      email,
      role: 'recruiter',
      expiresAt: expect.any(String),
    });
    const days = (Date.parse(invited.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const token = await memberInvitationToken(http, invited.body.id, email);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(invited.text).not.toContain(token);
    const ds = app.get(DataSource);
    const [row] = await ds.query(`SELECT token_hash FROM member_invitations WHERE id = $1`, [
      invited.body.id,
    ]);
    expect(row.token_hash).not.toBe(token);

    // A new account needs a name and a password; both missing are listed.
    const incomplete = await http.post('/api/v1/member-invitations/accept', { token });
    expect(incomplete.status).toBe(400);
    expect((incomplete.problem.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'fullName',
      'password',
    ]);

    const accepted = await http.post('/api/v1/member-invitations/accept', {
      token,
      fullName: 'Grace Hopper',
      password: TEST_PASSWORD,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      user: { email, fullName: 'Grace Hopper', emailVerified: true },
      organization: { id: owner.organizationId },
      role: 'recruiter',
    });
    const member = accepted.body.tokens as { accessToken: string; refreshToken: string };
    const memberId = accepted.body.user.id as string;
    const reused = await http.post('/api/v1/member-invitations/accept', {
      token,
      fullName: 'X',
      password: TEST_PASSWORD,
    });
    expect(reused.status).toBe(409);
    expect((await http.post('/api/v1/member-invitations/accept', { token: 'no-such-token' })).status).toBe(
      404,
    );

    const members = await http.get('/api/v1/organization/members', as(member.accessToken));
    expect(members.status).toBe(200);
    expect(members.body).toEqual({
      items: [
        {
          userId: owner.userId,
          email: owner.email,
          fullName: 'Test Owner',
          role: 'owner',
          joinedAt: expect.any(String),
        },
        {
          userId: memberId,
          email,
          fullName: 'Grace Hopper',
          role: 'recruiter',
          joinedAt: expect.any(String),
        },
      ],
      nextCursor: null,
    });
    const firstPage = await http.get('/api/v1/organization/members?limit=1', as(owner));
    expect(firstPage.body.items).toHaveLength(1);
    const secondPage = await http.get(
      `/api/v1/organization/members?limit=1&cursor=${firstPage.body.nextCursor}`,
      as(owner),
    );
    expect(secondPage.body.items.map((m: { userId: string }) => m.userId)).toEqual([memberId]);

    // Recruiters cannot manage members.
    expect((await http.get('/api/v1/organization/api-keys', as(member.accessToken))).status).toBe(403);
    const byRecruiter = await http.post(
      '/api/v1/organization/member-invitations',
      { email: uniqueEmail('x'), role: 'recruiter' },
      as(member.accessToken),
    );
    expect(byRecruiter.status).toBe(403);

    // Promoted to admin: the existing access token acts as admin from the next request, and the next
    // refresh carries the new role.
    const promoted = await http.patch(
      `/api/v1/organization/members/${memberId}`,
      { role: 'admin' },
      as(owner),
    );
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ userId: memberId, role: 'admin' });
    expect((await http.get('/api/v1/organization/api-keys', as(member.accessToken))).status).toBe(200);
    const refreshed = await http.post('/api/v1/auth/refresh', { refreshToken: member.refreshToken });
    expect(refreshed.status).toBe(200);
    const claims = JSON.parse(
      Buffer.from(refreshed.body.tokens.accessToken.split('.')[1], 'base64url').toString(),
    );
    expect(claims.role).toBe('admin');

    // Admins manage recruiters, not admins or owners.
    const admin = refreshed.body.tokens as { accessToken: string; refreshToken: string };
    const recruiter = await addMember(http, owner, 'recruiter');
    expect(
      (
        await http.patch(
          `/api/v1/organization/members/${recruiter.userId}`,
          { role: 'admin' },
          as(admin.accessToken),
        )
      ).status,
    ).toBe(403);
    expect(
      (await http.delete(`/api/v1/organization/members/${owner.userId}`, as(admin.accessToken))).status,
    ).toBe(403);
    const adminInvitesAdmin = await http.post(
      '/api/v1/organization/member-invitations',
      { email: uniqueEmail('y'), role: 'admin' },
      as(admin.accessToken),
    );
    expect(adminInvitesAdmin.status).toBe(403);
    expect(
      (await http.delete(`/api/v1/organization/members/${recruiter.userId}`, as(admin.accessToken))).status,
    ).toBe(204);
    expect((await http.get('/api/v1/organization', as(recruiter))).status).toBe(401);

    // Already a member: 409.
    const again = await http.post(
      '/api/v1/organization/member-invitations',
      { email, role: 'recruiter' },
      as(owner),
    );
    expect(again.status).toBe(409);

    // Removed: the access token is refused at once, and the refresh token is revoked.
    expect((await http.delete(`/api/v1/organization/members/${memberId}`, as(owner))).status).toBe(204);
    const refused = await http.get('/api/v1/organization', as(admin.accessToken));
    expect(refused.status).toBe(401);
    expect((await http.post('/api/v1/auth/refresh', { refreshToken: admin.refreshToken })).status).toBe(401);
    expect((await http.delete(`/api/v1/organization/members/${memberId}`, as(owner))).status).toBe(404);
    const login = await http.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
    expect(login.status).toBe(403); // still a user, but of no organization
  });

  it('refuses an expired invitation with 410', async () => {
    const owner = await signUp(http);
    const invited = await http.post(
      '/api/v1/organization/member-invitations',
      { email: uniqueEmail('late'), role: 'recruiter' },
      as(owner),
    );
    await app
      .get(DataSource)
      .query(`UPDATE member_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        invited.body.id,
      ]);
    const res = await http.post('/api/v1/member-invitations/accept', {
      token: await memberInvitationToken(http, invited.body.id, invited.body.email),
      fullName: 'Too Late',
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(410);
  });

  it('never removes or demotes the last owner', async () => {
    const owner = await signUp(http);
    const lastRemove = await http.delete(`/api/v1/organization/members/${owner.userId}`, as(owner));
    expect(lastRemove.status).toBe(409);
    expect(lastRemove.problem.code).toBe('last-owner');
    expect(
      (await http.patch(`/api/v1/organization/members/${owner.userId}`, { role: 'admin' }, as(owner))).status,
    ).toBe(409);

    const second = await addMember(http, owner, 'owner');
    // With two owners, removing them both at once leaves exactly one. The one refused gets 409 (last owner)
    // when both requests were authenticated before either removal committed, and 401 when its caller had
    // already been removed by the other (a busy machine lets the first finish before the second starts).
    const [a, b] = await Promise.all([
      http.delete(`/api/v1/organization/members/${second.userId}`, as(owner)),
      http.delete(`/api/v1/organization/members/${owner.userId}`, as(second)),
    ]);
    const [won, lost] = a.status === 204 ? [a, b] : [b, a];
    expect(won.status).toBe(204);
    expect([401, 409]).toContain(lost.status);
    if (lost.status === 409) expect(lost.problem.code).toBe('last-owner');
    const owners = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1 AND role = 'owner'`, [
        owner.organizationId,
      ]);
    expect(owners[0].n).toBe(1);
  });

  it('creates an API key, authenticates with it as a recruiter, and revokes it (typed client)', async () => {
    const owner = await signUp(http);
    const asOwner = await typedApi(app, owner.accessToken);
    const created = await asOwner.POST('/api/v1/organization/api-keys', {
      body: { name: 'ATS integration' },
    });
    expect(created.response.status).toBe(201);
    const newKey = created.data!;
    expect(newKey).toEqual({
      id: expect.any(String),
      name: 'ATS integration',
      key: expect.stringMatching(/^ak_[\w-]{43}$/),
      prefix: newKey.key.slice(0, 11),
      createdAt: expect.any(String),
    });
    const key = newKey.key;
    const ds = app.get(DataSource);
    const [stored] = await ds.query(`SELECT key_hash, prefix FROM api_keys WHERE id = $1`, [newKey.id]);
    expect(stored.key_hash).not.toContain(key.slice(3));

    const asKey = await typedApi(app, key);
    const org = await asKey.GET('/api/v1/organization');
    expect(org.response.status).toBe(200);
    expect(org.data!.id).toBe(owner.organizationId);
    expect((await asKey.GET('/api/v1/organization/members')).response.status).toBe(200);
    // Recruiter rights only.
    expect((await asKey.GET('/api/v1/organization/api-keys')).response.status).toBe(403);
    expect((await asKey.PATCH('/api/v1/organization', { body: { name: 'Hijacked' } })).response.status).toBe(
      403,
    );

    const listed = await asOwner.GET('/api/v1/organization/api-keys');
    expect(listed.response.status).toBe(200);
    expect(listed.data!.items).toEqual([
      {
        id: newKey.id,
        name: 'ATS integration',
        prefix: newKey.prefix,
        createdAt: newKey.createdAt,
        lastUsedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(listed.data)).not.toContain(key);

    const revoke = () =>
      asOwner.DELETE('/api/v1/organization/api-keys/{id}', { params: { path: { id: newKey.id } } });
    expect((await revoke()).response.status).toBe(204);
    expect((await asKey.GET('/api/v1/organization')).response.status).toBe(401);
    expect((await revoke()).response.status).toBe(404);
    expect((await asOwner.GET('/api/v1/organization/api-keys')).data!.items).toEqual([]);
    expect(
      (await (await typedApi(app, `ak_${'x'.repeat(43)}`)).GET('/api/v1/organization')).response.status,
    ).toBe(401);
  });

  it('registers webhooks only for public https URLs and shows the secret once', async () => {
    const owner = await signUp(http);
    const created = await http.post(
      '/api/v1/organization/webhooks',
      { url: 'https://93.184.215.14/assay', events: ['attempt.graded'] },
      as(owner),
    );
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      url: 'https://93.184.215.14/assay',
      events: ['attempt.graded'],
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/=]{40,}$/),
      createdAt: expect.any(String),
      failingSince: null,
      disabledAt: null,
    });
    const listed = await http.get('/api/v1/organization/webhooks', as(owner));
    expect(listed.body.items).toEqual([
      {
        id: created.body.id,
        url: created.body.url,
        events: ['attempt.graded'],
        createdAt: created.body.createdAt,
        failingSince: null,
        disabledAt: null,
      },
    ]);
    expect(listed.text).not.toContain(created.body.secret);

    for (const url of [
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://[::1]/hook',
      'https://10.1.2.3/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.1.1/hook',
      'https://[::ffff:192.168.0.1]/hook',
      'https://[fe80::1]/hook',
      'https://user:pass@93.184.215.14/hook',
    ]) {
      const res = await http.post(
        '/api/v1/organization/webhooks',
        { url, events: ['attempt.graded'] },
        as(owner),
      );
      expect({ url, status: res.status }).toEqual({ url, status: 422 });
      expect(res.problem.errors).toEqual([{ field: 'url', message: expect.any(String) }]);
    }
    const bad = await http.post('/api/v1/organization/webhooks', { url: 42, events: ['nope'] }, as(owner));
    expect(bad.status).toBe(400);
    expect(new Set((bad.problem.errors as { field: string }[]).map((e) => e.field))).toEqual(
      new Set(['events', 'url']),
    );
    const notUrl = await http.post(
      '/api/v1/organization/webhooks',
      { url: 'nope', events: ['attempt.graded'] },
      as(owner),
    );
    expect(notUrl.status).toBe(400);
    expect(notUrl.problem.errors).toEqual([{ field: 'url', message: 'url is not a valid absolute URL' }]);

    // Deliveries (written by the delivery processor) are listed newest first.
    const ds = app.get(DataSource);
    for (const [event, status] of [
      ['attempt.graded', 'failed'],
      ['attempt.graded', 'succeeded'],
    ]) {
      await ds.query(
        `INSERT INTO webhook_deliveries (id, organization_id, webhook_endpoint_id, event, event_id, status, attempts, response_status)
         VALUES ($1, $2, $3, $4, $5, $6, 1, 200)`,
        [newId(), owner.organizationId, created.body.id, event, randomUUID(), status],
      );
    }
    const deliveries = await http.get(
      `/api/v1/organization/webhooks/${created.body.id}/deliveries`,
      as(owner),
    );
    expect(deliveries.status).toBe(200);
    expect(deliveries.body.items.map((d: { status: string }) => d.status)).toEqual(['succeeded', 'failed']);
    expect(deliveries.body.items[0]).toEqual({
      id: expect.any(String),
      event: 'attempt.graded',
      status: 'succeeded',
      attempts: 1,
      responseStatus: 200,
      createdAt: expect.any(String),
    });

    expect((await http.delete(`/api/v1/organization/webhooks/${created.body.id}`, as(owner))).status).toBe(
      204,
    );
    expect((await http.delete(`/api/v1/organization/webhooks/${created.body.id}`, as(owner))).status).toBe(
      404,
    );
  });

  it('refuses http webhook URLs where http is not allowed', async () => {
    const strict = await startApi({ WEBHOOK_ALLOW_HTTP: 'false' });
    try {
      const h = new Http(strict);
      const owner = await signUp(h);
      const res = await h.post(
        '/api/v1/organization/webhooks',
        { url: 'http://93.184.215.14/hook', events: ['attempt.graded'] },
        as(owner),
      );
      expect(res.status).toBe(422);
      expect(res.problem.errors).toEqual([{ field: 'url', message: 'url must use https' }]);
    } finally {
      await strict.close();
    }
  });

  it("answers every {id} route with the same 404 for another organization's ids as for random ones", async () => {
    const a = await signUp(http);
    const b = await signUp(http);
    const aMember = await addMember(http, a, 'recruiter');
    const aKey = await http.post('/api/v1/organization/api-keys', { name: 'a' }, as(a));
    const aInvitation = await http.post(
      '/api/v1/organization/member-invitations',
      { email: uniqueEmail('pending'), role: 'recruiter' },
      as(a),
    );
    const aHook = await http.post(
      '/api/v1/organization/webhooks',
      { url: 'https://93.184.215.14/a', events: ['attempt.graded'] },
      as(a),
    );
    const routes: [
      method: 'GET' | 'PATCH' | 'DELETE',
      path: (id: string) => string,
      id: string,
      body?: unknown,
    ][] = [
      ['PATCH', (id) => `/api/v1/organization/members/${id}`, aMember.userId, { role: 'admin' }],
      ['DELETE', (id) => `/api/v1/organization/members/${id}`, aMember.userId],
      ['DELETE', (id) => `/api/v1/organization/api-keys/${id}`, aKey.body.id],
      ['DELETE', (id) => `/api/v1/organization/webhooks/${id}`, aHook.body.id],
      ['DELETE', (id) => `/api/v1/organization/member-invitations/${id}`, aInvitation.body.id],
      ['GET', (id) => `/api/v1/organization/webhooks/${id}/deliveries`, aHook.body.id],
    ];
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    for (const [method, path, id, body] of routes) {
      const foreign = await http.request(method, path(id), { ...as(b), body });
      const random = await http.request(method, path(newId()), { ...as(b), body });
      const malformed = await http.request(method, path('not-a-uuid'), { ...as(b), body });
      expect({ route: path(':id'), status: foreign.status }).toEqual({ route: path(':id'), status: 404 });
      expect(strip(foreign.problem)).toEqual(strip(random.problem));
      expect(strip(malformed.problem)).toEqual(strip(random.problem));
    }
    // Nothing of A's changed.
    expect((await http.get('/api/v1/organization', as(aMember))).status).toBe(200);
    expect((await http.get('/api/v1/organization', as(aKey.body.key))).status).toBe(200);
    expect((await http.get('/api/v1/organization/webhooks', as(a))).body.items).toHaveLength(1);
    expect((await http.get('/api/v1/organization/member-invitations', as(a))).body.items).toHaveLength(1);
  });

  it('keeps platform-admin routes for platform admins', async () => {
    const owner = await signUp(http);
    expect((await http.get('/api/v1/admin/organizations')).status).toBe(401);
    const refused = await http.get('/api/v1/admin/organizations', as(owner));
    expect(refused.status).toBe(403);
    const key = await http.post('/api/v1/organization/api-keys', { name: 'k' }, as(owner));
    expect((await http.get('/api/v1/admin/organizations', as(key.body.key))).status).toBe(403);

    const admin = await makePlatformAdmin(app, owner);
    const res = await http.get('/api/v1/admin/organizations?limit=100', as(admin));
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      slug: expect.any(String),
      createdAt: expect.any(String),
      candidateRetentionMonths: expect.any(Number),
      deletionDueAt: null,
    });
  });

  it('documents every endpoint of this issue in the OpenAPI document', async () => {
    const doc = (await http.get<ServedDocument>('/docs-json')).body;
    const expected: [string, string][] = [
      ['post', '/api/v1/signup'],
      ['post', '/api/v1/auth/login'],
      ['post', '/api/v1/auth/refresh'],
      ['post', '/api/v1/auth/logout'],
      ['post', '/api/v1/auth/verify-email'],
      ['post', '/api/v1/auth/forgot-password'],
      ['post', '/api/v1/auth/reset-password'],
      ['post', '/api/v1/auth/switch-organization'],
      ['get', '/api/v1/me'],
      ['get', '/api/v1/organization'],
      ['patch', '/api/v1/organization'],
      ['get', '/api/v1/organization/members'],
      ['post', '/api/v1/organization/member-invitations'],
      ['get', '/api/v1/organization/member-invitations'],
      ['delete', '/api/v1/organization/member-invitations/{id}'],
      ['post', '/api/v1/member-invitations/accept'],
      ['patch', '/api/v1/organization/members/{userId}'],
      ['delete', '/api/v1/organization/members/{userId}'],
      ['post', '/api/v1/organization/api-keys'],
      ['get', '/api/v1/organization/api-keys'],
      ['delete', '/api/v1/organization/api-keys/{id}'],
      ['post', '/api/v1/organization/webhooks'],
      ['get', '/api/v1/organization/webhooks'],
      ['delete', '/api/v1/organization/webhooks/{id}'],
      ['get', '/api/v1/organization/webhooks/{id}/deliveries'],
    ];
    for (const [method, path] of expected) {
      const op = doc.paths[path]?.[method];
      expect({ method, path, documented: Boolean(op?.summary) }).toEqual({ method, path, documented: true });
      const success = Object.keys(op!.responses).find((s) => s.startsWith('2'));
      expect({ path, success }).toEqual({ path, success: expect.any(String) });
    }
    expect(doc.paths['/api/v1/organization'].get.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
    const signup = doc.components.schemas.SignupDto;
    expect(signup.properties?.email.example).toBeDefined();
    expect(signup.required).toEqual(
      expect.arrayContaining(['organizationName', 'fullName', 'email', 'password']),
    );
  });
});
