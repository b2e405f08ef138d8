import { RETRY } from '@assay/queue';

/** What an attempt's outcome means for the delivery and its endpoint. */
export interface AttemptVerdict {
  delivered: boolean;
  /** Why it failed (status, network error, refusal), for the log. */
  error: string | null;
  /** Refused by the URL policy because of where the host points: retrying would not help. */
  permanent: boolean;
}

/** 2xx only: a redirect is not followed and counts as a failure, like any other status. */
export function isDelivered(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}

/** An endpoint failing without a single success for this long is disabled (the retry window, ≈ 22.7 h). */
export const DISABLE_AFTER_MS = totalBackoffMs(RETRY.webhooks.attempts, RETRY.webhooks.backoff.delay) * 0.9;

/** Sum of the exponential backoff delays between `attempts` tries (before jitter). */
export function totalBackoffMs(attempts: number, delayMs: number): number {
  let total = 0;
  for (let i = 0; i < attempts - 1; i++) total += delayMs * 2 ** i;
  return total;
}

/**
 * Disable the endpoint when a delivery has used up its retries and the endpoint has not succeeded once
 * since `failingSince`, at least DISABLE_AFTER_MS ago. A single bad delivery on a healthy endpoint (its
 * other deliveries succeed, resetting `failingSince`) never disables it.
 */
export function shouldDisable(failingSince: Date | null, now: Date, retriesExhausted: boolean): boolean {
  return (
    retriesExhausted && failingSince !== null && now.getTime() - failingSince.getTime() >= DISABLE_AFTER_MS
  );
}

/** The `webhook_deliveries.attempt_log` entry of one attempt; the log keeps the last 20. */
export interface AttemptLogEntry {
  at: string;
  status: number | null;
  ms: number;
  error?: string;
}

export const ATTEMPT_LOG_LIMIT = 20;

export function appendAttempt(log: unknown, entry: AttemptLogEntry): AttemptLogEntry[] {
  const previous = Array.isArray(log) ? (log as AttemptLogEntry[]) : [];
  return [...previous, entry].slice(-ATTEMPT_LOG_LIMIT);
}
