import { LEVEL_DIFFICULTY_BANDS, LEVELS, type Level } from '@assay/core';
import { type RoleRequirement } from './grading.types';

/**
 * Level fit, see docs/decisions/0120-scoring-model.md (replaces 0102). In short:
 * - a skill's measured proficiency (0–4) is the highest difficulty step (difficulty 5 counts as 4)
 *   at which the candidate earned at least 60 % of that step's points, capped by the skill
 *   percentage (< 20 % → 0, < 40 % → 1, < 60 % → 2, < 80 % → 3);
 * - a requirement is weighed at level L only with in-band evidence: the skill has at least
 *   `minItemsInBand` questions inside L's difficulty band and L expects ≥ 1 of it;
 * - it is met when the proficiency reaches L's expectation; at or below the assessed level, reaching
 *   the top of what was asked (reach) also counts when the expectation is above every question;
 *   above the assessed level there is no such shortcut;
 * - fit(L) = importance-weighted share of met requirements among the weighed ones; null when none is
 *   weighed (the form says nothing about L);
 * - recommended = the highest level at or below the assessed one whose fit reaches 0.7, provided every
 *   level between it and the assessed one was evidenced (otherwise the form cannot separate them:
 *   "insufficient evidence"); a failed attempt is never recommended at or above the assessed level.
 */
export const LEVEL_FIT_RULES = {
  /** Share of the points at or above a difficulty that demonstrates that proficiency. */
  demonstratedShare: 0.6,
  /** Fit a level needs to be recommended. */
  recommendThreshold: 0.7,
  /** Each 20 % of a skill's points allows one proficiency step. */
  percentagePerStep: 20,
  /** Questions inside a level's band a skill needs before it is weighed at that level. */
  minItemsInBand: 2,
  /**
   * Share of the importance expected at a level that must be weighed there. 0: one evidenced skill is
   * enough; the report shows the coverage so a recruiter sees how much the fit rests on.
   */
  minWeighedShare: 0,
} as const;

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
  /** Questions with points per level band (a question can sit in two overlapping bands). */
  inBand?: Record<Level, number>;
}

export type LevelFitStatus = 'recommended' | 'insufficient_evidence' | 'not_met' | 'not_assessed';

export interface LevelEvidence {
  /** Skills weighed at this level (assessed, expected ≥ 1, enough questions inside the band). */
  weighedSkills: string[];
  /** Skills the level expects that the form asks too few questions about inside the band. */
  thinSkills: string[];
  /** Questions inside the band on the weighed skills. */
  itemsInBand: number;
  /** Weighed importance ÷ importance of every assessed requirement expected at this level. */
  coverage: number;
  sufficient: boolean;
  /** Weighed skills whose proficiency is below the bar this level sets for them (what keeps its fit down). */
  belowBar: BlockingSkill[];
}

/** A required skill whose evidence is below a level's bar. */
export interface BlockingSkill {
  skill: string;
  /** Measured 0–4. */
  proficiency: number;
  /** The bar at that level: its expectation, or the top of what was asked where the reach shortcut applies. */
  required: number;
  importance: number;
}

/** What keeps the candidate from the level above the recommended one (the lowest level when none is). */
export interface NextLevelBlockers {
  level: Level;
  /** False when the form has no in-band evidence at that level: nothing can be said to block it. */
  evidenced: boolean;
  /** Most important first. */
  skills: BlockingSkill[];
}

export interface LevelFitEvidence {
  assessedLevel: Level | null;
  status: LevelFitStatus;
  /**
   * `at_least`: the recommendation is the assessed level; the form asks too little above it to rule out a
   * higher one, so the report reads "at least L".
   */
  qualifier: 'at_least' | null;
  /** The recommendation was capped below the assessed level because the attempt did not pass. */
  cappedByPassFail: boolean;
  /**
   * Some single answer, left out, changes the recommendation: it is withheld (status
   * `insufficient_evidence`) rather than decided by one question.
   */
  unstable: boolean;
  /** What each decision weighs: pass/fail the points, level fit the requirements' importance. */
  basis: { passFail: 'points'; levelFit: 'importance' };
  levels: Record<Level, LevelEvidence>;
  /** One sentence for the report. */
  summary: string;
}

export interface LevelFit {
  recommended: Level | null;
  /** 0..1 per level; null when the form has no in-band evidence for the level. */
  levels: Record<Level, number | null>;
  evidence: LevelFitEvidence;
  /** The skills that block the next level up; null when the recommendation is already the top level. */
  blocking: NextLevelBlockers | null;
}

function finite(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The proficiency step a question of this difficulty tests (5 counts as 4). */
export function proficiencyOfDifficulty(difficulty: number): number {
  return Math.min(4, Math.max(1, Math.round(difficulty)));
}

function emptyBands(): Record<Level, number> {
  return { junior: 0, mid: 0, senior: 0, lead: 0 };
}

export function measureSkillProficiency(items: readonly SkillItem[]): SkillProficiency {
  const valid = items
    .map((i) => ({
      difficulty: finite(i.difficulty, 1),
      step: proficiencyOfDifficulty(finite(i.difficulty, 1)),
      max: finite(i.maxScore),
      score: finite(i.score),
    }))
    .filter((i) => i.max > 0)
    .map((i) => ({ ...i, score: Math.min(i.max, Math.max(0, i.score)) }));
  const inBand = emptyBands();
  for (const i of valid) {
    for (const level of LEVELS) {
      const [lo, hi] = LEVEL_DIFFICULTY_BANDS[level];
      if (i.difficulty >= lo && i.difficulty <= hi) inBand[level] += 1;
    }
  }
  if (valid.length === 0) return { proficiency: 0, reach: 0, percentage: 0, inBand };

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
  return { proficiency: Math.min(demonstrated, cap), reach, percentage, inBand };
}

const rankOf = (level: Level | null): number => (level === null ? -1 : LEVELS.indexOf(level));

export interface LevelFitOptions {
  /** The level the form was composed at; null (unknown) allows no reach shortcut and caps nothing. */
  assessedLevel: Level | null;
  /** Pass/fail of the same attempt; a failed attempt is not recommended at or above the assessed level. */
  passed?: boolean;
}

const LEVEL_NAMES: Record<Level, string> = {
  junior: 'junior',
  mid: 'mid-level',
  senior: 'senior',
  lead: 'lead',
};

/** Requirements whose skill was not assessed are left out of every level's weighting. */
export function computeLevelFit(
  requirements: readonly RoleRequirement[],
  measured: ReadonlyMap<string, SkillProficiency>,
  options: LevelFitOptions = { assessedLevel: null },
): LevelFit {
  const assessed =
    options.assessedLevel && LEVELS.includes(options.assessedLevel) ? options.assessedLevel : null;
  const levels = {} as Record<Level, number | null>;
  const evidence = {} as Record<Level, LevelEvidence>;
  // One line per skill: a role lists a skill once, but be safe with the highest importance.
  const bySkill = new Map<string, RoleRequirement>();
  for (const r of Array.isArray(requirements) ? requirements : []) {
    if (!r || typeof r.skill !== 'string') continue;
    const known = bySkill.get(r.skill);
    if (!known || finite(r.importance, 1) > finite(known.importance, 1)) bySkill.set(r.skill, r);
  }

  for (const level of LEVELS) {
    let weight = 0;
    let met = 0;
    let expectedWeight = 0;
    let itemsInBand = 0;
    const weighedSkills: string[] = [];
    const thinSkills: string[] = [];
    const belowBar: BlockingSkill[] = [];
    for (const requirement of bySkill.values()) {
      const skill = measured.get(requirement.skill);
      if (!skill || skill.reach === 0) continue;
      const importance = Math.min(5, Math.max(1, Math.round(finite(requirement.importance, 1))));
      const expected = Math.min(4, Math.max(0, Math.round(finite(requirement.expectedProficiency?.[level]))));
      // Nothing expected at this level: nothing to demonstrate, so it neither helps nor hurts.
      if (expected === 0) continue;
      expectedWeight += importance;
      const count = skill.inBand?.[level] ?? 0;
      if (count < LEVEL_FIT_RULES.minItemsInBand) {
        thinSkills.push(requirement.skill);
        continue;
      }
      weight += importance;
      itemsInBand += count;
      weighedSkills.push(requirement.skill);
      // At or below the assessed level, acing the top of what was asked (inside this band, which the
      // in-band evidence guarantees) counts when the expectation is above every question.
      const shortcut = assessed !== null && rankOf(level) <= rankOf(assessed) && skill.reach < expected;
      const required = shortcut ? skill.reach : expected;
      if (skill.proficiency >= required) met += importance;
      else belowBar.push({ skill: requirement.skill, proficiency: skill.proficiency, required, importance });
    }
    const coverage = expectedWeight > 0 ? Math.round((weight / expectedWeight) * 1e4) / 1e4 : 0;
    const sufficient = weight > 0 && coverage >= LEVEL_FIT_RULES.minWeighedShare;
    levels[level] = sufficient ? Math.round((met / weight) * 1e4) / 1e4 : null;
    evidence[level] = { weighedSkills, thinSkills, itemsInBand, coverage, sufficient, belowBar };
  }

  return decide(levels, evidence, assessed, options.passed);
}

function decide(
  levels: Record<Level, number | null>,
  evidence: Record<Level, LevelEvidence>,
  assessed: Level | null,
  passed: boolean | undefined,
): LevelFit {
  const top = rankOf(assessed ?? 'lead');
  const cappedByPassFail = passed === false && assessed !== null;
  let recommended: Level | null = null;
  let status: LevelFitStatus = 'not_met';
  let unevidenced: Level | null = null;
  for (let r = top; r >= 0; r--) {
    const level = LEVELS[r];
    const fit = levels[level];
    if (fit === null) {
      unevidenced ??= level;
      continue;
    }
    // A failed attempt is not recommended at the level it failed (nor above).
    if (cappedByPassFail && r >= top) continue;
    if (fit >= LEVEL_FIT_RULES.recommendThreshold) {
      if (unevidenced) status = 'insufficient_evidence';
      else {
        recommended = level;
        status = 'recommended';
      }
      break;
    }
  }
  if (status === 'not_met' && LEVELS.every((l) => levels[l] === null)) {
    status = LEVELS.some((l) => evidence[l].weighedSkills.length + evidence[l].thinSkills.length > 0)
      ? 'insufficient_evidence'
      : 'not_assessed';
  }
  const qualifier =
    recommended !== null && recommended === assessed && assessed !== 'lead' ? 'at_least' : null;
  return {
    recommended,
    levels,
    blocking: nextLevelBlockers(recommended, levels, evidence),
    evidence: {
      assessedLevel: assessed,
      status,
      qualifier,
      cappedByPassFail,
      unstable: false,
      basis: { passFail: 'points', levelFit: 'importance' },
      levels: evidence,
      summary: summaryOf(status, recommended, qualifier, unevidenced, cappedByPassFail),
    },
  };
}

/** The level above `recommended` (the lowest level when there is none) and its skills below the bar. */
export function nextLevelBlockers(
  recommended: Level | null,
  levels: Record<Level, number | null>,
  evidence: Record<Level, Pick<LevelEvidence, 'belowBar'>>,
): NextLevelBlockers | null {
  const next = LEVELS[rankOf(recommended) + 1];
  if (!next) return null;
  const evidenced = levels[next] !== null;
  const skills = evidenced
    ? [...(evidence[next]?.belowBar ?? [])].sort(
        (a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill),
      )
    : [];
  return { level: next, evidenced, skills };
}

function summaryOf(
  status: LevelFitStatus,
  recommended: Level | null,
  qualifier: 'at_least' | null,
  unevidenced: Level | null,
  capped: boolean,
): string {
  const failed = capped ? ' The attempt did not pass, so the assessed level is not recommended.' : '';
  switch (status) {
    case 'recommended':
      return qualifier
        ? `At least ${LEVEL_NAMES[recommended!]}: the form asks too little above this level to rule out a higher one.${failed}`
        : `Fits ${LEVEL_NAMES[recommended!]}.${failed}`;
    case 'insufficient_evidence':
      return unevidenced
        ? `Insufficient evidence: the form asks too few questions at ${LEVEL_NAMES[unevidenced]} level to tell it apart from the level below.${failed}`
        : `Insufficient evidence: too few questions per skill inside any level's band.${failed}`;
    case 'not_assessed':
      return 'No required skill was assessed.';
    default:
      return `Meets no level's requirements on this form.${failed}`;
  }
}

/**
 * Withholds a recommendation that one answer decides: `alternatives` are the recommendations with each
 * answer in turn replaced by the candidate's average on the skill's other questions of that step. If any
 * differs, the result says "insufficient evidence" instead. A perfect attempt is unchanged by any such
 * replacement, so this never withholds it.
 */
export function withStability(fit: LevelFit, alternatives: readonly (Level | null)[]): LevelFit {
  const decided = fit.evidence.status === 'recommended' || fit.evidence.status === 'not_met';
  if (!decided || alternatives.every((a) => a === fit.recommended)) return fit;
  const what = fit.recommended ? `the recommendation (${LEVEL_NAMES[fit.recommended]})` : 'meeting no level';
  return {
    ...fit,
    recommended: null,
    blocking: nextLevelBlockers(null, fit.levels, fit.evidence.levels),
    evidence: {
      ...fit.evidence,
      status: 'insufficient_evidence',
      qualifier: null,
      unstable: true,
      summary: `Insufficient evidence: ${what} would change if any single answer were replaced by the candidate's typical one.`,
    },
  };
}
