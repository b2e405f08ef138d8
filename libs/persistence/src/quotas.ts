import { HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Problem } from '@assay/core';
import { returnedRows } from './transaction';
import { PersistenceProblem } from './persistence.problems';

/** Per-organization quotas (docs/decisions/0611-organization-quotas.md); the names appear in 429 answers. */
export type QuotaName =
  | 'candidate-invitations-per-day'
  | 'resends-per-invitation'
  | 'regrades-per-day'
  | 'webhook-endpoints'
  | 'own-questions';

/** Seconds until the next UTC midnight, when daily counters start again (at least 1). */
export function secondsUntilNextUtcDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/** A count limit frees up when something is deleted, not at a time: Retry-After is only a hint. */
export const COUNT_QUOTA_RETRY_AFTER_SECONDS = 3600;

/** 429 problem+json naming the quota and its limit, with Retry-After. */
export function quotaExceeded(quota: QuotaName, limit: number, retryAfterSeconds: number, detail: string) {
  return new Problem(HttpStatus.TOO_MANY_REQUESTS, PersistenceProblem.QuotaExceeded, detail, {
    quota,
    limit,
    headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
}

/**
 * Adds `amount` to today's (UTC) counter of `quota` for the organization, or throws 429 if that would pass
 * `limit`. One conditional upsert: concurrent callers queue on the counter row and each sees the others'
 * committed increments, so the limit is never overshot. Call it inside the transaction that does the
 * counted work, so a rollback gives the amount back.
 */
export async function consumeDailyQuota(
  manager: EntityManager,
  organizationId: string,
  quota: QuotaName,
  amount: number,
  limit: number,
  now: Date,
): Promise<void> {
  if (amount <= 0) return;
  const retryAfter = secondsUntilNextUtcDay(now);
  const detail = `The organization's limit of ${limit} ${quota.replace(/-/g, ' ')} is reached.`;
  if (amount > limit) throw quotaExceeded(quota, limit, retryAfter, detail);
  const rows = returnedRows<{ used: number }>(
    await manager.query(
      `INSERT INTO quota_usage (organization_id, quota, window_start, used) VALUES ($1, $2, $3::date, $4)
       ON CONFLICT (organization_id, quota, window_start)
       DO UPDATE SET used = quota_usage.used + EXCLUDED.used, updated_at = now()
        WHERE quota_usage.used + EXCLUDED.used <= $5
       RETURNING used`,
      [organizationId, quota, now.toISOString().slice(0, 10), amount, limit],
    ),
  );
  if (!rows.length) throw quotaExceeded(quota, limit, retryAfter, detail);
}

/**
 * Serializes, until the end of the caller's transaction, every change counted by `quota` for the
 * organization: count after taking it, then insert, and no concurrent request can slip past the limit.
 */
export async function lockQuota(
  manager: EntityManager,
  organizationId: string,
  quota: QuotaName,
): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [
    `quota:${quota}`,
    organizationId,
  ]);
}

/** 429 when `current + adding` would pass a count limit (call after lockQuota, in the same transaction). */
export function assertWithinCount(quota: QuotaName, limit: number, current: number, adding = 1): void {
  if (current + adding > limit) {
    throw quotaExceeded(
      quota,
      limit,
      COUNT_QUOTA_RETRY_AFTER_SECONDS,
      `The organization's limit of ${limit} ${quota.replace(/-/g, ' ')} is reached; delete some to make room.`,
    );
  }
}
