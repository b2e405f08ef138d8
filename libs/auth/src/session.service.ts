import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssayConfig, Clock, newId, unauthorized } from '@assay/core';
import { AccessTokenService } from './access-tokens';
import type { MembershipRole } from './member';
import { MemberDirectory } from './member-directory';
import { hashToken, newOpaqueToken } from './opaque-token';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

export interface SessionSubject {
  userId: string;
  organizationId: string;
  role: MembershipRole;
}

interface RefreshRow {
  id: string;
  user_id: string;
  organization_id: string;
  family_id: string;
  expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
}

type RefreshOutcome =
  | { ok: true; tokens: Tokens; subject: SessionSubject }
  | { ok: false; reason: 'unknown' | 'revoked' | 'reused' | 'expired' | 'not-a-member' };

/** Issues, rotates and revokes sessions: an access JWT plus a rotating, family-grouped refresh token. */
@Injectable()
export class SessionService {
  private readonly logger = new Logger('Sessions');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokenService,
    private readonly directory: MemberDirectory,
    private readonly config: AssayConfig,
    private readonly clock: Clock,
  ) {}

  /** A new session (new family), or the next token of `familyId`. Runs in the caller's transaction if given. */
  async issue(subject: SessionSubject, manager?: EntityManager, familyId: string = newId()): Promise<Tokens> {
    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.jwt.refreshTtlDays * 86_400_000);
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO refresh_tokens (id, user_id, organization_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [newId(), subject.userId, subject.organizationId, familyId, hash, expiresAt],
    );
    const epoch = await this.directory.tokenEpoch(subject.userId, manager);
    return {
      accessToken: this.accessTokens.sign(subject, epoch),
      refreshToken: token,
      expiresIn: this.accessTokens.ttlSeconds,
    };
  }

  /**
   * Rotates a refresh token. A rotated token presented again means it was copied: the whole family is
   * revoked, the thief's and the owner's sessions alike. The role is read afresh, so a member whose
   * role changed gets it now, and a removed member gets a 401.
   */
  async refresh(refreshToken: string): Promise<{ tokens: Tokens; subject: SessionSubject }> {
    const outcome = await this.dataSource.transaction(async (m): Promise<RefreshOutcome> => {
      const rows: RefreshRow[] = await m.query(
        `SELECT id, user_id, organization_id, family_id, expires_at, rotated_at, revoked_at
           FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [hashToken(refreshToken)],
      );
      const row = rows[0];
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.revoked_at) return { ok: false, reason: 'revoked' };
      if (row.rotated_at) {
        await this.revokeFamilyById(m, row.family_id);
        return { ok: false, reason: 'reused' };
      }
      if (row.expires_at.getTime() <= this.clock.now().getTime()) return { ok: false, reason: 'expired' };
      const membership = await this.directory.findActiveMembership(row.user_id, row.organization_id);
      if (!membership) {
        await this.revokeFamilyById(m, row.family_id);
        return { ok: false, reason: 'not-a-member' };
      }
      await m.query(`UPDATE refresh_tokens SET rotated_at = now(), updated_at = now() WHERE id = $1`, [
        row.id,
      ]);
      const subject = { userId: row.user_id, organizationId: row.organization_id, role: membership.role };
      return { ok: true, subject, tokens: await this.issue(subject, m, row.family_id) };
    });
    if (!outcome.ok) {
      if (outcome.reason === 'reused') {
        this.logger.warn('a rotated refresh token was presented again; its family is revoked');
      }
      throw unauthorized('The refresh token is invalid, expired or revoked.');
    }
    return { tokens: outcome.tokens, subject: outcome.subject };
  }

  /**
   * Logout: revokes the family of this refresh token and advances the user's token epoch, so the access
   * tokens already handed out stop working too (other devices refresh into the new epoch). Unknown tokens
   * are ignored (logout is idempotent).
   */
  async revoke(refreshToken: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const rows: { user_id: string }[] = await m.query(
        `SELECT user_id FROM refresh_tokens WHERE token_hash = $1`,
        [hashToken(refreshToken)],
      );
      if (!rows[0]) return;
      await m.query(
        `UPDATE refresh_tokens SET revoked_at = now(), updated_at = now()
          WHERE revoked_at IS NULL
            AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
        [hashToken(refreshToken)],
      );
      await this.directory.advanceTokenEpoch(rows[0].user_id, m);
    });
  }

  /** Every session of a user, refresh and access tokens alike (password reset, password replaced). */
  async revokeAllForUser(userId: string, manager?: EntityManager): Promise<void> {
    await revokeRefreshTokensOfUser(manager ?? this.dataSource.manager, userId);
    await this.directory.advanceTokenEpoch(userId, manager);
  }

  /** Every session of a user acting for one organization (removal from it). */
  async revokeForMembership(userId: string, organizationId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE refresh_tokens SET revoked_at = now(), updated_at = now()
        WHERE user_id = $1 AND organization_id = $2 AND revoked_at IS NULL`,
      [userId, organizationId],
    );
  }

  private async revokeFamilyById(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now(), updated_at = now()
        WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }
}

/**
 * Revokes every refresh token of a user, in the caller's transaction. For code outside Nest (the operator
 * CLI); inside it, use SessionService.revokeAllForUser, which also ends the access tokens.
 */
export async function revokeRefreshTokensOfUser(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(
    `UPDATE refresh_tokens SET revoked_at = now(), updated_at = now()
      WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId],
  );
}
