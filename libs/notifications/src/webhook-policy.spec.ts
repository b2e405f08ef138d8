import { RETRY } from '@assay/queue';
import {
  ATTEMPT_LOG_LIMIT,
  DISABLE_AFTER_MS,
  appendAttempt,
  isDelivered,
  shouldDisable,
  totalBackoffMs,
} from './webhook-policy';

const HOUR = 3600_000;

describe('webhook delivery policy', () => {
  it('counts only 2xx as delivered (a redirect is a failure, never followed)', () => {
    expect([200, 201, 204, 299].map(isDelivered)).toEqual([true, true, true, true]);
    expect([null, 199, 301, 302, 400, 500].map(isDelivered)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('retries for about a day', () => {
    const total = totalBackoffMs(RETRY.webhooks.attempts, RETRY.webhooks.backoff.delay);
    expect(total).toBe(5_000 * (2 ** 14 - 1)); // 22.75 h of backoff between 15 tries
    expect(total / HOUR).toBeGreaterThan(20);
    expect(total / HOUR).toBeLessThan(26);
    expect(DISABLE_AFTER_MS / HOUR).toBeGreaterThan(20);
  });

  it('disables an endpoint only after its retries ran out and it failed without a break for that long', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const longAgo = new Date(now.getTime() - 23 * HOUR);
    const recently = new Date(now.getTime() - 2 * HOUR);
    expect(shouldDisable(longAgo, now, true)).toBe(true);
    expect(shouldDisable(longAgo, now, false)).toBe(false);
    expect(shouldDisable(recently, now, true)).toBe(false); // it succeeded for another delivery two hours ago
    expect(shouldDisable(null, now, true)).toBe(false);
  });

  it('keeps the last attempts of a delivery', () => {
    let log: unknown = undefined;
    for (let i = 0; i < ATTEMPT_LOG_LIMIT + 5; i++) {
      log = appendAttempt(log, { at: `t${i}`, status: 500, ms: i });
    }
    const kept = log as { at: string }[];
    expect(kept).toHaveLength(ATTEMPT_LOG_LIMIT);
    expect(kept[0].at).toBe('t5');
    expect(kept[kept.length - 1].at).toBe(`t${ATTEMPT_LOG_LIMIT + 4}`);
  });
});
