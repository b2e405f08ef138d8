/** Per-candidate adjustments to the time limit (issue 18). Scores are unaffected; the report names them. */
export interface Accommodations {
  /** Extra time as a percentage of the assessment's time limit (50 → 1.5× the time). */
  extraTimePercent?: number;
  /** Extra minutes, added after the percentage. */
  extraMinutes?: number;
  /** No time limit: the attempt ends when the candidate submits, or at the untimed cap. */
  untimed?: boolean;
}

export const MAX_EXTRA_TIME_PERCENT = 400;
export const MAX_EXTRA_MINUTES = 24 * 60;
/** An untimed attempt still has a deadline so it is eventually submitted (docs/decisions/0800). */
export const UNTIMED_CAP_MINUTES = 7 * 24 * 60;

/** The accommodations with zero and false values dropped, so "none" is always `{}`. */
export function normalizeAccommodations(input: Accommodations | null | undefined): Accommodations {
  const out: Accommodations = {};
  if (!input) return out;
  if (input.untimed) out.untimed = true;
  if (input.extraTimePercent) out.extraTimePercent = input.extraTimePercent;
  if (input.extraMinutes) out.extraMinutes = input.extraMinutes;
  return out;
}

/** The candidate's time in milliseconds: the limit, plus the percentage, plus the minutes; or the cap. */
export function allowedMilliseconds(timeLimitMinutes: number, acc: Accommodations): number {
  if (acc.untimed) return UNTIMED_CAP_MINUTES * 60_000;
  const base = timeLimitMinutes * 60_000;
  const percent = Math.round((base * (acc.extraTimePercent ?? 0)) / 100);
  return base + percent + (acc.extraMinutes ?? 0) * 60_000;
}

/** The deadline of an attempt that starts at `startedAt`. */
export function deadlineFor(startedAt: Date, timeLimitMinutes: number, acc: Accommodations): Date {
  return new Date(startedAt.getTime() + allowedMilliseconds(timeLimitMinutes, acc));
}

/** The candidate's time limit in whole minutes (rounded up), or null when untimed. */
export function effectiveTimeLimitMinutes(timeLimitMinutes: number, acc: Accommodations): number | null {
  if (acc.untimed) return null;
  return Math.ceil(allowedMilliseconds(timeLimitMinutes, acc) / 60_000);
}

/** How the report names them: "with 50% extra time", "with 50% extra time and 10 extra minutes", "untimed". */
export function describeAccommodations(acc: Accommodations): string | null {
  if (acc.untimed) return 'untimed';
  const parts: string[] = [];
  if (acc.extraTimePercent) parts.push(`${acc.extraTimePercent}% extra time`);
  if (acc.extraMinutes) {
    parts.push(acc.extraMinutes === 1 ? '1 extra minute' : `${acc.extraMinutes} extra minutes`);
  }
  return parts.length ? `with ${parts.join(' and ')}` : null;
}

/**
 * Accommodated attempts stay in the norm group, so scores stay comparable; their percentile says under
 * which conditions it was earned. Null when there is no percentile or nothing to note.
 */
export function percentileNote(percentile: number | null, acc: Accommodations): string | null {
  const described = describeAccommodations(acc);
  if (percentile === null || !described) return null;
  return `${described === 'untimed' ? 'earned untimed' : `earned ${described}`}; compared with all candidates`;
}
