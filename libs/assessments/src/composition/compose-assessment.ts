import { LEVEL_DIFFICULTY_BANDS, type Level, type QuestionType } from '@assay/core';
import { seededRank } from './seeded-random';

/**
 * Assessment composition: which questions an assessment asks, and in what order, for a role's
 * requirements at a level. Pure and deterministic: the same input (seed included) gives the same
 * result, whatever the order of `pool` and `requirements`. See docs/decisions/0401-assessment-composition.md.
 *
 * 1. Eligible: a pool question whose skill is a requirement and whose type is included (default: all
 *    auto-graded types, i.e. not essay); the first eligible entry of a questionId wins.
 *    count = min(questionCount ?? 20, eligible questions).
 * 2. Skill quotas: count is apportioned over the skills with eligible questions in proportion to
 *    importance, each share clamped to [1, available] (to [0, available] when count < skills): what a
 *    capped skill cannot take flows to the others by importance (water-filling). Shares are rounded by
 *    largest remainder (ties: higher importance, then seeded).
 * 3. Code/SQL: when an eligible code or sql task exists, one is reserved, preferring a skill that already
 *    has a quota (no quota moves), then in-band difficulty, higher importance, seed. If only skills
 *    without a quota have one, a seat moves to that skill from the least important skill, preferring one
 *    that keeps a question.
 * 4. Difficulty mix: floor(35 % of count) questions go off-band, below = half of them rounded down,
 *    above = the rest; a side past the 1–5 scale (junior's below, lead's above) joins the band. The
 *    reserved task takes a seat on its own side. Band, then below, then above seats are apportioned over
 *    the skills by their remaining quota, capped by what each skill has on that side, so a skill short on
 *    a side leaves those seats to skills that have questions there.
 * 5. Picks per skill: band seats alternate between the band's difficulties, below seats take the highest
 *    difficulty under the band, above seats the lowest over it; seats no side could fill take the
 *    nearest difficulty the skill has left. Ties are seeded.
 * 6. Order: ascending difficulty (warm-up first); at equal difficulty short questions before long-form
 *    ones (code, sql, essay), then higher importance, then seeded, then questionId.
 * 7. Time limit: the estimates' sum in minutes rounded up to a multiple of 5, at least 5.
 *
 * With a blueprint (docs/decisions/0410-form-blueprints.md): rule 3 reserves exactly the blueprint's
 * number of code and SQL tasks (as far as the pool has them) and no other practical task is picked; the
 * time limit is the blueprint's target. With enemy groups, no two questions of one group are chosen.
 */

export interface CompositionRequirement {
  skill: string;
  /** 1–5 */
  importance: number;
}

export interface CandidateQuestion {
  questionId: string;
  versionId: string;
  type: QuestionType;
  skill: string;
  /** 1–5 */
  difficulty: number;
  points: number;
  timeEstimateSeconds: number;
}

/** Per role and level: what every form must contain (see libs/catalog-content/data/blueprints.json). */
export interface CompositionBlueprint {
  /** Exactly this many tasks of each practical type (as far as the pool has them); no others. */
  practical: Partial<Record<'code' | 'sql', number>>;
  /** The time limit of every form built from the blueprint, in minutes. */
  targetMinutes?: number;
  /** Allowed share of the points in code/SQL tasks, percent [min, max] (checked, reported). */
  practicalShare?: [number, number];
}

export interface CompositionInput {
  requirements: CompositionRequirement[];
  level: Level;
  pool: CandidateQuestion[];
  /** Default 20. */
  questionCount?: number;
  seed: string;
  /** Default: every auto-gradable type, i.e. all but essay. */
  includeTypes?: QuestionType[];
  blueprint?: CompositionBlueprint;
  /** Groups of questionIds of which at most one may be chosen (near-duplicates, overlapping items). */
  enemies?: string[][];
}

export interface CompositionResult {
  /** In presentation order. */
  questions: CandidateQuestion[];
  timeLimitMinutes: number;
  /**
   * Per requirement, in input order: `target` is its share of the count by importance alone (before
   * capping by what the pool offers), `selected` what was chosen.
   */
  coverage: { skill: string; target: number; selected: number }[];
  warnings: string[];
}

/** Types the grading engine scores without a human. */
export const AUTO_GRADED_TYPES: readonly QuestionType[] = [
  'single_choice',
  'multiple_choice',
  'numeric',
  'short_text',
  'code',
  'sql',
];

export const COMPOSITION_RULES = {
  defaultQuestionCount: 20,
  /** Share of the questions set a band below or above the level (integer percent, floored). */
  offBandPercent: 35,
  minDifficulty: 1,
  maxDifficulty: 5,
  timeLimitStepMinutes: 5,
} as const;

const PRACTICAL_TYPES: ReadonlySet<QuestionType> = new Set<QuestionType>(['code', 'sql']);
const LONG_FORM_TYPES: ReadonlySet<QuestionType> = new Set<QuestionType>(['code', 'sql', 'essay']);

type Side = 'below' | 'band' | 'above';
type Mix = Record<Side, number>;

interface Skill {
  skill: string;
  importance: number;
  rank: number;
  questions: CandidateQuestion[];
}

interface Claim {
  weight: number;
  min: number;
  max: number;
  rank: number;
}

interface Reserved {
  question: CandidateQuestion;
  skillIndex: number;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** Missing or invalid difficulties sort below every band, so such questions are used last. */
const difficultyOf = (q: CandidateQuestion): number => (Number.isFinite(q.difficulty) ? q.difficulty : 0);
const secondsOf = (q: CandidateQuestion): number =>
  Number.isFinite(q.timeEstimateSeconds) ? Math.max(0, q.timeEstimateSeconds) : 0;

function sideOf(q: CandidateQuestion, band: readonly [number, number]): Side {
  const d = difficultyOf(q);
  return d < band[0] ? 'below' : d > band[1] ? 'above' : 'band';
}

function distanceToBand(q: CandidateQuestion, band: readonly [number, number]): number {
  const d = difficultyOf(q);
  return Math.max(0, band[0] - d, d - band[1]);
}

export function composeAssessment(input: CompositionInput): CompositionResult {
  const band = LEVEL_DIFFICULTY_BANDS[input.level];
  if (!band) throw new RangeError(`Unknown level: ${String(input.level)}`);
  const seed = String(input.seed);
  const warnings: string[] = [];
  const ranks = new Map<string, number>();
  const rankOf = (q: CandidateQuestion): number => {
    let rank = ranks.get(q.questionId);
    if (rank === undefined) ranks.set(q.questionId, (rank = seededRank(seed, `question:${q.questionId}`)));
    return rank;
  };
  const byRank = (a: CandidateQuestion, b: CandidateQuestion): number =>
    rankOf(a) - rankOf(b) || compareText(a.questionId, b.questionId);

  // 1. Eligibility.
  const included = new Set<QuestionType>(input.includeTypes ?? AUTO_GRADED_TYPES);
  const skills = collectSkills(input, included, seed, warnings);
  // With a blueprint, practical tasks are only ever reserved (rule 3), never picked as ordinary seats.
  const blueprint = input.blueprint;
  const wanted = blueprint ? practicalWanted(blueprint, included) : null;
  const practicalOf = new Map<Skill, CandidateQuestion[]>();
  if (wanted) {
    for (const s of skills) {
      practicalOf.set(
        s,
        s.questions.filter((q) => wanted.has(q.type)),
      );
      s.questions = s.questions.filter((q) => !PRACTICAL_TYPES.has(q.type));
    }
  }
  const enemyGroups = groupsById(input.enemies);
  const eligible = sum(skills.map((s) => s.questions.length));
  const requested = normalizeCount(input.questionCount);
  const count = Math.min(requested, eligible);
  if (count < requested) {
    warnings.push(
      `Only ${eligible} eligible questions for the ${requested} requested; the assessment has ${count}.`,
    );
  }
  for (const s of skills) {
    if (s.questions.length === 0)
      warnings.push(`No eligible questions for skill '${s.skill}'; it is not assessed.`);
  }

  // 2. Skill quotas; `targets` (importance alone, uncapped) is what coverage reports against.
  const targets = apportion(
    count,
    skills.map((s) => ({
      weight: s.importance,
      min: count >= skills.length ? 1 : 0,
      max: count,
      rank: s.rank,
    })),
  );
  const assessed = skills
    .filter((s) => s.questions.length > 0)
    .sort((a, b) => b.importance - a.importance || a.rank - b.rank || compareText(a.skill, b.skill));
  let quotas = apportion(
    count,
    assessed.map((s) => ({
      weight: s.importance,
      min: count >= assessed.length ? 1 : 0,
      max: s.questions.length,
      rank: s.rank,
    })),
  );
  skills.forEach((s, i) => {
    if (s.questions.length > 0 && s.questions.length < targets[i]) {
      warnings.push(
        `Skill '${s.skill}' has only ${s.questions.length} eligible questions for its share of ${targets[i]}; ` +
          'other skills take the difference.',
      );
    }
  });

  // 3. The practical task.
  let reserved: Reserved[] = [];
  if (wanted) {
    const practical = reserveBlueprintTasks(assessed, quotas, band, byRank, wanted, practicalOf, enemyGroups);
    reserved = practical.reserved;
    quotas = practical.quotas;
    for (const [type, n] of wanted) {
      const got = reserved.filter((r) => r.question.type === type).length;
      if (got < n) warnings.push(`The blueprint asks for ${n} ${type} task(s); the pool gives ${got}.`);
    }
  } else {
    const practical = reservePracticalTask(assessed, quotas, band, byRank, warnings);
    quotas = practical.quotas;
    if (practical.reserved) reserved = [practical.reserved];
    if (!practical.reserved && count > 0 && [...PRACTICAL_TYPES].some((t) => included.has(t))) {
      warnings.push('No eligible code or SQL task for these skills; the assessment has none.');
    }
  }
  const uncovered = assessed.filter((_, i) => quotas[i] === 0).map((s) => `'${s.skill}'`);
  if (count > 0 && uncovered.length > 0) {
    warnings.push(
      `${count} questions cannot cover all ${assessed.length} skills with eligible questions; ` +
        `not assessed: ${uncovered.join(', ')}.`,
    );
  }

  // 4–5. Difficulty mix and picks.
  const mix = difficultyMix(count, band);
  const picks = pickByDifficulty(assessed, quotas, reserved, mix, band, byRank, enemyGroups);
  const chosen = picks.flat();
  const achieved = countSides(chosen, band);
  if (achieved.band < mix.band) {
    warnings.push(
      `Only ${achieved.band} of ${count} questions are in the ${input.level} band (difficulty ${band[0]}–${band[1]}); ` +
        'the skills lack questions there.',
    );
  }
  if (mix.below > 0 && achieved.below === 0) {
    warnings.push(
      `No question below difficulty ${band[0]}; the result cannot place a candidate under ${input.level}.`,
    );
  }
  if (mix.above > 0 && achieved.above === 0) {
    warnings.push(
      `No question above difficulty ${band[1]}; the result cannot place a candidate over ${input.level}.`,
    );
  }

  // 6. Presentation order.
  const importance = new Map(assessed.map((s) => [s.skill, s.importance]));
  const longForm = (q: CandidateQuestion): number => (LONG_FORM_TYPES.has(q.type) ? 1 : 0);
  const questions = chosen
    .sort(
      (a, b) =>
        difficultyOf(a) - difficultyOf(b) ||
        longForm(a) - longForm(b) ||
        (importance.get(b.skill) ?? 0) - (importance.get(a.skill) ?? 0) ||
        byRank(a, b),
    )
    .map((q) => ({ ...q }));

  // 7. Time limit.
  const step = COMPOSITION_RULES.timeLimitStepMinutes;
  const seconds = sum(questions.map(secondsOf));
  const timeLimitMinutes =
    blueprint?.targetMinutes && blueprint.targetMinutes > 0
      ? blueprint.targetMinutes
      : Math.max(step, Math.ceil(seconds / (60 * step)) * step);
  if (blueprint?.practicalShare && questions.length > 0) {
    const share = practicalSharePercent(questions);
    const [lo, hi] = blueprint.practicalShare;
    if (share < lo || share > hi) {
      warnings.push(
        `Code/SQL tasks carry ${share.toFixed(1)}% of the points, outside the blueprint's ${lo}–${hi}%.`,
      );
    }
  }

  const selected = new Map<string, number>();
  for (const q of questions) selected.set(q.skill, (selected.get(q.skill) ?? 0) + 1);
  const coverage = skills.map((s, i) => ({
    skill: s.skill,
    target: targets[i],
    selected: selected.get(s.skill) ?? 0,
  }));
  return { questions, timeLimitMinutes, coverage, warnings };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normalizeCount(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return COMPOSITION_RULES.defaultQuestionCount;
  return Math.max(0, Math.floor(value));
}

/** Importance as grading reads it: rounded into 1–5, anything unreadable counts 1. */
function normalizeImportance(value: number): number {
  return Number.isFinite(value) ? clamp(Math.round(value), 1, 5) : 1;
}

/** Requirements merged by skill (highest importance wins), in input order, each with its eligible questions. */
function collectSkills(
  input: CompositionInput,
  included: ReadonlySet<QuestionType>,
  seed: string,
  warnings: string[],
): Skill[] {
  const bySkill = new Map<string, Skill>();
  const repeated = new Set<string>();
  for (const r of input.requirements) {
    const importance = normalizeImportance(r.importance);
    const known = bySkill.get(r.skill);
    if (known) {
      repeated.add(r.skill);
      known.importance = Math.max(known.importance, importance);
    } else {
      bySkill.set(r.skill, {
        skill: r.skill,
        importance,
        rank: seededRank(seed, `skill:${r.skill}`),
        questions: [],
      });
    }
  }
  for (const skill of repeated) {
    warnings.push(`Skill '${skill}' is required more than once; its highest importance is used.`);
  }

  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const q of input.pool) {
    const skill = bySkill.get(q.skill);
    if (!skill || !included.has(q.type)) continue;
    if (seen.has(q.questionId)) {
      duplicated.add(q.questionId);
      continue;
    }
    seen.add(q.questionId);
    skill.questions.push(q);
  }
  if (duplicated.size > 0) {
    warnings.push(
      `The pool lists ${duplicated.size} question(s) more than once; the first eligible entry of each is used.`,
    );
  }
  return [...bySkill.values()];
}

/**
 * Shares of `total` proportional to weight, each clamped to [min, max]: λ·weight clamped, with λ such
 * that the shares sum to `total`. The sum is piecewise linear in λ, so λ is found exactly between two
 * breakpoints (min/weight, max/weight) rather than by iteration. Expects Σmin ≤ total ≤ Σmax.
 */
function boundedShares(total: number, claims: readonly Claim[]): number[] {
  const weight = (c: Claim): number => Math.max(c.weight, 1e-9);
  const sharesAt = (lambda: number): number[] => claims.map((c) => clamp(lambda * weight(c), c.min, c.max));
  const sumAt = (lambda: number): number => sum(sharesAt(lambda));
  const breakpoints = [...new Set(claims.flatMap((c) => [c.min / weight(c), c.max / weight(c)]))]
    .filter((p) => p > 0)
    .sort((a, b) => a - b);
  let previous = 0;
  let previousSum = sumAt(0);
  if (previousSum >= total) return sharesAt(0);
  for (const point of breakpoints) {
    const pointSum = sumAt(point);
    if (pointSum >= total) {
      return sharesAt(previous + ((total - previousSum) * (point - previous)) / (pointSum - previousSum));
    }
    previous = point;
    previousSum = pointSum;
  }
  return claims.map((c) => c.max);
}

/**
 * Largest-remainder rounding of boundedShares: everyone gets the floor of their share, the seats left
 * go to the largest remainders (ties: heavier weight, then seeded rank). `total` is clamped to
 * [Σmin, Σmax] so bounds always hold.
 */
function apportion(total: number, claims: readonly Claim[]): number[] {
  const target = clamp(total, sum(claims.map((c) => c.min)), sum(claims.map((c) => c.max)));
  const shares = boundedShares(target, claims);
  const seats = shares.map((share, i) => clamp(Math.floor(share + 1e-9), claims[i].min, claims[i].max));
  // Quantised so that remainders equal in exact arithmetic tie, and the tie-breaks decide.
  const remainder = shares.map((share, i) => Math.round((share - seats[i]) * 1e9) / 1e9);
  const order = claims
    .map((_, i) => i)
    .sort(
      (a, b) =>
        remainder[b] - remainder[a] ||
        claims[b].weight - claims[a].weight ||
        claims[a].rank - claims[b].rank ||
        a - b,
    );
  let left = target - sum(seats);
  // One pass suffices in exact arithmetic; the loops only absorb floating-point noise.
  while (left > 0) {
    const before = left;
    for (const i of order) {
      if (left > 0 && seats[i] < claims[i].max) {
        seats[i]++;
        left--;
      }
    }
    if (left === before) break;
  }
  while (left < 0) {
    const before = left;
    for (const i of [...order].reverse()) {
      if (left < 0 && seats[i] > claims[i].min) {
        seats[i]--;
        left++;
      }
    }
    if (left === before) break;
  }
  return seats;
}

/**
 * Reserves one code/SQL task (rule 3). Returns the quotas, changed only when a seat had to move to the
 * task's skill.
 */
function reservePracticalTask(
  assessed: readonly Skill[],
  quotas: readonly number[],
  band: readonly [number, number],
  byRank: (a: CandidateQuestion, b: CandidateQuestion) => number,
  warnings: string[],
): { reserved: Reserved | null; quotas: number[] } {
  const candidates = assessed.flatMap((s, skillIndex) =>
    s.questions.filter((q) => PRACTICAL_TYPES.has(q.type)).map((question) => ({ question, skillIndex })),
  );
  const preference = (a: Reserved, b: Reserved): number =>
    distanceToBand(a.question, band) - distanceToBand(b.question, band) ||
    assessed[b.skillIndex].importance - assessed[a.skillIndex].importance ||
    assessed[a.skillIndex].rank - assessed[b.skillIndex].rank ||
    byRank(a.question, b.question);

  const withinQuota = candidates.filter((c) => quotas[c.skillIndex] > 0).sort(preference);
  if (withinQuota.length > 0) return { reserved: withinQuota[0], quotas: [...quotas] };

  // Only when count < skills: every task sits in a skill left out, so one seat moves there.
  const [reserved] = candidates.sort(preference);
  const [donor] = assessed
    .map((_, i) => i)
    .filter((i) => quotas[i] > 0)
    .sort(
      (a, b) =>
        Number(quotas[b] >= 2) - Number(quotas[a] >= 2) ||
        assessed[a].importance - assessed[b].importance ||
        quotas[b] - quotas[a] ||
        assessed[a].rank - assessed[b].rank,
    );
  if (!reserved || donor === undefined) return { reserved: null, quotas: [...quotas] };
  const moved = [...quotas];
  moved[donor]--;
  moved[reserved.skillIndex]++;
  warnings.push(
    `One question moved from '${assessed[donor].skill}' to '${assessed[reserved.skillIndex].skill}' ` +
      'to include a code/SQL task.',
  );
  return { reserved, quotas: moved };
}

/** Rule 4: how many of `count` questions sit below, in and above the band. */
function difficultyMix(count: number, band: readonly [number, number]): Mix {
  const offBand = Math.floor((count * COMPOSITION_RULES.offBandPercent) / 100);
  const mix: Mix = {
    below: Math.floor(offBand / 2),
    band: count - offBand,
    above: offBand - Math.floor(offBand / 2),
  };
  // A side past the 1–5 scale clamps into the band.
  if (band[0] <= COMPOSITION_RULES.minDifficulty) {
    mix.band += mix.below;
    mix.below = 0;
  }
  if (band[1] >= COMPOSITION_RULES.maxDifficulty) {
    mix.band += mix.above;
    mix.above = 0;
  }
  return mix;
}

function countSides(questions: readonly CandidateQuestion[], band: readonly [number, number]): Mix {
  const counts: Mix = { below: 0, band: 0, above: 0 };
  for (const q of questions) counts[sideOf(q, band)]++;
  return counts;
}

/** Rules 4–5: each skill's questions, the reserved task included. */
function pickByDifficulty(
  assessed: readonly Skill[],
  quotas: readonly number[],
  reservedTasks: readonly Reserved[],
  targetMix: Mix,
  band: readonly [number, number],
  byRank: (a: CandidateQuestion, b: CandidateQuestion) => number,
  enemyGroups: ReadonlyMap<string, readonly number[]> = new Map(),
): CandidateQuestion[][] {
  const mix = { ...targetMix };
  const reserved = reservedTasks[0] ?? null;
  for (const r of reservedTasks) {
    // The task fills a seat of its own side; a side with no seats left takes it from the band.
    const side = sideOf(r.question, band);
    mix[mix[side] > 0 ? side : 'band']--;
  }
  const isReserved = new Set(reservedTasks.map((r) => r.question));
  const usedGroups = new Set<number>(
    reservedTasks.flatMap((r) => enemyGroups.get(r.question.questionId) ?? []),
  );
  const conflicts = (q: CandidateQuestion): boolean =>
    (enemyGroups.get(q.questionId) ?? []).some((g) => usedGroups.has(g));
  const open = assessed.map((s, i) => {
    const questions = s.questions.filter((q) => !isReserved.has(q));
    const seats = quotas[i] - reservedTasks.filter((r) => r.skillIndex === i).length;
    return { questions, seats, available: countSides(questions, band) };
  });

  // Seats per side and skill, proportional to the skills' quotas and capped by what each skill has
  // there, so a skill short on one side leaves its seats to skills that have questions there.
  const seatsOn = (total: number, free: readonly number[], side: Side): number[] =>
    apportion(
      total,
      open.map((o, i) => ({
        weight: free[i],
        min: 0,
        max: Math.min(free[i], o.available[side]),
        rank: assessed[i].rank,
      })),
    );
  const bandSeats = seatsOn(
    mix.band,
    open.map((o) => o.seats),
    'band',
  );
  const belowSeats = seatsOn(
    mix.below,
    open.map((o, i) => o.seats - bandSeats[i]),
    'below',
  );
  const aboveSeats = seatsOn(
    mix.above,
    open.map((o, i) => o.seats - bandSeats[i] - belowSeats[i]),
    'above',
  );

  const bandDifficulties: number[] = [];
  for (let d = band[0]; d <= band[1]; d++) bandDifficulties.push(d);
  // The reserved task counts as one turn when in band, so the split stays even.
  let bandTurn = reserved ? bandDifficulties.indexOf(difficultyOf(reserved.question)) + 1 : 0;
  return open.map((o, i) => {
    const remaining = [...o.questions];
    const chosen: CandidateQuestion[] = reservedTasks
      .filter((r) => r.skillIndex === i)
      .map((r) => r.question);
    // Takes the remaining question on `side` (any side when null) with the lowest key; ties seeded.
    // A question sharing an enemy group with one already chosen is never taken.
    const take = (side: Side | null, key: (q: CandidateQuestion) => number): boolean => {
      const better = (a: CandidateQuestion, b: CandidateQuestion): number => key(a) - key(b) || byRank(a, b);
      let best = -1;
      remaining.forEach((q, at) => {
        if (
          (side === null || sideOf(q, band) === side) &&
          !conflicts(q) &&
          (best < 0 || better(q, remaining[best]) < 0)
        )
          best = at;
      });
      if (best < 0) return false;
      const [q] = remaining.splice(best, 1);
      for (const g of enemyGroups.get(q.questionId) ?? []) usedGroups.add(g);
      chosen.push(q);
      return true;
    };
    for (let k = 0; k < bandSeats[i]; k++) {
      // Alternating targets spread the band seats over its difficulties.
      const target = bandDifficulties[bandTurn++ % bandDifficulties.length];
      take('band', (q) => Math.abs(difficultyOf(q) - target));
    }
    for (let k = 0; k < belowSeats[i]; k++) {
      take('below', (q) => -difficultyOf(q));
    }
    for (let k = 0; k < aboveSeats[i]; k++) {
      take('above', difficultyOf);
    }
    // Seats no side could fill (the skill lacks questions there) take the nearest difficulties left.
    while (chosen.length < quotas[i] && remaining.length > 0) {
      if (!take(null, (q) => distanceToBand(q, band))) break;
    }
    return chosen;
  });
}

/** The practical types a blueprint asks for, with their counts (types not included are dropped). */
function practicalWanted(
  blueprint: CompositionBlueprint,
  included: ReadonlySet<QuestionType>,
): Map<QuestionType, number> {
  const wanted = new Map<QuestionType, number>();
  for (const type of ['code', 'sql'] as const) {
    const n = blueprint.practical[type];
    if (included.has(type) && n !== undefined && Number.isFinite(n) && n > 0) wanted.set(type, Math.floor(n));
  }
  return wanted;
}

/** questionId → the indices of the enemy groups it belongs to (a question may be in several). */
export function groupsById(enemies: readonly (readonly string[])[] | undefined): Map<string, number[]> {
  const byId = new Map<string, number[]>();
  (enemies ?? []).forEach((group, g) => {
    for (const id of new Set(group)) byId.set(id, [...(byId.get(id) ?? []), g]);
  });
  return byId;
}

/** Percentage of the points carried by code and SQL tasks. */
export function practicalSharePercent(
  questions: readonly Pick<CandidateQuestion, 'type' | 'points'>[],
): number {
  const total = sum(questions.map((q) => Math.max(0, Number(q.points) || 0)));
  const practical = sum(
    questions.filter((q) => PRACTICAL_TYPES.has(q.type)).map((q) => Math.max(0, Number(q.points) || 0)),
  );
  return total > 0 ? (100 * practical) / total : 0;
}

/**
 * Rule 3 under a blueprint: exactly `wanted` tasks per practical type, each taking a seat of its skill's
 * quota (a skill hosts at most its quota), preferring in-band difficulty, then the more important skill,
 * then the seed. When no skill with a free seat has one, a seat moves from the least important skill
 * that keeps a question.
 */
function reserveBlueprintTasks(
  assessed: readonly Skill[],
  startQuotas: readonly number[],
  band: readonly [number, number],
  byRank: (a: CandidateQuestion, b: CandidateQuestion) => number,
  wanted: ReadonlyMap<QuestionType, number>,
  practicalOf: ReadonlyMap<Skill, CandidateQuestion[]>,
  enemyGroups: ReadonlyMap<string, readonly number[]>,
): { reserved: Reserved[]; quotas: number[] } {
  const quotas = [...startQuotas];
  const reserved: Reserved[] = [];
  const usedGroups = new Set<number>();
  const hosted = (i: number): number => reserved.filter((r) => r.skillIndex === i).length;
  const preference = (a: Reserved, b: Reserved): number =>
    distanceToBand(a.question, band) - distanceToBand(b.question, band) ||
    // Spread the tasks over skills before a skill hosts a second one.
    hosted(a.skillIndex) - hosted(b.skillIndex) ||
    assessed[b.skillIndex].importance - assessed[a.skillIndex].importance ||
    assessed[a.skillIndex].rank - assessed[b.skillIndex].rank ||
    byRank(a.question, b.question);
  for (const [type, n] of wanted) {
    for (let k = 0; k < n; k++) {
      const candidates = assessed
        .flatMap((s, skillIndex) =>
          (practicalOf.get(s) ?? [])
            .filter((q) => q.type === type && !reserved.some((r) => r.question === q))
            .filter((q) => !(enemyGroups.get(q.questionId) ?? []).some((g) => usedGroups.has(g)))
            .map((question) => ({ question, skillIndex })),
        )
        .sort(preference);
      let pick = candidates.find((c) => quotas[c.skillIndex] - hosted(c.skillIndex) > 0);
      if (!pick && candidates.length > 0) {
        // Every candidate's skill is full of tasks already: a seat moves there from another skill.
        const [first] = candidates;
        const donor = assessed
          .map((_, i) => i)
          .filter((i) => i !== first.skillIndex && quotas[i] - hosted(i) >= 2)
          .sort(
            (a, b) => assessed[a].importance - assessed[b].importance || assessed[a].rank - assessed[b].rank,
          )[0];
        if (donor !== undefined) {
          quotas[donor]--;
          quotas[first.skillIndex]++;
          pick = first;
        }
      }
      if (!pick) break;
      reserved.push(pick);
      for (const g of enemyGroups.get(pick.question.questionId) ?? []) usedGroups.add(g);
    }
  }
  return { reserved, quotas };
}
