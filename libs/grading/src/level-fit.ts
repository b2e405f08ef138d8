import { LEVELS, type Level, type RoleRequirement } from './grading.types';

/**
 * Level fit, see docs/decisions/0102-level-fit.md. In short:
 * - a skill's measured proficiency (0–4) is the highest difficulty step (difficulty 5 counts as 4)
 *   at which the candidate earned at least 60 % of that step's points, capped by the skill
 *   percentage (< 20 % → 0, < 40 % → 1, < 60 % → 2, < 80 % → 3);
 * - a requirement is met at a level when the measured proficiency reaches the level's expected
 *   proficiency; when the assessment's hardest question on the skill ("reach") is below that
 *   expectation but inside the level's difficulty band, reaching the top of what was asked counts;
 * - fit = importance-weighted share of met requirements among those assessed that expect ≥ 1;
 * - recommended = the highest level whose fit is at least 0.7.
 */
export const LEVEL_FIT_RULES = {
  /** Share of the points at or above a difficulty that demonstrates that proficiency. */
  demonstratedShare: 0.6,
  /** Fit a level needs to be recommended. */
  recommendThreshold: 0.7,
  /** Each 20 % of a skill's points allows one proficiency step. */
  percentagePerStep: 20,
} as const;

/** Difficulty bands an assessment composed at a level draws from (with a band below/above). */
export const LEVEL_DIFFICULTY_BANDS: Record<Level, readonly [number, number]> = {
  junior: [1, 2],
  mid: [2, 3],
  senior: [3, 4],
  lead: [4, 5],
};

export interface SkillItem {
  difficulty: number;
  score: number;
  maxScore: number;
}

export interface SkillProficiency {
  /** 0–4 */
  proficiency: number;
  /** Highest proficiency the questions could demonstrate (their top difficulty, 5 → 4); 0 = not assessed. */
  reach: number;
  /** 0–100, unrounded. */
  percentage: number;
}

export interface LevelFit {
  recommended: Level | null;
  /** 0..1 per level */
  levels: Record<Level, number>;
}

function finite(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function proficiencyOfDifficulty(difficulty: number): number {
  return Math.min(4, Math.max(1, Math.round(difficulty)));
}

export function measureSkillProficiency(items: readonly SkillItem[]): SkillProficiency {
  const valid = items
    .map((i) => ({
      step: proficiencyOfDifficulty(finite(i.difficulty, 1)),
      max: finite(i.maxScore),
      score: finite(i.score),
    }))
    .filter((i) => i.max > 0)
    .map((i) => ({ ...i, score: Math.min(i.max, Math.max(0, i.score)) }));
  if (valid.length === 0) return { proficiency: 0, reach: 0, percentage: 0 };

  const reach = Math.max(...valid.map((i) => i.step));
  let demonstrated = 0;
  for (let step = 1; step <= reach; step++) {
    const atStep = valid.filter((i) => i.step === step);
    if (atStep.length === 0) continue;
    const earned = atStep.reduce((sum, i) => sum + i.score, 0);
    const available = atStep.reduce((sum, i) => sum + i.max, 0);
    // The epsilon keeps an exact 60 % from failing on float noise.
    if (earned / available >= LEVEL_FIT_RULES.demonstratedShare - 1e-9) demonstrated = step;
  }
  const total = valid.reduce((sum, i) => sum + i.max, 0);
  const percentage = (100 * valid.reduce((sum, i) => sum + i.score, 0)) / total;
  // A lucky hard answer among failed easy ones does not make an expert.
  const cap = Math.min(4, Math.floor(percentage / LEVEL_FIT_RULES.percentagePerStep + 1e-9));
  return { proficiency: Math.min(demonstrated, cap), reach, percentage };
}

function requiredProficiency(expected: number, reach: number, level: Level): number {
  if (reach >= expected) return expected;
  // The questions stopped below the expectation but inside this level's band: acing the top of
  // what was asked is the best evidence the assessment can give. Below the band: no evidence.
  return reach >= LEVEL_DIFFICULTY_BANDS[level][0] ? reach : Infinity;
}

/** Requirements whose skill was not assessed are left out of every level's weighting. */
export function computeLevelFit(
  requirements: readonly RoleRequirement[],
  measured: ReadonlyMap<string, SkillProficiency>,
): LevelFit {
  const levels = {} as Record<Level, number>;
  for (const level of LEVELS) {
    let weight = 0;
    let met = 0;
    for (const requirement of requirements) {
      const skill = measured.get(requirement?.skill);
      if (!skill || skill.reach === 0) continue;
      const importance = Math.min(5, Math.max(1, Math.round(finite(requirement.importance, 1))));
      const expected = Math.min(4, Math.max(0, Math.round(finite(requirement.expectedProficiency?.[level]))));
      // Nothing expected at this level: nothing to demonstrate, so it neither helps nor hurts.
      if (expected === 0) continue;
      weight += importance;
      if (skill.proficiency >= requiredProficiency(expected, skill.reach, level)) met += importance;
    }
    levels[level] = weight > 0 ? Math.round((met / weight) * 1e4) / 1e4 : 0;
  }
  let recommended: Level | null = null;
  for (const level of LEVELS) {
    if (levels[level] >= LEVEL_FIT_RULES.recommendThreshold) recommended = level;
  }
  return { recommended, levels };
}
