import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashToken, newOpaqueToken } from '@assay/auth';
import { Clock, gone, newId, Problem } from '@assay/core';
import type { UserTokenPurpose } from './user-token.entity';
import { SignupProblem } from './signup.problems';

export const invalidToken = () =>
  new Problem(400, SignupProblem.InvalidToken, 'The link is invalid or has already been used.');

/** Issues and redeems the emailed single-use tokens. */
@Injectable()
export class UserTokens {
  constructor(private readonly clock: Clock) {}

  /** A new token; earlier unused tokens of the same purpose stop working (only the latest email counts). */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: UserTokenPurpose,
    ttlMs: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(this.clock.now().getTime() + ttlMs);
    await manager.query(
      `UPDATE user_tokens SET used_at = now(), updated_at = now()
        WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
    await manager.query(
      `INSERT INTO user_tokens (id, user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [newId(), userId, purpose, hash, expiresAt],
    );
    return { token, expiresAt };
  }

  /** Marks the token used and returns its user; 400 when unknown or used, 410 when expired. */
  async redeem(manager: EntityManager, token: string, purpose: UserTokenPurpose): Promise<string> {
    const row = await this.usable(manager, token, purpose, true);
    await manager.query(`UPDATE user_tokens SET used_at = now(), updated_at = now() WHERE id = $1`, [row.id]);
    return row.user_id;
  }

  /**
   * Checks the token without using it (the same 400/410 as redeem), so a request with a bad token is
   * refused before any expensive work such as hashing a new password.
   */
  async check(manager: EntityManager, token: string, purpose: UserTokenPurpose): Promise<void> {
    await this.usable(manager, token, purpose, false);
  }

  private async usable(manager: EntityManager, token: string, purpose: UserTokenPurpose, lock: boolean) {
    const rows: { id: string; user_id: string; expires_at: Date; used_at: Date | null }[] =
      await manager.query(
        `SELECT id, user_id, expires_at, used_at FROM user_tokens
          WHERE token_hash = $1 AND purpose = $2${lock ? ' FOR UPDATE' : ''}`,
        [hashToken(token), purpose],
      );
    const row = rows[0];
    if (!row || row.used_at) throw invalidToken();
    if (row.expires_at.getTime() <= this.clock.now().getTime()) {
      throw gone(SignupProblem.TokenExpired, 'The link has expired. Ask for a new one.');
    }
    return row;
  }
}
