import { type Level } from '@assay/core';
import type { AnswerGrade, GradableQuestion, RoleRequirement } from './grading.types';
import { isRecord, maxScoreOf } from './grading.utils';

import {
  computeLevelFit,
  measureSkillProficiency,
  proficiencyOfDifficulty,
  withStability,
  type LevelFit,
  type SkillItem,
  type SkillProficiency,
} from './level-fit';

export interface AttemptScoreInput {
  questions: GradableQuestion[];
  /** By question id; a question without a grade counts as unanswered. */
  grades: Record<string, AnswerGrade>;
  requirements: RoleRequirement[];
  /** Percent, 0–100. */
  passingScore: number;
  /** The level the form was composed at (see level-fit.ts); null when unknown. */
  level?: Level | null;
}

/** How much to trust a skill's score: fewer than 4 questions is too few to read on its own. */
export type SkillConfidence = 'insufficient' | 'limited' | 'adequate';

export const SCORE_UNCERTAINTY_RULES = {
  /** Below this many questions a skill's score is "insufficient". */
  minSkillItems: 4,
  /** From this many, "adequate"; in between, "limited". */
  adequateSkillItems: 8,
  /** Two-sided 95 % normal quantile for score bands. */
  z95: 1.96,
} as const;

export function skillConfidence(itemCount: number): SkillConfidence {
  if (!(itemCount >= SCORE_UNCERTAINTY_RULES.minSkillItems)) return 'insufficient';
  return itemCount >= SCORE_UNCERTAINTY_RULES.adequateSkillItems ? 'adequate' : 'limited';
}

/**
 * The candidate's own standard error of measurement in percentage points, before the assessment has data
 * of its own: Lord's binomial error model, SEM = √(p(1 − p) / (n − 1)) for a proportion p over n questions
 * (points-weighted p). Null with fewer than 2 questions. See docs/decisions/0121-uncertainty-and-norms.md.
 */
export function binomialSem(percentage: number, itemCount: number): number | null {
  if (!(itemCount >= 2) || !Number.isFinite(percentage)) return null;
  const p = Math.min(1, Math.max(0, percentage / 100));
  // A perfect or zero score still has error: Lord's formula gives 0 there, so p is kept ½ item away.
  const q = Math.min(1 - 0.5 / itemCount, Math.max(0.5 / itemCount, p));
  return Math.round(100 * Math.sqrt((q * (1 - q)) / (itemCount - 1)) * 100) / 100;
}

/** A 95 % band around a percentage score for a standard error in percentage points, clipped to 0–100. */
export function scoreBand(percentage: number, sem: number | null): { low: number; high: number } | null {
  if (sem === null || !Number.isFinite(sem) || !Number.isFinite(percentage)) return null;
  const half = SCORE_UNCERTAINTY_RULES.z95 * sem;
  return {
    low: Math.round(Math.max(0, percentage - half) * 100) / 100,
    high: Math.round(Math.min(100, percentage + half) * 100) / 100,
  };
}

export interface SkillScore {
  skill: string;
  score: number;
  maxScore: number;
  percentage: number;
  /** Measured proficiency 0–4 (see level-fit.ts). */
  proficiency: number;
  /** Questions with points on this skill. */
  itemCount: number;
  confidence: SkillConfidence;
}

export interface AttemptScore {
  score: number;
  maxScore: number;
  percentage: number;
  passed: boolean;
  skills: SkillScore[];
  levelFit: LevelFit;
  /** Answers still waiting for a person (essays); they count as 0 until reviewed. */
  pendingReview: number;
  /** Questions with points, and the attempt's binomial SEM in percentage points (null under 2 questions). */
  measurement: { items: number; sem: number | null };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const round4 = (value: number): number => Math.round(value * 1e4) / 1e4;
const percent = (score: number, max: number): number => (max > 0 ? round2((100 * score) / max) : 0);

/** Totals, per-skill scores, pass/fail and level fit of one graded attempt. Pure. */
export function scoreAttempt(input: AttemptScoreInput): AttemptScore {
  const questions = Array.isArray(input.questions) ? input.questions.filter(isRecord) : [];
  const grades = isRecord(input.grades) ? input.grades : {};
  const bySkill = new Map<string, SkillItem[]>();
  let score = 0;
  let maxScore = 0;
  let pendingReview = 0;

  for (const question of questions) {
    const points = maxScoreOf(question);
    const graded: unknown =
      typeof question.id === 'string' && Object.hasOwn(grades, question.id) ? grades[question.id] : null;
    const earnedRaw =
      isRecord(graded) && typeof graded.score === 'number' && Number.isFinite(graded.score)
        ? graded.score
        : 0;
    // The question's points are authoritative; a grade can never earn more than they allow.
    const earned = Math.min(points, Math.max(0, earnedRaw));
    if (isRecord(graded) && graded.verdict === 'pending_review') pendingReview += 1;
    score += earned;
    maxScore += points;
    const skill = typeof question.skill === 'string' ? question.skill : '';
    const items = bySkill.get(skill) ?? [];
    items.push({ difficulty: question.difficulty, score: earned, maxScore: points });
    bySkill.set(skill, items);
  }

  const measured = new Map<string, SkillProficiency>();
  const skills: SkillScore[] = [];
  for (const [skill, items] of bySkill) {
    const skillScore = items.reduce((sum, i) => sum + i.score, 0);
    const skillMax = items.reduce((sum, i) => sum + i.maxScore, 0);
    const proficiency = measureSkillProficiency(items);
    const itemCount = items.filter((i) => i.maxScore > 0).length;
    measured.set(skill, proficiency);
    skills.push({
      skill,
      score: round4(skillScore),
      maxScore: round4(skillMax),
      percentage: percent(skillScore, skillMax),
      proficiency: proficiency.proficiency,
      itemCount,
      confidence: skillConfidence(itemCount),
    });
  }

  const requirements = Array.isArray(input.requirements) ? input.requirements : [];
  const passingScore =
    typeof input.passingScore === 'number' && Number.isFinite(input.passingScore)
      ? Math.min(100, Math.max(0, input.passingScore))
      : 100;
  const percentage = percent(score, maxScore);
  const passed = maxScore > 0 && percentage >= passingScore;
  const items = questions.filter((q) => maxScoreOf(q) > 0).length;
  return {
    score: round4(score),
    maxScore: round4(maxScore),
    percentage,
    passed,
    skills,
    levelFit: levelFitOf(requirements, bySkill, measured, input.level ?? null, {
      score,
      maxScore,
      passingScore,
    }),
    pendingReview,
    measurement: { items, sem: binomialSem(percentage, items) },
  };
}

/**
 * Level fit on the same attempt's pass/fail (no report says "failed" while recommending the level it failed),
 * checked for stability: recomputed with each answer left out, the form's structure kept.
 */
function levelFitOf(
  requirements: RoleRequirement[],
  bySkill: ReadonlyMap<string, SkillItem[]>,
  measured: ReadonlyMap<string, SkillProficiency>,
  level: Level | null,
  totals: { score: number; maxScore: number; passingScore: number },
): LevelFit {
  const passes = (score: number): boolean =>
    totals.maxScore > 0 && percent(score, totals.maxScore) >= totals.passingScore;
  const fit = computeLevelFit(requirements, measured, { assessedLevel: level, passed: passes(totals.score) });
  if (fit.evidence.status !== 'recommended' && fit.evidence.status !== 'not_met') return fit;
  const alternatives: (Level | null)[] = [];
  const share = (items: readonly SkillItem[]): number | null => {
    const max = items.reduce((sum, i) => sum + i.maxScore, 0);
    return max > 0 ? items.reduce((sum, i) => sum + i.score, 0) / max : null;
  };
  for (const [skill, items] of bySkill) {
    items.forEach((item, i) => {
      if (!(item.maxScore > 0)) return;
      const others = items.filter((o, j) => j !== i && o.maxScore > 0);
      const step = proficiencyOfDifficulty(item.difficulty);
      const typical =
        share(others.filter((o) => proficiencyOfDifficulty(o.difficulty) === step)) ?? share(others);
      if (typical === null) return;
      const replaced = items.map((o, j) => (j === i ? { ...o, score: typical * o.maxScore } : o));
      const without = new Map(measured);
      without.set(skill, measureSkillProficiency(replaced));
      // Pass/fail moves with the answer too.
      const passed = passes(totals.score + (typical * item.maxScore - item.score));
      alternatives.push(computeLevelFit(requirements, without, { assessedLevel: level, passed }).recommended);
    });
  }
  return withStability(fit, alternatives);
}
