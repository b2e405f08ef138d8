import { execFile } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@assay/auth';
import { createOrPromotePlatformAdmin } from '@assay/organizations';
import {
  addMember,
  eventually,
  Http,
  logIn,
  mailbox,
  memberInvitationToken,
  signUp,
  startApi,
  startWorker,
  TEST_PASSWORD,
  testConfig,
  tokenFrom,
  uniqueEmail,
} from '@assay/testing';

// The e2e project's testTimeout does not apply (Jest reads it only at the top level): set it here.
jest.setTimeout(30_000);

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT built by hand, so a test can forge every part of it. */
function forgeJwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  secret: string | null,
  hash: 'sha256' | 'sha512' = 'sha256',
): string {
  const signingInput = `${b64url(header)}.${b64url(claims)}`;
  const signature = secret ? createHmac(hash, secret).update(signingInput).digest('base64url') : '';
  return `${signingInput}.${signature}`;
}

function decodeJwt(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [h, c] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(c, 'base64url').toString()),
  };
}

describe('signup and authentication', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  const mail = mailbox();

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    http = new Http(app);
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
  });

  it('signs up, verifies the email, logs in, refreshes, detects reuse and logs out', async () => {
    const email = uniqueEmail('ada');
    const signup = await http.post('/api/v1/signup', {
      organizationName: `Acme Hiring ${randomBytes(3).toString('hex')}`,
      fullName: 'Ada Lovelace',
      email: email.toUpperCase(), // stored and compared case-insensitively
      password: TEST_PASSWORD,
    });
    expect(signup.status).toBe(201);
    expect(signup.body).toMatchObject({
      organization: { id: expect.any(String), name: expect.stringMatching(/^Acme Hiring/) },
      user: { id: expect.any(String), email, fullName: 'Ada Lovelace', emailVerified: false },
      role: 'owner',
      tokens: { accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 },
    });
    expect(signup.body.organization.slug).toMatch(/^acme-hiring-[0-9a-f]{6}$/);
    const { user, organization } = signup.body;

    // The access token: HS256, with iss, aud, exp (15 minutes), sub, org, role and a token type.
    const { header, claims } = decodeJwt(signup.body.tokens.accessToken);
    expect(header.alg).toBe('HS256');
    expect(claims).toMatchObject({
      iss: 'assay',
      aud: 'assay-api',
      sub: user.id,
      org: organization.id,
      role: 'owner',
      typ: 'access',
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(900);

    // The verification email, sent by the worker, with a link built from APP_URL.
    const verification = await mail.waitFor((m) => m.to.includes(email) && /Confirm/.test(m.subject));
    expect(verification.text).toContain('http://app.assay.test/verify-email?token=');
    expect(verification.html).toContain('http://app.assay.test/verify-email?token=');
    const verifyToken = tokenFrom(verification, '/verify-email');
    expect(Buffer.from(verifyToken, 'base64url').length).toBeGreaterThanOrEqual(16);

    // Only a hash of the token is stored; the sent mail's request is deleted and the outbox never held it.
    const ds = app.get(DataSource);
    const stored = await ds.query(`SELECT token_hash FROM user_tokens WHERE user_id = $1`, [user.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(verifyToken);
    const pending = await eventually(
      () => ds.query(`SELECT id FROM mail_requests WHERE aggregate_id = $1`, [user.id]),
      (rows: unknown[]) => rows.length === 0,
    );
    expect(pending).toEqual([]);
    const outbox = await ds.query(`SELECT payload FROM outbox WHERE type = 'mail.requested'`);
    expect(outbox.length).toBeGreaterThan(0);
    expect(JSON.stringify(outbox)).not.toContain(verifyToken);

    expect((await http.post('/api/v1/auth/verify-email', { token: verifyToken })).status).toBe(204);
    const reused = await http.post('/api/v1/auth/verify-email', { token: verifyToken });
    expect(reused.status).toBe(400);
    expect(reused.problem.code).toBe('invalid-token');

    const login = await http.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      user: { id: user.id, email, emailVerified: true },
      organization: { id: organization.id, slug: organization.slug },
      role: 'owner',
      tokens: { expiresIn: 900 },
    });
    const me = await http.get('/api/v1/me', { token: login.body.tokens.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      user: { id: user.id, email, fullName: 'Ada Lovelace', emailVerified: true },
      memberships: [
        {
          organization: { id: organization.id, name: organization.name, slug: organization.slug },
          role: 'owner',
        },
      ],
    });

    // Refresh rotates the token …
    const first = login.body.tokens.refreshToken as string;
    const refreshed = await http.post('/api/v1/auth/refresh', { refreshToken: first });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.tokens.refreshToken).not.toBe(first);
    expect(refreshed.body.tokens.expiresIn).toBe(900);
    expect((await http.get('/api/v1/me', { token: refreshed.body.tokens.accessToken })).status).toBe(200);
    const second = refreshed.body.tokens.refreshToken as string;
    const rows = await ds.query(`SELECT token_hash FROM refresh_tokens WHERE user_id = $1`, [user.id]);
    expect(JSON.stringify(rows)).not.toContain(second);

    // … and presenting the rotated one again revokes the whole family, the newest token included.
    const replay = await http.post('/api/v1/auth/refresh', { refreshToken: first });
    expect(replay.status).toBe(401);
    expect((await http.post('/api/v1/auth/refresh', { refreshToken: second })).status).toBe(401);
    // Other sessions (the signup's) are untouched.
    const signupSession = await http.post('/api/v1/auth/refresh', {
      refreshToken: signup.body.tokens.refreshToken,
    });
    expect(signupSession.status).toBe(200);

    // Logout revokes the session's refresh token.
    const logout = await http.post('/api/v1/auth/logout', {
      refreshToken: signupSession.body.tokens.refreshToken,
    });
    expect(logout.status).toBe(204);
    expect(
      (await http.post('/api/v1/auth/refresh', { refreshToken: signupSession.body.tokens.refreshToken }))
        .status,
    ).toBe(401);
  });

  it('refuses a second signup with the same email, in any case, and creates nothing', async () => {
    const owner = await signUp(http);
    const ds = app.get(DataSource);
    const name = `Duplicate ${randomBytes(4).toString('hex')}`;
    const res = await http.post('/api/v1/signup', {
      organizationName: name,
      fullName: 'Someone Else',
      email: `  ${owner.email.toUpperCase()} `,
      password: 'another long passphrase',
    });
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.problem.code).toBe('email-taken');
    expect(await ds.query(`SELECT id FROM organizations WHERE name = $1`, [name])).toHaveLength(0);
    expect(await ds.query(`SELECT id FROM users WHERE email = $1`, [owner.email])).toHaveLength(1);
  });

  it('honours Idempotency-Key on signup: a retry gets the first response with new tokens; none is stored', async () => {
    const body = {
      organizationName: `Retry Co ${randomBytes(3).toString('hex')}`,
      fullName: 'Rita Retry',
      email: uniqueEmail('retry'),
      password: TEST_PASSWORD,
    };
    const headers = { 'idempotency-key': `signup-${randomBytes(8).toString('hex')}` };
    const first = await http.post('/api/v1/signup', body, { headers });
    const retry = await http.post('/api/v1/signup', body, { headers });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.user.id).toBe(first.body.user.id);
    expect(retry.body.organization.id).toBe(first.body.organization.id);
    expect(retry.body.role).toBe('owner');
    // Credentials are never stored for replay: the retry gets fresh, working tokens ...
    expect(retry.body.tokens.refreshToken).not.toBe(first.body.tokens.refreshToken);
    expect((await http.get('/api/v1/me', { token: retry.body.tokens.accessToken })).status).toBe(200);
    // ... and the stored row holds neither the tokens nor the password (not even its plain SHA-256 via the body).
    const stored = JSON.stringify(
      await app
        .get(DataSource)
        .query(`SELECT * FROM idempotency_keys WHERE key = $1`, [headers['idempotency-key']]),
    );
    for (const secret of [first.body.tokens.refreshToken, first.body.tokens.accessToken, body.password]) {
      expect(stored).not.toContain(secret);
    }
    expect(stored).not.toContain('"tokens"');
    // The same key with the wrong password is not a replay: nothing is re-issued.
    const wrongPassword = await http.post(
      '/api/v1/signup',
      { ...body, password: 'a guessed but valid passphrase' },
      { headers },
    );
    expect(wrongPassword.status).toBe(422);
    expect(wrongPassword.text).not.toContain('accessToken');
    const other = await http.post('/api/v1/signup', { ...body, fullName: 'Someone Else' }, { headers });
    expect(other.status).toBe(422);
    // Without the key, the same body is a duplicate.
    expect((await http.post('/api/v1/signup', body)).status).toBe(409);
  });

  it('gives organizations with the same name distinct slugs', async () => {
    const name = `Same Name ${randomBytes(3).toString('hex')}`;
    const [a, b] = await Promise.all([
      signUp(http, { organizationName: name }),
      signUp(http, { organizationName: name }),
    ]);
    const base = name.toLowerCase().replace(/ /g, '-');
    expect([a.organizationSlug, b.organizationSlug].sort()).toEqual([base, `${base}-2`]);
  });

  it('lists every invalid field, and refuses unknown fields', async () => {
    const res = await http.post('/api/v1/signup', {
      organizationName: '   ',
      fullName: 42,
      email: 'not-an-email',
      password: 'short',
    });
    expect(res.status).toBe(400);
    expect(res.problem.code).toBe('validation-failed');
    const fields = (res.problem.errors as { field: string }[]).map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['organizationName', 'fullName', 'email', 'password']));

    const unknown = await http.post('/api/v1/signup', {
      organizationName: 'Mass Assignment Inc',
      fullName: 'Mallory',
      email: uniqueEmail('mallory'),
      password: TEST_PASSWORD,
      role: 'admin',
      platformAdmin: true,
    });
    expect(unknown.status).toBe(400);
    expect((unknown.problem.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'platformAdmin',
      'role',
    ]);

    const missing = await http.post('/api/v1/auth/login', {});
    expect(missing.status).toBe(400);
    expect((missing.problem.errors as { field: string }[]).map((e) => e.field)).toEqual(
      expect.arrayContaining(['email', 'password']),
    );
  });

  it.each([
    ['too short', 'nine char', /at least 10/],
    ['too long', 'x'.repeat(64) + 'y'.repeat(65), /at most 128/],
    ['on the common list', 'qwertyuiop', /too common/],
    ['a common one with digits appended', 'Password12345!', /too common/],
  ])('refuses a password that is %s', async (_what, password, message) => {
    const res = await http.post('/api/v1/signup', {
      organizationName: 'Weak Password Co',
      fullName: 'Wendy',
      email: uniqueEmail('weak'),
      password,
    });
    expect(res.status).toBe(400);
    expect(res.problem.errors).toEqual([{ field: 'password', message: expect.stringMatching(message) }]);
  });

  it('answers an unknown email and a wrong password with the same 401', async () => {
    const owner = await signUp(http);
    const wrongPassword = await http.post('/api/v1/auth/login', {
      email: owner.email,
      password: 'not the password',
    });
    const unknownEmail = await http.post('/api/v1/auth/login', {
      email: uniqueEmail('nobody'),
      password: 'not the password',
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.problem).toEqual(wrongPassword.problem);
    expect(wrongPassword.problem).toMatchObject({ title: 'Unauthorized', code: 'unauthorized' });
  });

  it('resets a forgotten password and ends every session', async () => {
    const owner = await signUp(http);
    const unknown = await http.post('/api/v1/auth/forgot-password', { email: uniqueEmail('ghost') });
    expect(unknown.status).toBe(202);
    const known = await http.post('/api/v1/auth/forgot-password', { email: owner.email.toUpperCase() });
    expect(known.status).toBe(202);
    expect(known.text).toBe(unknown.text);

    const message = await mail.waitFor((m) => m.to.includes(owner.email) && /Reset/.test(m.subject));
    const token = tokenFrom(message, '/reset-password');
    expect(message.text).toContain('http://app.assay.test/reset-password?token=');

    const weak = await http.post('/api/v1/auth/reset-password', { token, password: 'password1' });
    expect(weak.status).toBe(400);
    const newPassword = 'a brand new long passphrase';
    expect((await http.post('/api/v1/auth/reset-password', { token, password: newPassword })).status).toBe(
      204,
    );
    const again = await http.post('/api/v1/auth/reset-password', {
      token,
      password: 'yet another passphrase',
    });
    expect(again.status).toBe(400);

    expect((await http.post('/api/v1/auth/refresh', { refreshToken: owner.refreshToken })).status).toBe(401);
    expect(
      (await http.post('/api/v1/auth/login', { email: owner.email, password: owner.password })).status,
    ).toBe(401);
    const login = await logIn(http, owner.email, newPassword);
    expect(login.userId).toBe(owner.userId);
  });

  it('builds links from APP_URL, never from the Host header', async () => {
    const owner = await signUp(http);
    await http.post(
      '/api/v1/auth/forgot-password',
      { email: owner.email },
      { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } },
    );
    const message = await mail.waitFor((m) => m.to.includes(owner.email) && /Reset/.test(m.subject));
    expect(message.text).not.toContain('evil.example');
    expect(message.html).not.toContain('evil.example');
    expect(message.text).toContain('http://app.assay.test/');
  });

  describe('access tokens', () => {
    const config = testConfig();
    let owner: Awaited<ReturnType<typeof signUp>>;
    const now = () => Math.floor(Date.now() / 1000);
    const claimsFor = (o: typeof owner, extra: Record<string, unknown> = {}) => ({
      sub: o.userId,
      org: o.organizationId,
      role: 'owner',
      typ: 'access',
      iss: config.jwt.issuer,
      aud: config.jwt.audience,
      iat: now(),
      exp: now() + 600,
      ...extra,
    });
    const status = async (token: string) => (await http.get('/api/v1/organization', { token })).status;

    beforeAll(async () => {
      owner = await signUp(http);
    });

    it('accepts a well-formed token signed with the key (the control for the forgeries)', async () => {
      expect(await status(forgeJwt({ alg: 'HS256', typ: 'JWT' }, claimsFor(owner), config.jwt.secret))).toBe(
        200,
      );
    });

    it.each([
      ['alg none', () => forgeJwt({ alg: 'none', typ: 'JWT' }, claimsFor(owner), null)],
      ['alg none with a signature', () => forgeJwt({ alg: 'none' }, claimsFor(owner), config.jwt.secret)],
      [
        'a wrong key',
        () => forgeJwt({ alg: 'HS256' }, claimsFor(owner), 'another-secret-of-sufficient-length-000'),
      ],
      [
        'another algorithm (HS512)',
        () => forgeJwt({ alg: 'HS512' }, claimsFor(owner), config.jwt.secret, 'sha512'),
      ],
      [
        'an expired token',
        () =>
          forgeJwt(
            { alg: 'HS256' },
            claimsFor(owner, { iat: now() - 3600, exp: now() - 600 }),
            config.jwt.secret,
          ),
      ],
      [
        'a wrong audience',
        () => forgeJwt({ alg: 'HS256' }, claimsFor(owner, { aud: 'someone-else' }), config.jwt.secret),
      ],
      [
        'a wrong issuer',
        () => forgeJwt({ alg: 'HS256' }, claimsFor(owner, { iss: 'evil' }), config.jwt.secret),
      ],
      [
        'a token of another type',
        () => forgeJwt({ alg: 'HS256' }, claimsFor(owner, { typ: 'refresh' }), config.jwt.secret),
      ],
      [
        'a token without a type',
        () => forgeJwt({ alg: 'HS256' }, claimsFor(owner, { typ: undefined }), config.jwt.secret),
      ],
      ['a refresh token', () => owner.refreshToken],
      ['garbage', () => 'not.a.jwt'],
    ])('refuses %s', async (_what, make) => {
      const res = await http.get('/api/v1/organization', { token: make() });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    it('refuses requests without credentials, or with another scheme', async () => {
      expect((await http.get('/api/v1/organization')).status).toBe(401);
      const basic = await http.get('/api/v1/organization', {
        headers: { authorization: 'Basic dXNlcjpwYXNz' },
      });
      expect(basic.status).toBe(401);
    });

    it('refuses a token naming an organization the user does not belong to', async () => {
      const other = await signUp(http);
      const token = forgeJwt(
        { alg: 'HS256' },
        claimsFor(owner, { org: other.organizationId }),
        config.jwt.secret,
      );
      expect(await status(token)).toBe(401);
    });
  });

  it('switches the active organization', async () => {
    const ada = await signUp(http);
    const verification = await mail.waitFor((m) => m.to.includes(ada.email) && /Confirm/.test(m.subject));
    const verified = await http.post('/api/v1/auth/verify-email', {
      token: tokenFrom(verification, '/verify-email'),
    });
    expect(verified.status).toBe(204);
    const other = await signUp(http);
    // Ada is invited into the other organization with her existing, verified account: she accepts
    // signed in as herself (the emailed token alone is not enough), and needs no password.
    const invited = await http.post(
      '/api/v1/organization/member-invitations',
      { email: ada.email, role: 'admin' },
      { token: other.accessToken },
    );
    expect(invited.status).toBe(201);
    const token = await memberInvitationToken(http, invited.body.id, ada.email);
    expect((await http.post('/api/v1/member-invitations/accept', { token })).status).toBe(401);
    const accepted = await http.post(
      '/api/v1/member-invitations/accept',
      { token },
      { token: ada.accessToken },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.id).toBe(ada.userId);

    const switched = await http.post(
      '/api/v1/auth/switch-organization',
      { organizationId: other.organizationId },
      { token: ada.accessToken },
    );
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ organization: { id: other.organizationId }, role: 'admin' });
    const current = await http.get('/api/v1/organization', { token: switched.body.tokens.accessToken });
    expect(current.body.id).toBe(other.organizationId);
    // The refreshed session stays in the organization it was issued for.
    const refreshed = await http.post('/api/v1/auth/refresh', {
      refreshToken: switched.body.tokens.refreshToken,
    });
    expect(decodeJwt(refreshed.body.tokens.accessToken).claims.org).toBe(other.organizationId);

    const me = await http.get('/api/v1/me', { token: ada.accessToken });
    expect(me.body.memberships.map((m: { role: string }) => m.role)).toEqual(['owner', 'admin']);

    // Login may name the organization; otherwise the first one joined.
    expect((await logIn(http, ada.email, ada.password)).organizationId).toBe(ada.organizationId);
    expect((await logIn(http, ada.email, ada.password, other.organizationId)).role).toBe('admin');

    const stranger = await signUp(http);
    const notMine = await http.post(
      '/api/v1/auth/switch-organization',
      { organizationId: stranger.organizationId },
      { token: ada.accessToken },
    );
    expect(notMine.status).toBe(404);
  });

  it('keeps API keys out of person-only routes', async () => {
    const owner = await signUp(http);
    const key = await http.post(
      '/api/v1/organization/api-keys',
      { name: 'ci' },
      { token: owner.accessToken },
    );
    expect(key.status).toBe(201);
    expect((await http.get('/api/v1/me', { token: key.body.key })).status).toBe(403);
    const switched = await http.post(
      '/api/v1/auth/switch-organization',
      { organizationId: owner.organizationId },
      { token: key.body.key },
    );
    expect(switched.status).toBe(403);
  });

  it('creates platform admins with the CLI, and promotes existing users idempotently', async () => {
    // One real run of the CLI as a child process against the test database (a cold start of the
    // TypeScript sources takes a while); the rules themselves are checked in-process below.
    const email = uniqueEmail('root');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '-r',
        './scripts/ts-register.js',
        'scripts/cli.ts',
        'create-admin',
        '--email',
        email,
        '--password',
        TEST_PASSWORD,
      ],
      { cwd: path.resolve(__dirname, '..'), env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    expect(stdout).toMatch(/created platform admin/);
    const ds = app.get(DataSource);
    expect(await ds.query(`SELECT platform_admin FROM users WHERE email = $1`, [email])).toEqual([
      { platform_admin: true },
    ]);
    const admin = await logIn(http, email, TEST_PASSWORD);
    expect((await http.get('/api/v1/admin/organizations', { token: admin.accessToken })).status).toBe(200);

    const hasher = app.get(PasswordHasher);
    const again = await createOrPromotePlatformAdmin(ds, hasher, {
      email: email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(again).toMatchObject({
      created: false,
      userId: admin.userId,
      organizationId: admin.organizationId,
    });

    // An existing verified customer is promoted and keeps their organization and password.
    const customer = await signUp(http);
    await ds.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [customer.userId]);
    const promoted = await createOrPromotePlatformAdmin(ds, hasher, {
      email: customer.email,
      password: 'ignored but valid passphrase',
    });
    expect(promoted).toMatchObject({
      created: false,
      passwordReset: false,
      organizationId: customer.organizationId,
    });
    const relogged = await logIn(http, customer.email, customer.password);
    expect((await http.get('/api/v1/admin/organizations', { token: relogged.accessToken })).status).toBe(200);
    // The customer's existing token carries the new flag at once (the guard reads it).
    expect((await http.get('/api/v1/admin/organizations', { token: customer.accessToken })).status).toBe(200);

    await expect(
      createOrPromotePlatformAdmin(ds, hasher, { email: uniqueEmail('bad'), password: 'short' }),
    ).rejects.toThrow(/at least 10/);
  }, 180_000);

  it('signs in a new member through an invitation email', async () => {
    const owner = await signUp(http);
    const email = uniqueEmail('invitee');
    const invited = await http.post(
      '/api/v1/organization/member-invitations',
      { email, role: 'recruiter' },
      { token: owner.accessToken },
    );
    expect(invited.status).toBe(201);
    const message = await mail.waitFor((m) => m.to.includes(email));
    expect(message.subject).toMatch(/^Join /);
    const token = tokenFrom(message, '/accept-invitation');
    expect(message.text).toContain(`http://app.assay.test/accept-invitation?token=${token}`);
    expect(invited.text).not.toContain(token);
    const accepted = await http.post('/api/v1/member-invitations/accept', {
      token,
      fullName: 'Ivy Invitee',
      password: TEST_PASSWORD,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ user: { email, emailVerified: true }, role: 'recruiter' });
    const member = await addMember(http, owner, 'recruiter');
    expect(member.role).toBe('recruiter');
  });
});

describe('rate limits (own API with RATE_LIMIT_AUTH_PER_MINUTE=3, behind a trusted proxy)', () => {
  let app: NestFastifyApplication;
  let http: Http;
  // A client IP of its own per test (through X-Forwarded-For, trusted here), so no other test shares the counters.
  const clientIp = () => `10.${[...randomBytes(3)].join('.')}`;
  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
  /** A signed-up owner, from an address of its own (127.0.0.1's signup budget is the other tests'). */
  const newOwner = async () => {
    const email = uniqueEmail('owner');
    const res = await http.post(
      '/api/v1/signup',
      { organizationName: 'Throttled Co', fullName: 'Owen Owner', email, password: TEST_PASSWORD },
      from(clientIp()),
    );
    expect(res.status).toBe(201);
    return { email, password: TEST_PASSWORD };
  };

  beforeAll(async () => {
    app = await startApi({ RATE_LIMIT_AUTH_PER_MINUTE: '3', TRUST_PROXY: 'true' });
    http = new Http(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('limits login per IP with a 429 problem and Retry-After', async () => {
    const ip = clientIp();
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await http.post(
        '/api/v1/auth/login',
        { email: uniqueEmail('ip'), password: 'wrong password' },
        from(ip),
      );
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(last!.headers['content-type']).toContain('application/problem+json');
    expect(last!.problem).toMatchObject({ status: 429, code: 'rate-limited' });
    const retryAfter = Number(last!.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("limits login per (account, IP): an attacker's address does not use up the owner's", async () => {
    const owner = await newOwner();
    const attacker = clientIp();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await http.post(
        '/api/v1/auth/login',
        { email: owner.email, password: 'wrong password' },
        from(attacker),
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const fromHome = await http.post(
      '/api/v1/auth/login',
      { email: owner.email, password: owner.password },
      from(clientIp()),
    );
    expect(fromHome.status).toBe(200);
  });

  it('backs off an account guessed at from many addresses, except from an address that signed in to it', async () => {
    const owner = await newOwner();
    const home = clientIp();
    const signedIn = await http.post(
      '/api/v1/auth/login',
      { email: owner.email, password: owner.password },
      from(home),
    );
    expect(signedIn.status).toBe(200);
    // 2 × RATE_LIMIT_AUTH_PER_MINUTE (6) failures from as many addresses; then every new address waits.
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await http.post(
        '/api/v1/auth/login',
        { email: owner.email, password: `wrong password ${i}` },
        from(clientIp()),
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    const blocked = await http.post(
      '/api/v1/auth/login',
      { email: owner.email, password: owner.password },
      from(clientIp()),
    );
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The owner, from where they signed in before, is not locked out.
    const owners = await http.post(
      '/api/v1/auth/login',
      { email: owner.email, password: owner.password },
      from(home),
    );
    expect(owners.status).toBe(200);
  });

  it('limits signup, forgot-password, reset-password, verify-email, refresh and accepting per IP', async () => {
    const token = () => ({ token: randomBytes(32).toString('base64url') });
    for (const [url, body] of [
      [
        '/api/v1/signup',
        () => ({ organizationName: 'x', fullName: 'x', email: uniqueEmail('s'), password: 'short' }),
      ],
      ['/api/v1/auth/forgot-password', () => ({ email: uniqueEmail('f') })],
      ['/api/v1/auth/reset-password', () => ({ ...token(), password: TEST_PASSWORD })],
      ['/api/v1/auth/verify-email', token],
      ['/api/v1/auth/refresh', () => ({ refreshToken: randomBytes(32).toString('base64url') })],
      ['/api/v1/member-invitations/accept', token],
    ] as const) {
      const ip = clientIp();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await http.post(url, body(), from(ip))).status);
      expect({ url, status: statuses[3] }).toEqual({ url, status: 429 });
      expect(statuses.slice(0, 3)).not.toContain(429);
    }
  });

  it('gives forgot-password, reset-password and verify-email one shared budget', async () => {
    const ip = clientIp();
    const token = () => randomBytes(32).toString('base64url');
    const statuses = [
      (await http.post('/api/v1/auth/forgot-password', { email: uniqueEmail('f') }, from(ip))).status,
      (await http.post('/api/v1/auth/reset-password', { token: token(), password: TEST_PASSWORD }, from(ip)))
        .status,
      (await http.post('/api/v1/auth/verify-email', { token: token() }, from(ip))).status,
      (await http.post('/api/v1/auth/verify-email', { token: token() }, from(ip))).status,
    ];
    expect(statuses).toEqual([202, 400, 400, 429]);
  });
});
