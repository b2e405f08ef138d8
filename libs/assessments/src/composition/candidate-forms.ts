import { LEVEL_DIFFICULTY_BANDS, type Level, type QuestionType } from '@assay/core';
import {
  AUTO_GRADED_TYPES,
  COMPOSITION_RULES,
  composeAssessment,
  groupsById,
  type CandidateQuestion,
  type CompositionInput,
  type CompositionResult,
} from './compose-assessment';
import { hashString, mulberry32, seededRank } from './seeded-random';

/**
 * A different form per candidate (docs/decisions/0411-per-candidate-forms.md). An assessment composed
 * with `forms: "per_candidate"` stores a plan — seats per stratum of equivalent items — and its pool (every
 * eligible item of those strata). When a candidate starts, `drawForm` fills every seat with an item of its
 * stratum, seeded by the invitation, so each candidate's form has the same skills, points and
 * difficulty profile as every other, and the same candidate always gets the same form.
 *
 * Strata: a short item (choice, numeric, text) is `skill × points class × short`, where the points class
 * is the catalog's points convention (difficulty 1–2, 3, 4–5), so the points of every form are equal; a
 * code or SQL task is `type × side of the level's band` across the role's skills, because practical
 * tasks are few per skill and a stratum of one would show every candidate the same task.
 */

export type FormsMode = 'fixed' | 'per_candidate';
export const FORMS_MODES: readonly FormsMode[] = ['fixed', 'per_candidate'];
export const DEFAULT_EXPOSURE_CAP = 0.3;
/** A drawn form's estimated time stays within this fraction of the plan's expected time when it can. */
export const TIME_TOLERANCE = 0.04;
/**
 * Seats are planned so that seats / items ≤ cap − this margin: draws are independent per candidate, so
 * the share of forms showing an item scatters around seats / items (±1.4 points at 1,000 forms and 25 %)
 * and time swaps add a little; the margin keeps the measured exposure under the cap.
 */
export const EXPOSURE_MARGIN = 0.05;

export interface FormPlan {
  version: 1;
  level: Level;
  /** Seats per stratum, in the template's order. */
  seats: { stratum: string; count: number }[];
  /** Expected estimated seconds of a form (Σ seats × the mean estimate of their stratum). */
  expectedSeconds: number;
  /** Largest share of forms an item may appear in. */
  exposureCap: number;
  /** Enemy groups (questionIds): at most one question of a group per form. */
  enemies: string[][];
}

export interface StratumExposure {
  stratum: string;
  seats: number;
  items: number;
  /** seats / items: the expected share of forms that show each item of the stratum. */
  exposure: number;
}

export interface PlannedForms {
  plan: FormPlan;
  /** Every eligible item of the planned strata: what the assessment stores and freezes. */
  pool: CandidateQuestion[];
  /** The form the plan was read from (also a valid fixed form). */
  template: CompositionResult;
  exposure: StratumExposure[];
  warnings: string[];
}

type Item = Pick<CandidateQuestion, 'questionId' | 'type' | 'skill' | 'difficulty' | 'timeEstimateSeconds'>;

const PRACTICAL: ReadonlySet<QuestionType> = new Set<QuestionType>(['code', 'sql']);
const LONG_FORM: ReadonlySet<QuestionType> = new Set<QuestionType>(['code', 'sql', 'essay']);

/** The catalog's points classes: difficulty 1–2 → 1 point, 3 → 2, 4–5 → 3. */
export function pointsClass(difficulty: number): 1 | 2 | 3 {
  return difficulty <= 2 ? 1 : difficulty === 3 ? 2 : 3;
}

export function stratumOf(q: Pick<Item, 'type' | 'skill' | 'difficulty'>, level: Level): string {
  if (PRACTICAL.has(q.type)) {
    const [lo, hi] = LEVEL_DIFFICULTY_BANDS[level];
    const side = q.difficulty < lo ? 'below' : q.difficulty > hi ? 'above' : 'band';
    return `*|${side}|${q.type}`;
  }
  if (q.type === 'essay') return `${q.skill}|essay`;
  return `${q.skill}|p${pointsClass(q.difficulty)}|short`;
}

const skillOfStratum = (stratum: string): string => stratum.split('|')[0];
const isPracticalStratum = (stratum: string): boolean => stratum.startsWith('*|');

/**
 * Plans per-candidate forms: composes the template (the ordinary composition under the blueprint), turns
 * each of its questions into a seat of that question's stratum, moves seats whose stratum is too thin for
 * the exposure cap to a sibling stratum of the same skill that has room, and collects the pool.
 */
export function planForms(input: CompositionInput & { exposureCap?: number }): PlannedForms {
  const template = composeAssessment(input);
  const level = input.level;
  const cap = input.exposureCap ?? DEFAULT_EXPOSURE_CAP;
  const planningCap = Math.max(0, cap - EXPOSURE_MARGIN);
  const warnings: string[] = [];

  // The eligible items, as the composition sees them (first entry of a questionId wins).
  const required = new Set(input.requirements.map((r) => r.skill));
  const included = new Set<QuestionType>(input.includeTypes ?? AUTO_GRADED_TYPES);
  const practicalAllowed = (type: QuestionType): boolean =>
    !input.blueprint || (input.blueprint.practical[type as 'code' | 'sql'] ?? 0) > 0;
  const seen = new Set<string>();
  const eligible: CandidateQuestion[] = [];
  for (const q of input.pool) {
    if (!required.has(q.skill) || !included.has(q.type) || seen.has(q.questionId)) continue;
    if (PRACTICAL.has(q.type) && !practicalAllowed(q.type)) continue;
    seen.add(q.questionId);
    eligible.push(q);
  }
  const byStratum = new Map<string, CandidateQuestion[]>();
  for (const q of eligible) {
    const s = stratumOf(q, level);
    byStratum.set(s, [...(byStratum.get(s) ?? []), q]);
  }

  const seats = new Map<string, number>();
  for (const q of template.questions) {
    const s = stratumOf(q, level);
    seats.set(s, (seats.get(s) ?? 0) + 1);
  }
  // Exposure: a seat whose stratum is over the cap moves to the nearest points class of the same skill
  // that stays within it. Every form keeps the same plan, so forms stay comparable.
  const size = (s: string): number => byStratum.get(s)?.length ?? 0;
  for (const stratum of [...seats.keys()]) {
    if (stratum.startsWith('*|') || stratum.endsWith('|essay')) continue;
    const skill = skillOfStratum(stratum);
    const own = Number(stratum.split('|')[1].slice(1));
    // Read the live count: an earlier stratum may have moved seats here.
    let left = seats.get(stratum) ?? 0;
    while (left / size(stratum) > planningCap + 1e-9) {
      const sibling = [1, 2, 3]
        .filter((c) => c !== own)
        .sort((a, b) => Math.abs(a - own) - Math.abs(b - own) || b - a)
        .map((c) => `${skill}|p${c}|short`)
        .find((s) => ((seats.get(s) ?? 0) + 1) / size(s) <= planningCap + 1e-9);
      if (!sibling) break;
      seats.set(sibling, (seats.get(sibling) ?? 0) + 1);
      left--;
    }
    seats.set(stratum, left);
  }
  // Keep the template's order of first appearance.
  const order: string[] = [];
  for (const q of template.questions) {
    const s = stratumOf(q, level);
    if (!order.includes(s)) order.push(s);
  }
  for (const s of seats.keys()) if (!order.includes(s)) order.push(s);
  const planSeats = order
    .filter((s) => (seats.get(s) ?? 0) > 0)
    .map((s) => ({ stratum: s, count: seats.get(s)! }));

  const exposure = planSeats.map(({ stratum, count }) => ({
    stratum,
    seats: count,
    items: size(stratum),
    exposure: count / Math.max(1, size(stratum)),
  }));
  for (const e of exposure) {
    if (e.exposure > cap + 1e-9) {
      warnings.push(
        `Stratum ${e.stratum} has ${e.items} item(s) for ${e.seats} seat(s): each is shown to ` +
          `${Math.round(e.exposure * 100)}% of candidates, over the ${Math.round(cap * 100)}% cap.`,
      );
    }
  }
  const mean = (qs: readonly CandidateQuestion[]): number =>
    qs.reduce((n, q) => n + Math.max(0, q.timeEstimateSeconds || 0), 0) / Math.max(1, qs.length);
  const expectedSeconds = Math.round(
    planSeats.reduce((n, { stratum, count }) => n + count * mean(byStratum.get(stratum) ?? []), 0),
  );
  const planned = new Set(planSeats.map((s) => s.stratum));
  const pool = eligible.filter((q) => planned.has(stratumOf(q, level)));
  const poolIds = new Set(pool.map((q) => q.questionId));
  const enemies = (input.enemies ?? [])
    .map((g) => [...new Set(g)].filter((id) => poolIds.has(id)))
    .filter((g) => g.length > 1);
  return {
    plan: { version: 1, level, seats: planSeats, expectedSeconds, exposureCap: cap, enemies },
    pool,
    template,
    exposure,
    warnings: [...template.warnings, ...warnings],
  };
}

/**
 * One candidate's form: every seat of the plan filled with an item of its stratum, uniformly at random
 * under `seed` (the invitation), never two items of one enemy group; then, when the estimated time is off
 * the plan's by more than TIME_TOLERANCE, single swaps within strata bring it back. Deterministic, and
 * independent of the order of `pool`. Presentation order: ascending difficulty, short items first.
 */
export function drawForm<T extends Item>(plan: FormPlan, pool: readonly T[], seed: string): T[] {
  const byStratum = new Map<string, T[]>();
  const unique = new Map<string, T>();
  for (const q of pool) if (!unique.has(q.questionId)) unique.set(q.questionId, q);
  const sorted = [...unique.values()].sort((a, b) =>
    a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0,
  );
  for (const q of sorted) {
    const s = stratumOf(q, plan.level);
    byStratum.set(s, [...(byStratum.get(s) ?? []), q]);
  }
  const groups = groupsById(plan.enemies);
  const random = mulberry32(hashString(`form:${seed}`));
  const chosen: { stratum: string; item: T }[] = [];
  const used = new Set<string>();
  const usedGroups = new Map<number, number>();
  const blocked = (q: T): boolean =>
    (groups.get(q.questionId) ?? []).some((g) => (usedGroups.get(g) ?? 0) > 0);
  const mark = (q: T, delta: 1 | -1): void => {
    if (delta > 0) used.add(q.questionId);
    else used.delete(q.questionId);
    for (const g of groups.get(q.questionId) ?? []) usedGroups.set(g, (usedGroups.get(g) ?? 0) + delta);
  };

  for (const { stratum, count } of plan.seats) {
    for (let k = 0; k < count; k++) {
      let options = (byStratum.get(stratum) ?? []).filter((q) => !used.has(q.questionId) && !blocked(q));
      if (!options.length && !stratum.startsWith('*|')) {
        // The stratum is exhausted by enemies: the same skill's nearest points class stands in.
        const skill = skillOfStratum(stratum);
        options = sorted.filter(
          (q) => q.skill === skill && !PRACTICAL.has(q.type) && !used.has(q.questionId) && !blocked(q),
        );
      }
      if (!options.length) continue;
      const item = options[Math.floor(random() * options.length)];
      mark(item, 1);
      chosen.push({ stratum, item });
    }
  }

  // Time: while the estimate is off the plan's by more than TIME_TOLERANCE, one seat at a time takes an
  // alternative of its stratum: at random among those that land within tolerance, else the closest.
  const seconds = (q: T): number => Math.max(0, q.timeEstimateSeconds || 0);
  const target = plan.expectedSeconds;
  const within = (t: number): boolean => Math.abs(t - target) <= TIME_TOLERANCE * target;
  let total = chosen.reduce((n, c) => n + seconds(c.item), 0);
  // A practical stratum (code, SQL: the widest spread of time estimates) planned close to the cap keeps its
  // uniform draw: swaps towards its items whose time fits best would show those more often than the cap.
  const swappable = new Set(
    plan.seats
      .filter(
        ({ stratum, count }) =>
          !isPracticalStratum(stratum) ||
          count / Math.max(1, byStratum.get(stratum)?.length ?? 0) <=
            plan.exposureCap - 2 * EXPOSURE_MARGIN + 1e-9,
      )
      .map(({ stratum }) => stratum),
  );
  for (let round = 0; round < chosen.length && !within(total); round++) {
    const landing: { at: number; item: T }[] = [];
    let best: { at: number; item: T; total: number } | null = null;
    chosen.forEach((c, at) => {
      if (!swappable.has(c.stratum)) return;
      mark(c.item, -1);
      for (const alt of byStratum.get(c.stratum) ?? []) {
        if (alt === c.item || used.has(alt.questionId) || blocked(alt)) continue;
        const next = total - seconds(c.item) + seconds(alt);
        if (within(next)) landing.push({ at, item: alt });
        if (Math.abs(next - target) < Math.abs((best?.total ?? total) - target))
          best = { at, item: alt, total: next };
      }
      mark(c.item, 1);
    });
    const swap = landing.length ? landing[Math.floor(random() * landing.length)] : best;
    if (!swap) break;
    const { at, item } = swap;
    total += seconds(item) - seconds(chosen[at].item);
    mark(chosen[at].item, -1);
    mark(item, 1);
    chosen[at] = { stratum: chosen[at].stratum, item };
  }

  const longForm = (q: T): number => (LONG_FORM.has(q.type) ? 1 : 0);
  return chosen
    .map((c) => c.item)
    .sort(
      (a, b) =>
        a.difficulty - b.difficulty ||
        longForm(a) - longForm(b) ||
        seededRank(seed, a.questionId) - seededRank(seed, b.questionId) ||
        (a.questionId < b.questionId ? -1 : 1),
    );
}

/**
 * The points of one form: per seat, the points of its stratum's items (equal within a stratum, so forms are
 * comparable; the largest is taken should an organization's own question differ).
 */
export function formMaxScore(
  plan: FormPlan,
  pool: readonly (Pick<Item, 'type' | 'skill' | 'difficulty'> & { points: number })[],
): number {
  const pointsOf = new Map<string, number>();
  for (const q of pool) {
    const stratum = stratumOf(q, plan.level);
    pointsOf.set(stratum, Math.max(pointsOf.get(stratum) ?? 0, q.points));
  }
  return plan.seats.reduce((sum, seat) => sum + seat.count * (pointsOf.get(seat.stratum) ?? 0), 0);
}

/** Seats of a plan (the number of questions every form has). */
export function formLength(plan: FormPlan): number {
  return plan.seats.reduce((n, s) => n + s.count, 0);
}

/** Whether `value` is a FormPlan as stored (defensive: it comes back from a jsonb column). */
export function isFormPlan(value: unknown): value is FormPlan {
  const p = value as FormPlan;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.version === 1 &&
    typeof p.level === 'string' &&
    Array.isArray(p.seats) &&
    Array.isArray(p.enemies)
  );
}

/**
 * One fixed form (`forms: "fixed"`). Under a blueprint it is a form drawn from the plan with the
 * assessment's seed, so fixed and per-candidate forms of a role and level are alike in time, points and
 * practical tasks; without one it is the plain composition (docs/decisions/0401).
 */
export function composeForm(input: CompositionInput & { exposureCap?: number }): CompositionResult {
  if (!input.blueprint) return composeAssessment(input);
  const planned = planForms(input);
  const questions = drawForm(planned.plan, planned.pool, `fixed:${input.seed}`);
  const selected = new Map<string, number>();
  for (const q of questions) selected.set(q.skill, (selected.get(q.skill) ?? 0) + 1);
  return {
    questions,
    timeLimitMinutes: input.blueprint.targetMinutes
      ? planned.template.timeLimitMinutes
      : Math.max(
          COMPOSITION_RULES.timeLimitStepMinutes,
          Math.ceil(questions.reduce((n, q) => n + Math.max(0, q.timeEstimateSeconds || 0), 0) / 300) *
            COMPOSITION_RULES.timeLimitStepMinutes,
        ),
    coverage: planned.template.coverage.map((c) => ({ ...c, selected: selected.get(c.skill) ?? 0 })),
    warnings: planned.warnings,
  };
}
