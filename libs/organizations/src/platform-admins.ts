import { DataSource } from 'typeorm';
import { PasswordHasher, passwordProblem, revokeRefreshTokensOfUser } from '@assay/auth';
import { newId } from '@assay/core';
import { normalizeEmail } from './email';

/** The organization platform admins sign in to when they belong to no customer organization. */
export const PLATFORM_ORGANIZATION = Object.freeze({ name: 'Assay platform', slug: 'assay-platform' });

export interface PlatformAdminResult {
  userId: string;
  email: string;
  created: boolean;
  /** An unverified account's password was replaced (and its sessions ended) before promotion. */
  passwordReset: boolean;
  organizationId: string | null;
}

export class PlatformAdminRefusal extends Error {}

/**
 * `npm run cli -- create-admin`: creates a platform admin, or promotes the existing user with that email.
 * Idempotent. Every session carries an organization, so an admin without one is made owner of the
 * platform's own organization (its slug is reserved for it).
 *
 * A verified account is promoted as it is (a password given is ignored). An unverified one may have been
 * registered by anyone who typed the address (pre-account takeover, docs/decisions/0601): it is promoted
 * only when a password is given, which then replaces its hash (the address counts as verified: the
 * operator vouches for it) and ends every session and access token it had.
 */
export async function createOrPromotePlatformAdmin(
  dataSource: DataSource,
  hasher: PasswordHasher,
  input: { email: string; password?: string; fullName?: string },
): Promise<PlatformAdminResult> {
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error('--email must be an email address');
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw new Error(`--password: ${problem}`);
  }
  const passwordHash = input.password !== undefined ? await hasher.hash(input.password) : null;

  return dataSource.transaction(async (m) => {
    const found: { id: string; email_verified_at: Date | null }[] = await m.query(
      `SELECT id, email_verified_at FROM users WHERE email = $1 FOR UPDATE`,
      [email],
    );
    let userId: string;
    const created = !found.length;
    let passwordReset = false;
    if (created) {
      if (passwordHash === null) {
        throw new PlatformAdminRefusal('a password is needed to create a new account');
      }
      userId = newId();
      await m.query(
        `INSERT INTO users (id, email, full_name, password_hash, email_verified_at, platform_admin)
         VALUES ($1, $2, $3, $4, now(), true)`,
        [userId, email, input.fullName ?? 'Platform admin', passwordHash],
      );
    } else if (found[0].email_verified_at === null) {
      userId = found[0].id;
      if (passwordHash === null) {
        throw new PlatformAdminRefusal(
          `${email} has an unverified account, which anyone could have registered: give a password ` +
            '(--password, ASSAY_ADMIN_PASSWORD or standard input) to reset it, or verify the email first',
        );
      }
      passwordReset = true;
      await m.query(
        `UPDATE users SET password_hash = $2, email_verified_at = now(), platform_admin = true,
                token_epoch = token_epoch + 1, updated_at = now()
          WHERE id = $1`,
        [userId, passwordHash],
      );
      await revokeRefreshTokensOfUser(m, userId);
    } else {
      userId = found[0].id;
      await m.query(`UPDATE users SET platform_admin = true, updated_at = now() WHERE id = $1`, [userId]);
    }
    const memberships: { organization_id: string }[] = await m.query(
      `SELECT organization_id FROM memberships WHERE user_id = $1 ORDER BY id LIMIT 1`,
      [userId],
    );
    if (memberships.length) {
      return { userId, email, created, passwordReset, organizationId: memberships[0].organization_id };
    }

    await m.query(
      `INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`,
      [newId(), PLATFORM_ORGANIZATION.name, PLATFORM_ORGANIZATION.slug],
    );
    const [organization]: { id: string }[] = await m.query(`SELECT id FROM organizations WHERE slug = $1`, [
      PLATFORM_ORGANIZATION.slug,
    ]);
    await m.query(
      `INSERT INTO memberships (id, organization_id, user_id, role) VALUES ($1, $2, $3, 'owner')
       ON CONFLICT (organization_id, user_id) DO NOTHING`,
      [newId(), organization.id, userId],
    );
    return { userId, email, created, passwordReset, organizationId: organization.id };
  });
}
