import { execFile } from 'node:child_process';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AccessTokenService, PasswordHasher } from '@assay/auth';
import { newId } from '@assay/core';
import { createOrPromotePlatformAdmin } from '@assay/organizations';
import {
  addMember,
  Http,
  logIn,
  mailbox,
  memberInvitationToken,
  signUp,
  SignedUp,
  startApi,
  startWorker,
  TEST_PASSWORD,
  tokenFrom,
  uniqueEmail,
} from '@assay/testing';

// The e2e project's testTimeout does not apply (Jest reads it only at the top level): set it here.
jest.setTimeout(60_000);

const ACCEPT = '/api/v1/member-invitations/accept';
const NEW_PASSWORD = 'the real owner chose this one';

/** Issue 10, items 1, 2, 4 and 5: account takeover through invitations and unverified accounts. */
describe('identity: account takeover and pre-account takeover', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let ds: DataSource;
  const mail = mailbox();

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    http = new Http(app);
    ds = app.get(DataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
  });

  const as = (who: SignedUp | string) => ({ token: typeof who === 'string' ? who : who.accessToken });

  /** A signed-up owner whose email is verified through the emailed link. */
  async function verifiedOwner(): Promise<SignedUp> {
    const owner = await signUp(http);
    const message = await mail.waitFor((m) => m.to.includes(owner.email) && /Confirm/.test(m.subject));
    const res = await http.post('/api/v1/auth/verify-email', { token: tokenFrom(message, '/verify-email') });
    expect(res.status).toBe(204);
    return owner;
  }

  async function invite(inviter: SignedUp, email: string, role = 'admin') {
    const res = await http.post('/api/v1/organization/member-invitations', { email, role }, as(inviter));
    expect(res.status).toBe(201);
    return res as { body: { id: string; email: string }; text: string };
  }

  const membershipCount = async (userId: string, organizationId: string) =>
    (
      await ds.query(
        `SELECT count(*)::int AS n FROM memberships WHERE user_id = $1 AND organization_id = $2`,
        [userId, organizationId],
      )
    )[0].n as number;

  describe('item 1: an invitation never takes over an existing account', () => {
    it("gives the inviter no token, and the token alone does not sign in to the victim's account", async () => {
      const victim = await verifiedOwner();
      const attacker = await signUp(http);
      const invited = await invite(attacker, victim.email.toUpperCase());
      // The 201 is the invitation's id, email, role and expiry: no link, no token.
      expect(Object.keys(invited.body).sort()).toEqual(['email', 'expiresAt', 'id', 'role']);
      expect(invited.text).not.toMatch(/token|https?:/i);

      // Even with the emailed token (say it leaked), the attacker gets nothing for the existing account.
      const token = await memberInvitationToken(http, invited.body.id, victim.email);
      const tokenAlone = await http.post(ACCEPT, { token });
      expect(tokenAlone.status).toBe(401);
      expect(tokenAlone.text).not.toContain('accessToken');
      const withPassword = await http.post(ACCEPT, { token, fullName: 'Mallory', password: NEW_PASSWORD });
      expect(withPassword.status).toBe(401);
      const asAttacker = await http.post(ACCEPT, { token }, as(attacker));
      expect(asAttacker.status).toBe(401);
      const garbage = await http.post(ACCEPT, { token }, as('not-a-jwt'));
      expect(garbage.status).toBe(401);
      expect(await membershipCount(victim.userId, attacker.organizationId)).toBe(0);
      // The victim's password is untouched.
      expect((await logIn(http, victim.email, victim.password)).userId).toBe(victim.userId);

      // The victim, signed in as themselves, accepts.
      const accepted = await http.post(ACCEPT, { token }, as(victim));
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        user: { id: victim.userId },
        organization: { id: attacker.organizationId },
        role: 'admin',
      });
    });

    it("cannot reach a platform admin's account through an invitation", async () => {
      const email = uniqueEmail('root');
      await createOrPromotePlatformAdmin(ds, app.get(PasswordHasher), { email, password: TEST_PASSWORD });
      const attacker = await signUp(http);
      const invited = await invite(attacker, email, 'recruiter');
      const token = await memberInvitationToken(http, invited.body.id, email);
      const res = await http.post(ACCEPT, { token });
      expect(res.status).toBe(401);
      expect(res.text).not.toContain('accessToken');
      const admin = await logIn(http, email, TEST_PASSWORD);
      expect(await membershipCount(admin.userId, attacker.organizationId)).toBe(0);
    });

    it('creates a verified account for a new email with the password given at acceptance', async () => {
      const owner = await signUp(http);
      const email = uniqueEmail('newcomer');
      const invited = await invite(owner, email, 'recruiter');
      const message = await mail.waitFor((m) => m.to.includes(email) && /^Join /.test(m.subject));
      const token = tokenFrom(message, '/accept-invitation');
      const accepted = await http.post(ACCEPT, { token, fullName: 'Nora New', password: NEW_PASSWORD });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ user: { email, emailVerified: true }, role: 'recruiter' });
      expect((await logIn(http, email, NEW_PASSWORD)).organizationId).toBe(owner.organizationId);
      expect(invited.body.id).toEqual(expect.any(String));
    });
  });

  describe('item 2: an unverified account is no foothold', () => {
    it("an attacker's early signup with the victim's address loses its password and sessions at acceptance", async () => {
      // The attacker registers the victim's address first (never verified) ...
      const victimEmail = uniqueEmail('victim');
      const squatter = await signUp(http, { email: victimEmail, password: 'the attackers own password' });
      // ... and later the victim's employer invites that address.
      const employer = await verifiedOwner();
      const invited = await invite(employer, victimEmail);
      const token = await memberInvitationToken(http, invited.body.id, victimEmail);

      // Accepting needs a password for the unverified account, and it replaces the attacker's.
      const noPassword = await http.post(ACCEPT, { token });
      expect(noPassword.status).toBe(400);
      expect(noPassword.problem.errors).toEqual([{ field: 'password', message: expect.any(String) }]);
      const accepted = await http.post(ACCEPT, { token, password: NEW_PASSWORD });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        user: { id: squatter.userId, emailVerified: true },
        organization: { id: employer.organizationId },
      });

      // Nothing the attacker held still works: password, access token, refresh token.
      const oldPassword = await http.post('/api/v1/auth/login', {
        email: victimEmail,
        password: 'the attackers own password',
      });
      expect(oldPassword.status).toBe(401);
      expect((await http.get('/api/v1/me', as(squatter))).status).toBe(401);
      const switched = await http.post(
        '/api/v1/auth/switch-organization',
        { organizationId: employer.organizationId },
        as(squatter),
      );
      expect(switched.status).toBe(401);
      expect((await http.post('/api/v1/auth/refresh', { refreshToken: squatter.refreshToken })).status).toBe(
        401,
      );
      // The victim signs in to the employer's organization with the password they chose.
      const victim = await logIn(http, victimEmail, NEW_PASSWORD, employer.organizationId);
      expect(victim.role).toBe('admin');
    });

    it('an unverified account acts for no organization but the one it created', async () => {
      const squatter = await signUp(http);
      const other = await signUp(http);
      // A membership attached before this fix (or by any other path) is not usable while unverified.
      await ds.query(
        `INSERT INTO memberships (id, organization_id, user_id, role) VALUES ($1, $2, $3, 'owner')`,
        [newId(), other.organizationId, squatter.userId],
      );
      const login = await http.post('/api/v1/auth/login', {
        email: squatter.email,
        password: squatter.password,
        organizationId: other.organizationId,
      });
      expect(login.status).toBe(404);
      const switched = await http.post(
        '/api/v1/auth/switch-organization',
        { organizationId: other.organizationId },
        as(squatter),
      );
      expect(switched.status).toBe(404);
      const forged = app
        .get(AccessTokenService)
        .sign({ userId: squatter.userId, organizationId: other.organizationId, role: 'owner' });
      expect((await http.get('/api/v1/organization', as(forged))).status).toBe(401);
      const me = await http.get('/api/v1/me', as(squatter));
      expect(me.body.memberships.map((m: { organization: { id: string } }) => m.organization.id)).toEqual([
        squatter.organizationId,
      ]);
      // Its own organization still works.
      expect((await http.get('/api/v1/organization', as(squatter))).status).toBe(200);
    });

    it('create-admin refuses an unverified account unless a password resets it', async () => {
      const squatter = await signUp(http);
      const hasher = app.get(PasswordHasher);
      await expect(createOrPromotePlatformAdmin(ds, hasher, { email: squatter.email })).rejects.toThrow(
        /unverified account/,
      );
      expect(await ds.query(`SELECT platform_admin FROM users WHERE id = $1`, [squatter.userId])).toEqual([
        { platform_admin: false },
      ]);

      // The real CLI, with the password in ASSAY_ADMIN_PASSWORD (never only argv).
      const { stdout } = await runCli(['create-admin', '--email', squatter.email], {
        ASSAY_ADMIN_PASSWORD: NEW_PASSWORD,
      });
      expect(stdout).toMatch(/password was replaced/);
      expect(
        (await http.post('/api/v1/auth/login', { email: squatter.email, password: squatter.password }))
          .status,
      ).toBe(401);
      expect((await http.get('/api/v1/me', as(squatter))).status).toBe(401);
      expect((await http.post('/api/v1/auth/refresh', { refreshToken: squatter.refreshToken })).status).toBe(
        401,
      );
      const admin = await logIn(http, squatter.email, NEW_PASSWORD);
      expect((await http.get('/api/v1/admin/organizations', as(admin))).status).toBe(200);

      // From standard input too.
      const fresh = uniqueEmail('stdin-admin');
      const piped = await runCli(['create-admin', '--email', fresh], {}, `${TEST_PASSWORD}\n`);
      expect(piped.stdout).toMatch(/created platform admin/);
      expect((await logIn(http, fresh, TEST_PASSWORD)).email).toBe(fresh);
    }, 180_000);
  });

  describe('item 4: member invitations are listed, revoked, and die with their inviter', () => {
    it('lists pending invitations without tokens and revokes them', async () => {
      const owner = await signUp(http);
      const first = await invite(owner, uniqueEmail('one'), 'recruiter');
      const second = await invite(owner, uniqueEmail('two'), 'admin');
      const listed = await http.get('/api/v1/organization/member-invitations', as(owner));
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([first.body.id, second.body.id]);
      expect(listed.body.items[0]).toEqual({
        id: first.body.id,
        email: first.body.email,
        role: 'recruiter',
        expiresAt: expect.any(String),
        invitedByUserId: owner.userId,
        createdAt: expect.any(String),
      });
      expect(listed.body.nextCursor).toBeNull();
      const firstToken = await memberInvitationToken(http, first.body.id, first.body.email);
      expect(listed.text).not.toContain(firstToken);

      const recruiter = await addMember(http, owner, 'recruiter');
      expect((await http.get('/api/v1/organization/member-invitations', as(recruiter))).status).toBe(403);
      const admin = await addMember(http, owner, 'admin');
      // Admins revoke recruiter invitations only.
      const adminOnAdmin = await http.delete(
        `/api/v1/organization/member-invitations/${second.body.id}`,
        as(admin),
      );
      expect(adminOnAdmin.status).toBe(403);

      const revoked = await http.delete(
        `/api/v1/organization/member-invitations/${first.body.id}`,
        as(admin),
      );
      expect(revoked.status).toBe(204);
      const late = await http.post(ACCEPT, {
        token: firstToken,
        fullName: 'Too Late',
        password: NEW_PASSWORD,
      });
      expect(late.status).toBe(410);
      expect(
        (await http.delete(`/api/v1/organization/member-invitations/${first.body.id}`, as(owner))).status,
      ).toBe(404);
      const after = await http.get('/api/v1/organization/member-invitations', as(owner));
      expect(after.body.items.map((i: { id: string }) => i.id)).toEqual([second.body.id]);
    });

    it('kills the pending invitations of an inviter who is demoted below admin or removed', async () => {
      const owner = await signUp(http);
      const demoted = await addMember(http, owner, 'admin');
      const removed = await addMember(http, owner, 'admin');
      const byDemoted = await invite(demoted, uniqueEmail('via-demoted'), 'recruiter');
      const byRemoved = await invite(removed, uniqueEmail('via-removed'), 'recruiter');
      const tokens = await Promise.all(
        [byDemoted, byRemoved].map((i) => memberInvitationToken(http, i.body.id, i.body.email)),
      );

      expect(
        (await http.patch(`/api/v1/organization/members/${demoted.userId}`, { role: 'recruiter' }, as(owner)))
          .status,
      ).toBe(200);
      expect((await http.delete(`/api/v1/organization/members/${removed.userId}`, as(owner))).status).toBe(
        204,
      );

      for (const token of tokens) {
        const res = await http.post(ACCEPT, { token, fullName: 'Via Insider', password: NEW_PASSWORD });
        expect(res.status).toBe(410);
      }
      const pending = await http.get('/api/v1/organization/member-invitations', as(owner));
      expect(pending.body.items).toEqual([]);
    });
  });

  describe('item 5: reset-password', () => {
    it('checks the token before any password hashing', async () => {
      const hasher = app.get(PasswordHasher);
      const hash = jest.spyOn(hasher, 'hash');
      try {
        for (const token of ['no-such-token', 'x'.repeat(43)]) {
          const res = await http.post('/api/v1/auth/reset-password', { token, password: NEW_PASSWORD });
          expect(res.status).toBe(400);
        }
        expect(hash).not.toHaveBeenCalled();
      } finally {
        hash.mockRestore();
      }
    });
  });

  describe('sessions end for real', () => {
    it('logout ends the access tokens already handed out; other sessions refresh into new ones', async () => {
      const owner = await signUp(http);
      const laptop = await logIn(http, owner.email, owner.password);
      expect((await http.get('/api/v1/me', as(laptop))).status).toBe(200);
      expect((await http.post('/api/v1/auth/logout', { refreshToken: laptop.refreshToken })).status).toBe(
        204,
      );
      expect((await http.get('/api/v1/me', as(laptop))).status).toBe(401);
      expect((await http.get('/api/v1/me', as(owner))).status).toBe(401);
      const phone = await http.post('/api/v1/auth/refresh', { refreshToken: owner.refreshToken });
      expect(phone.status).toBe(200);
      expect((await http.get('/api/v1/me', as(phone.body.tokens.accessToken))).status).toBe(200);
    });

    it("logout also closes the queue dashboard to the platform admin's old token", async () => {
      const email = uniqueEmail('ops');
      await createOrPromotePlatformAdmin(ds, app.get(PasswordHasher), { email, password: TEST_PASSWORD });
      const admin = await logIn(http, email, TEST_PASSWORD);
      expect((await http.get('/admin/queues', as(admin))).status).toBe(200);
      expect((await http.post('/api/v1/auth/logout', { refreshToken: admin.refreshToken })).status).toBe(204);
      expect((await http.get('/admin/queues', as(admin))).status).toBe(401);
    });

    it('a password reset ends every access token', async () => {
      const owner = await signUp(http);
      expect((await http.post('/api/v1/auth/forgot-password', { email: owner.email })).status).toBe(202);
      const message = await mail.waitFor((m) => m.to.includes(owner.email) && /Reset/.test(m.subject));
      const reset = await http.post('/api/v1/auth/reset-password', {
        token: tokenFrom(message, '/reset-password'),
        password: NEW_PASSWORD,
      });
      expect(reset.status).toBe(204);
      expect((await http.get('/api/v1/me', as(owner))).status).toBe(401);
      expect((await http.get('/api/v1/me', as(await logIn(http, owner.email, NEW_PASSWORD)))).status).toBe(
        200,
      );
    });
  });

  describe('no account enumeration through forgot-password', () => {
    it('answers known and unknown addresses with the same status and body (timing printed)', async () => {
      const owner = await signUp(http);
      const timings: { known: number[]; unknown: number[] } = { known: [], unknown: [] };
      let knownText = '';
      let unknownText = '';
      for (let i = 0; i < 30; i++) {
        for (const which of ['known', 'unknown'] as const) {
          const email = which === 'known' ? owner.email : uniqueEmail('ghost');
          // Each request on a quiet server, as a careful attacker would measure.
          await new Promise((r) => setTimeout(r, 40));
          const started = performance.now();
          const res = await http.post('/api/v1/auth/forgot-password', { email });
          timings[which].push(performance.now() - started);
          expect(res.status).toBe(202);
          if (which === 'known') knownText = res.text;
          else unknownText = res.text;
        }
      }
      expect(knownText).toBe(unknownText);
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      console.log(
        `forgot-password medians: known ${median(timings.known).toFixed(2)} ms, unknown ${median(timings.unknown).toFixed(2)} ms`,
      );
      // Timing is printed, not asserted (no timed assertions on a shared machine): equal timing holds by
      // construction, since the account lookup runs after the answer (decision 0603); the medians above are
      // the measurement (old code: 29.4 ms known vs 14.0 ms unknown).
    });
  });
});

/** Runs `npm run cli -- …` as a child process against the test database. */
function runCli(
  args: string[],
  env: Record<string, string>,
  stdin?: string,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-r', './scripts/ts-register.js', 'scripts/cli.ts', ...args],
      {
        cwd: path.resolve(__dirname, '..'),
        env: { ...process.env, LOG_LEVEL: 'silent', ASSAY_ADMIN_PASSWORD: '', ...env },
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve({ stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}
