import { DataSource } from 'typeorm';
import { PasswordHasher, passwordProblem } from '@assay/auth';
import { newId } from '@assay/core';
import { normalizeEmail } from './email';

/** The organization platform admins sign in to when they belong to no customer organization. */
export const PLATFORM_ORGANIZATION = Object.freeze({ name: 'Assay platform', slug: 'assay-platform' });

export interface PlatformAdminResult {
  userId: string;
  email: string;
  created: boolean;
  organizationId: string | null;
}

/**
 * `npm run cli -- create-admin`: creates a platform admin, or promotes the existing user with that email
 * (whose password is then left as it is). Idempotent. Every session carries an organization, so an admin
 * without one is made owner of the platform's own organization (its slug is reserved for it).
 */
export async function createOrPromotePlatformAdmin(
  dataSource: DataSource,
  hasher: PasswordHasher,
  input: { email: string; password: string; fullName?: string },
): Promise<PlatformAdminResult> {
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error('--email must be an email address');
  const problem = passwordProblem(input.password);
  if (problem) throw new Error(`--password: ${problem}`);
  const passwordHash = await hasher.hash(input.password);

  return dataSource.transaction(async (m) => {
    const found: { id: string }[] = await m.query(`SELECT id FROM users WHERE email = $1 FOR UPDATE`, [
      email,
    ]);
    let userId: string;
    const created = !found.length;
    if (created) {
      userId = newId();
      await m.query(
        `INSERT INTO users (id, email, full_name, password_hash, email_verified_at, platform_admin)
         VALUES ($1, $2, $3, $4, now(), true)`,
        [userId, email, input.fullName ?? 'Platform admin', passwordHash],
      );
    } else {
      userId = found[0].id;
      await m.query(`UPDATE users SET platform_admin = true, updated_at = now() WHERE id = $1`, [userId]);
    }
    const memberships: { organization_id: string }[] = await m.query(
      `SELECT organization_id FROM memberships WHERE user_id = $1 ORDER BY id LIMIT 1`,
      [userId],
    );
    if (memberships.length) return { userId, email, created, organizationId: memberships[0].organization_id };

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
    return { userId, email, created, organizationId: organization.id };
  });
}
