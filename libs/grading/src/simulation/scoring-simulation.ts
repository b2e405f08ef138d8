import { type Level } from '@assay/core';
import { scoreAttempt, type AttemptScore } from '../attempt-scoring';

import { gradeMultipleChoice, gradeSingleChoice } from '../choice.grader';

import { type AnswerGrade, type GradableQuestion, type RoleRequirement } from '../grading.types';
import {
  itemStatistics,
  reliabilityOf,
  type ItemStatistics,
  type Reliability,
} from '../statistics/item-statistics';

import {
  levelCentreTheta,
  normal,
  perfectGrades,
  seededRandom,
  simulateGrades,
} from './synthetic-candidates';

/**
 * The simulation harness behind the scoring model's figures (docs/decisions/0120): forms are composed by
 * the caller's `compose` (the real composition over the real bank, in the tests), candidates answer by the
 * 2PL model, and the real scoring code decides. Pure apart from the injected composer.
 */

export interface SimulationRole {
  slug: string;
  requirements: RoleRequirement[];
}

/** Composes one form for a role at a level; the seed makes it one of many parallel forms. */
export type Composer = (role: SimulationRole, level: Level, seed: string) => GradableQuestion[];

const PASSING_SCORE = 60;

function score(
  role: SimulationRole,
  level: Level,
  form: GradableQuestion[],
  grades: Record<string, AnswerGrade>,
): AttemptScore {
  return scoreAttempt({
    questions: form,
    grades,
    requirements: role.requirements,
    passingScore: PASSING_SCORE,
    level,
  });
}

export interface IdentityFigure {
  role: string;
  level: Level;
  forms: number;
  /** Perfect attempts recommended exactly the assessed level. */
  identical: number;
  outcomes: Record<string, number>;
}

/** A perfect score on each of `forms` forms composed at `level`: how often is the recommendation that level? */
export function perfectScoreIdentity(
  role: SimulationRole,
  level: Level,
  compose: Composer,
  forms: number,
): IdentityFigure {
  const outcomes: Record<string, number> = {};
  let identical = 0;
  for (let i = 0; i < forms; i++) {
    const form = compose(role, level, `identity-${role.slug}-${level}-${i}`);
    const fit = score(role, level, form, perfectGrades(form)).levelFit;
    const key = fit.recommended ?? fit.evidence.status;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    if (fit.recommended === level) identical += 1;
  }
  return { role: role.slug, level, forms, identical, outcomes };
}

export interface ParallelFormsFigure {
  role: string;
  level: Level;
  candidates: number;
  /** Both forms recommended the same level (or both none). */
  agreed: number;
  /** At least one form withheld the recommendation (insufficient evidence). */
  withheld: number;
  /** Same recommendation, or withheld by one of the forms. */
  consistent: number;
  /** Same pass/fail on both forms. */
  samePassFail: number;
}

/** Candidates at the centre of `level`'s band each take two independently composed forms at `level`. */
export function parallelForms(
  role: SimulationRole,
  level: Level,
  compose: Composer,
  candidates: number,
  seed = 'parallel',
): ParallelFormsFigure {
  const random = seededRandom(`${seed}-${role.slug}-${level}`);
  const theta = levelCentreTheta(level);
  let agreed = 0;
  let withheld = 0;
  let consistent = 0;
  let samePassFail = 0;
  for (let c = 0; c < candidates; c++) {
    const a = compose(role, level, `${seed}-${role.slug}-${level}-${c}-a`);
    const b = compose(role, level, `${seed}-${role.slug}-${level}-${c}-b`);
    const ra = score(role, level, a, simulateGrades(a, theta, random));
    const rb = score(role, level, b, simulateGrades(b, theta, random));
    const same = ra.levelFit.recommended === rb.levelFit.recommended;
    const held =
      ra.levelFit.evidence.status === 'insufficient_evidence' ||
      rb.levelFit.evidence.status === 'insufficient_evidence';
    if (same) agreed += 1;
    if (held) withheld += 1;
    if (same || held) consistent += 1;
    if (ra.passed === rb.passed) samePassFail += 1;
  }
  return { role: role.slug, level, candidates, agreed, withheld, consistent, samePassFail };
}

export interface MiskeyFigure {
  reliability: Reliability;
  miskeyed: string;
  statistics: Map<string, ItemStatistics>;
}

/**
 * `candidates` from θ ~ N(0, 1) take one form on which `miskeyed` is scored against the wrong key; returns
 * the form's reliability and every question's statistics (what the statistics job computes).
 */
export function miskeyedItem(
  form: GradableQuestion[],
  miskeyed: string,
  candidates: number,
  seed = 'miskey',
): MiskeyFigure {
  const random = seededRandom(seed);
  const invert = new Set([miskeyed]);
  const rows = Array.from({ length: candidates }, () =>
    simulateGrades(form, normal(random), random, { invert }),
  );
  const maxByItem = form.map((q) => q.points);
  const matrix = rows.map((g) => form.map((q) => g[q.id].score));
  const totals = matrix.map((r) => r.reduce((s, v) => s + v, 0));
  const totalMax = maxByItem.reduce((s, v) => s + v, 0);
  const statistics = new Map<string, ItemStatistics>();
  form.forEach((q, j) => {
    statistics.set(
      q.id,
      itemStatistics(
        matrix.map((r, i) => ({ score: r[j], maxScore: q.points, total: totals[i], totalMax })),
        { type: q.type, difficulty: q.difficulty },
      ),
    );
  });
  return { reliability: reliabilityOf(matrix, maxByItem), miskeyed, statistics };
}

export interface GuessingFigure {
  type: 'single_choice' | 'multiple_choice';
  questions: number;
  /** Mean share of the points earned by a uniformly random response. */
  meanShare: number;
}

/**
 * What random guessing earns with the real graders: a single-choice guess picks one option at random; a
 * multiple-choice guess ticks each option with probability ½ (an empty pick re-drawn: a guesser answers).
 */
export function randomGuessing(
  questions: GradableQuestion[],
  trials: number,
  seed = 'guess',
): GuessingFigure[] {
  const random = seededRandom(seed);
  const out: GuessingFigure[] = [];
  for (const type of ['single_choice', 'multiple_choice'] as const) {
    const items = questions.filter((q) => q.type === type && (q.options?.length ?? 0) > 1);
    let share = 0;
    for (const q of items) {
      const ids = q.options!.map((o) => o.id);
      let earned = 0;
      for (let t = 0; t < trials; t++) {
        if (type === 'single_choice') {
          earned += gradeSingleChoice(q, { optionId: ids[Math.floor(random() * ids.length)] }).score;
        } else {
          let picked: string[] = [];
          while (picked.length === 0) picked = ids.filter(() => random() < 0.5);
          earned += gradeMultipleChoice(q, { optionIds: picked }).score;
        }
      }
      share += earned / trials / q.points;
    }
    out.push({ type, questions: items.length, meanShare: items.length ? share / items.length : 0 });
  }
  return out;
}
