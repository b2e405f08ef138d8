import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Http } from './http';
import { mailbox, tokenFrom } from './smtp-capture';

/**
 * Identity helpers for e2e tests: sign up an organization, add members, make a platform admin. Every
 * helper uses unique emails and names, so test files can share the run's database.
 */

/** A password that passes the policy (10–128 characters, not a common one). */
export const TEST_PASSWORD = 'correct horse battery staple';

/** A fresh address, e.g. `owner-lz3k9a-1f2e3d4c@assay.test`. */
export function uniqueEmail(tag = 'user'): string {
  return `${tag}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}@assay.test`;
}

/** `{ authorization: 'Bearer …' }`, for `http.get(url, { headers: authHeader(token) })` (or pass `{ token }`). */
export function authHeader(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** A signed-in person acting for one organization. */
export interface SignedUp {
  accessToken: string;
  refreshToken: string;
  organizationId: string;
  organizationSlug: string;
  userId: string;
  email: string;
  password: string;
  role: 'owner' | 'admin' | 'recruiter';
}

interface SessionBody {
  user: { id: string; email: string };
  organization: { id: string; slug: string };
  role: SignedUp['role'];
  tokens: { accessToken: string; refreshToken: string };
}

function session(body: SessionBody, password: string): SignedUp {
  return {
    accessToken: body.tokens.accessToken,
    refreshToken: body.tokens.refreshToken,
    organizationId: body.organization.id,
    organizationSlug: body.organization.slug,
    userId: body.user.id,
    email: body.user.email,
    password,
    role: body.role,
  };
}

/** POST /api/v1/signup with unique defaults: a new organization and its owner, signed in. */
export async function signUp(
  http: Http,
  overrides: Partial<{ organizationName: string; fullName: string; email: string; password: string }> = {},
): Promise<SignedUp> {
  const body = {
    organizationName: overrides.organizationName ?? `Test Org ${randomBytes(4).toString('hex')}`,
    fullName: overrides.fullName ?? 'Test Owner',
    email: overrides.email ?? uniqueEmail('owner'),
    password: overrides.password ?? TEST_PASSWORD,
  };
  const res = await http.post<SessionBody>('/api/v1/signup', body);
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${res.text}`);
  return session(res.body, body.password);
}

/** POST /api/v1/auth/login. */
export async function logIn(
  http: Http,
  email: string,
  password: string,
  organizationId?: string,
): Promise<SignedUp> {
  const res = await http.post<SessionBody>('/api/v1/auth/login', { email, password, organizationId });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
  return session(res.body, password);
}

/**
 * The token of a member invitation, as its email carries it: read from the email's mail request while it
 * waits (no worker running), or from the captured email once a worker has sent it. The inviter's 201
 * never carries it.
 */
export async function memberInvitationToken(
  http: Http,
  invitationId: string,
  email: string,
): Promise<string> {
  const rows: { params?: { url?: string } }[] = await http.app
    .get(DataSource)
    .query(`SELECT params FROM mail_requests WHERE aggregate_id = $1`, [invitationId]);
  const url = rows[0]?.params?.url;
  if (url) return new URL(url).searchParams.get('token')!;
  const mail = await mailbox().waitFor((m) => m.to.includes(email.toLowerCase()) && /^Join /.test(m.subject));
  return tokenFrom(mail, '/accept-invitation');
}

/**
 * A new member of `owner`'s organization with `role`, signed in: invited by `owner` (an owner or admin)
 * and accepted with the token the invitation email carries.
 */
export async function addMember(
  http: Http,
  owner: SignedUp,
  role: SignedUp['role'],
  email: string = uniqueEmail(role),
): Promise<SignedUp> {
  const invited = await http.post<{ id: string }>(
    '/api/v1/organization/member-invitations',
    { email, role },
    { token: owner.accessToken },
  );
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${invited.text}`);
  const token = await memberInvitationToken(http, invited.body.id, email);
  const accepted = await http.post<SessionBody>('/api/v1/member-invitations/accept', {
    token,
    fullName: `Test ${role}`,
    password: TEST_PASSWORD,
  });
  if (accepted.status !== 200) throw new Error(`accepting failed: ${accepted.status} ${accepted.text}`);
  return session(accepted.body, TEST_PASSWORD);
}

/**
 * Makes an existing user a platform admin (as `npm run cli -- create-admin` would) and signs them in
 * again. The guard reads the flag on every request, so their old tokens carry it too.
 */
export async function makePlatformAdmin(app: NestFastifyApplication, account: SignedUp): Promise<SignedUp> {
  await app.get(DataSource).query(`UPDATE users SET platform_admin = true WHERE id = $1`, [account.userId]);
  return logIn(new Http(app), account.email, account.password, account.organizationId);
}
