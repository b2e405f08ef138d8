import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActiveMembership, ApiKeyIdentity, MemberDirectory, MembershipRole } from '@assay/auth';
import { OrganizationDb } from '@assay/persistence';

/**
 * The guard's view of people, one indexed query per request (no cache: removal, role changes and token
 * epochs apply to the very next request; measured in docs/decisions/0203-sessions-and-guard.md). Depends only on the
 * DataSource, so AuthModule can provide it without importing this lib's module.
 */
@Injectable()
export class OrganizationsMemberDirectory extends MemberDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizationDb: OrganizationDb,
  ) {
    super();
  }

  async findActiveMembership(userId: string, organizationId: string): Promise<ActiveMembership | null> {
    // Unverified accounts act only for the organization they created (docs/decisions/0601).
    const rows = await this.organizationDb.query<{
      role: MembershipRole;
      platform_admin: boolean;
      token_epoch: number;
    }>(
      organizationId,
      `SELECT m.role, u.platform_admin, u.token_epoch
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         JOIN organizations o ON o.id = m.organization_id
        WHERE m.organization_id = $1 AND m.user_id = $2
          AND (u.email_verified_at IS NOT NULL OR o.created_by_user_id = u.id)`,
      [userId],
    );
    return rows[0]
      ? { role: rows[0].role, platformAdmin: rows[0].platform_admin, tokenEpoch: rows[0].token_epoch }
      : null;
  }

  async tokenEpoch(userId: string, manager?: EntityManager): Promise<number> {
    const rows: { token_epoch: number }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT token_epoch FROM users WHERE id = $1`,
      [userId],
    );
    return rows[0]?.token_epoch ?? 0;
  }

  async advanceTokenEpoch(userId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE users SET token_epoch = token_epoch + 1, updated_at = now() WHERE id = $1`,
      [userId],
    );
  }

  async findApiKey(keyHash: string): Promise<ApiKeyIdentity | null> {
    // last_used_at is written at most once a minute per key, so a busy integration costs no write per call.
    const rows: { id: string; organization_id: string }[] = await this.dataSource.query(
      `WITH k AS (
         SELECT id, organization_id, last_used_at FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL
       ), touched AS (
         UPDATE api_keys SET last_used_at = now()
           FROM k
          WHERE api_keys.id = k.id AND (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute')
       )
       SELECT id, organization_id FROM k`,
      [keyHash],
    );
    return rows[0] ? { apiKeyId: rows[0].id, organizationId: rows[0].organization_id } : null;
  }
}
