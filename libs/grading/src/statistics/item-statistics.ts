/**
 * Classical test theory for the results a recruiter reads (docs/decisions/0121-uncertainty-and-norms.md,
 * 0122-item-statistics.md): reliability (Cronbach's α, which is KR-20 for right/wrong items) and the
 * standard error of measurement of an assessment, and per question: facility, item-rest point-biserial,
 * option use overall and in the top/bottom 27 %, time on item, code tests' pass rates, and flags. Pure.
 */

export const ITEM_STATISTICS_RULES = {
  /** Graded attempts an assessment needs before its own α and SEM are reported. */
  minAttemptsForReliability: 30,
  /** Graded attempts of a role version and level before percentiles are shown. */
  minNormGroup: 100,
  /** Responses before any item flag is raised (fewer is noise). */
  minResponsesForFlags: 20,
  /** Responses before the observed facility is compared with the difficulty label. */
  minResponsesForLabelCheck: 200,
  lowFacility: 0.15,
  highFacility: 0.95,
  lowDiscrimination: 0.15,
  /** A distractor chosen by fewer than this share of candidates does not distract. */
  minDistractorRate: 0.03,
  /** Share of candidates in the upper and lower groups. */
  extremeGroupShare: 0.27,
} as const;

/**
 * Facility a question of each difficulty label is expected to show in a typical candidate population:
 * from the simulation model (2PL, b = difficulty − 3, a ≈ 1.2, θ ~ N(0, 1)) give or take about 0.15.
 */
export const LABEL_FACILITY_BANDS: Readonly<Record<number, readonly [number, number]>> = {
  1: [0.7, 0.98],
  2: [0.55, 0.9],
  3: [0.35, 0.7],
  4: [0.15, 0.5],
  5: [0.02, 0.35],
};

export type ItemFlag =
  | 'too_hard'
  | 'too_easy'
  | 'low_discrimination'
  | 'likely_miskeyed'
  | 'weak_distractor'
  | 'difficulty_mismatch';

const round = (value: number, places = 4): number => {
  const f = 10 ** places;
  return Math.round(value * f) / f;
};

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}

/** Population variance. */
function variance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length;
}

/** Pearson correlation; null when either side does not vary. */
export function correlation(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  const mx = mean(x.slice(0, n));
  const my = mean(y.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  if (sxx <= 1e-12 || syy <= 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Linear-interpolated quantile (q in 0..1) of unsorted values; null when empty. */
export function quantile(values: readonly number[], q: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export interface Reliability {
  /** Attempts (rows) used. */
  attempts: number;
  /** Items (columns) used. */
  items: number;
  /** Cronbach's α (KR-20 for right/wrong items); null when it cannot be computed. */
  alpha: number | null;
  /** Standard error of measurement in percentage points: SD × √(1 − α). */
  sem: number | null;
  /** Mean and standard deviation of the percentage score. */
  mean: number;
  sd: number;
}

/**
 * α and SEM of a score matrix: one row per attempt, one column per question, each cell the points earned;
 * `maxByItem` gives each column's points (scores are reported as percentages of their sum).
 */
export function reliabilityOf(
  matrix: readonly (readonly number[])[],
  maxByItem: readonly number[],
): Reliability {
  const k = maxByItem.length;
  const rows = matrix.filter((r) => r.length === k);
  const maxTotal = maxByItem.reduce((s, v) => s + v, 0);
  const totals = rows.map((r) => r.reduce((s, v) => s + v, 0));
  const percentages = totals.map((t) => (maxTotal > 0 ? (100 * t) / maxTotal : 0));
  const sd = Math.sqrt(variance(percentages));
  const base = { attempts: rows.length, items: k, mean: round(mean(percentages), 2), sd: round(sd, 2) };
  const totalVariance = variance(totals);
  if (rows.length < 2 || k < 2 || totalVariance <= 1e-12) return { ...base, alpha: null, sem: null };
  let itemVariance = 0;
  for (let j = 0; j < k; j++) itemVariance += variance(rows.map((r) => r[j]));
  const alpha = (k / (k - 1)) * (1 - itemVariance / totalVariance);
  // α can be negative on a form whose items do not hang together; the SEM is then the whole SD.
  const sem = sd * Math.sqrt(1 - Math.min(1, Math.max(0, alpha)));
  return { ...base, alpha: round(alpha), sem: round(sem, 2) };
}

/** One candidate's response to one question, with the candidate's attempt totals. */
export interface ItemObservation {
  score: number;
  maxScore: number;
  /** The attempt's total and maximum (this question included). */
  total: number;
  totalMax: number;
  /** Options chosen (choice questions); empty when unanswered. */
  selected?: readonly string[] | null;
  /** Time spent on the question, when known. */
  seconds?: number | null;
  /** Code tests passed (by test index). */
  tests?: readonly { index: number; passed: boolean }[] | null;
}

export interface ItemMeta {
  type: string;
  difficulty: number;
  /** Option ids of a choice question, and which are correct. */
  optionIds?: readonly string[];
  correctOptionIds?: readonly string[];
}

export interface OptionRate {
  optionId: string;
  correct: boolean;
  rate: number;
  upperRate: number;
  lowerRate: number;
}

export interface ItemStatistics {
  responses: number;
  facility: number | null;
  pointBiserial: number | null;
  options: OptionRate[];
  time: { medianSeconds: number | null; p10Seconds: number | null; observed: number };
  tests: { index: number; passRate: number }[];
  flags: ItemFlag[];
}

/** Statistics and flags of one question version from its observations. */
export function itemStatistics(observations: readonly ItemObservation[], meta: ItemMeta): ItemStatistics {
  const obs = observations.filter((o) => o.maxScore > 0 && Number.isFinite(o.score));
  const n = obs.length;
  const itemShare = obs.map((o) => Math.min(1, Math.max(0, o.score / o.maxScore)));
  // Item-rest: the rest of the attempt, as a share so that attempts of different lengths pool.
  const rest = obs.map((o) => {
    const restMax = o.totalMax - o.maxScore;
    return restMax > 0 ? (o.total - o.score) / restMax : 0;
  });
  const facility = n ? round(mean(itemShare)) : null;
  const r = correlation(itemShare, rest);
  const pointBiserial = r === null ? null : round(r);

  const options: OptionRate[] = [];
  if (meta.optionIds?.length && n) {
    // Upper and lower 27 % by the rest score (the question itself left out); ties broken by order.
    const order = obs.map((_, i) => i).sort((a, b) => rest[b] - rest[a] || a - b);
    const g = Math.max(1, Math.round(n * ITEM_STATISTICS_RULES.extremeGroupShare));
    const upper = order.slice(0, g);
    const lower = order.slice(-g);
    const rate = (ids: readonly number[], option: string): number =>
      ids.length ? round(ids.filter((i) => obs[i].selected?.includes(option)).length / ids.length) : 0;
    const all = obs.map((_, i) => i);
    for (const optionId of meta.optionIds) {
      options.push({
        optionId,
        correct: meta.correctOptionIds?.includes(optionId) ?? false,
        rate: rate(all, optionId),
        upperRate: rate(upper, optionId),
        lowerRate: rate(lower, optionId),
      });
    }
  }

  const seconds = obs.map((o) => o.seconds).filter((s): s is number => typeof s === 'number' && s >= 0);
  const median = quantile(seconds, 0.5);
  const p10 = quantile(seconds, 0.1);

  const testCounts = new Map<number, { passed: number; total: number }>();
  for (const o of obs) {
    for (const t of o.tests ?? []) {
      const c = testCounts.get(t.index) ?? { passed: 0, total: 0 };
      c.total += 1;
      if (t.passed) c.passed += 1;
      testCounts.set(t.index, c);
    }
  }
  const tests = [...testCounts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, c]) => ({ index, passRate: round(c.passed / c.total) }));

  const stats: ItemStatistics = {
    responses: n,
    facility,
    pointBiserial,
    options,
    time: {
      medianSeconds: median === null ? null : round(median, 1),
      p10Seconds: p10 === null ? null : round(p10, 1),
      observed: seconds.length,
    },
    tests,
    flags: [],
  };
  stats.flags = itemFlags(stats, meta);
  return stats;
}

/** The automatic flags of docs/decisions/0122-item-statistics.md. */
export function itemFlags(stats: Omit<ItemStatistics, 'flags'>, meta: ItemMeta): ItemFlag[] {
  const rules = ITEM_STATISTICS_RULES;
  if (stats.responses < rules.minResponsesForFlags || stats.facility === null) return [];
  const flags: ItemFlag[] = [];
  if (stats.facility < rules.lowFacility) flags.push('too_hard');
  if (stats.facility > rules.highFacility) flags.push('too_easy');
  if (stats.pointBiserial !== null && stats.pointBiserial < rules.lowDiscrimination) {
    flags.push('low_discrimination');
    // Strong candidates do worse on it than weak ones: the key is probably wrong.
    if (stats.pointBiserial < 0) flags.push('likely_miskeyed');
  }
  if (stats.options.some((o) => !o.correct && o.rate < rules.minDistractorRate))
    flags.push('weak_distractor');
  const band = LABEL_FACILITY_BANDS[Math.round(meta.difficulty)];
  if (
    band &&
    stats.responses >= rules.minResponsesForLabelCheck &&
    (stats.facility < band[0] || stats.facility > band[1])
  ) {
    flags.push('difficulty_mismatch');
  }
  return flags;
}

/** Percentage scores in 0.1-point bins (1001 counts, 0.0 … 100.0): a norm group's distribution. */
export const NORM_BINS = 1001;

export function normBin(percentage: number): number {
  return Math.min(
    NORM_BINS - 1,
    Math.max(0, Math.round((Number.isFinite(percentage) ? percentage : 0) * 10)),
  );
}

/**
 * Percentile rank of a score in a binned distribution: the share scoring below it plus half the share
 * scoring the same (mid-rank), 0–100, one decimal. Null when the group is smaller than `minGroup`.
 */
export function percentileRank(
  counts: readonly number[],
  percentage: number,
  minGroup: number = ITEM_STATISTICS_RULES.minNormGroup,
): number | null {
  const n = counts.reduce((s, c) => s + c, 0);
  if (n < minGroup || n === 0) return null;
  const bin = normBin(percentage);
  let below = 0;
  for (let i = 0; i < bin; i++) below += counts[i] ?? 0;
  return round((100 * (below + (counts[bin] ?? 0) / 2)) / n, 1);
}

/** Ten-point histogram of percentage scores (the last bin includes 100). */
export function scoreDistribution(
  percentages: readonly number[],
): { from: number; to: number; count: number }[] {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  for (const p of percentages) {
    if (!Number.isFinite(p)) continue;
    bins[Math.min(9, Math.max(0, Math.floor(p / 10)))].count += 1;
  }
  return bins;
}
