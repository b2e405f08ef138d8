import { type Level, type QuestionType } from '@assay/core';
import {
  ITEM_STATISTICS_RULES,
  percentileRank,
  scoreAttempt,
  scoreBand,
  type AnswerGrade,
} from '@assay/grading';
import type { FrozenRequirement, ResultMeasurement, StoredLevelFit } from '../entities';

export interface CalculableQuestion {
  id: string;
  type: string;
  skill: string;
  difficulty: number;
  points: number;
}

export interface CalculableGrade {
  score: number;
  maxScore: number;
  verdict: string;
}

export interface CalculatedResult {
  score: number;
  maxScore: number;
  percentage: number;
  passed: boolean;
  skills: {
    skill: string;
    score: number;
    maxScore: number;
    percentage: number;
    proficiency: number;
    itemCount: number;
    confidence: string;
  }[];
  levelFit: StoredLevelFit;
  measurement: ResultMeasurement;
}

/** What the statistics job knows of an attempt's assessment and norm group (null before its first run). */
export interface ScoreContext {
  assessment: { attempts: number; alpha: number | null; sem: number | null } | null;
  norm: { attempts: number; counts: number[] } | null;
}

/** The uncertainty a report shows around a score (docs/decisions/0121-uncertainty-and-norms.md). */
export interface ScoreUncertainty {
  /** 95 % band in percentage points; `basis` says whose SEM: the assessment's or the candidate's own. */
  scoreBand: { low: number; high: number; basis: 'assessment' | 'candidate' } | null;
  reliability: {
    alpha: number | null;
    sem: number | null;
    attempts: number;
    status: 'measured' | 'not_yet';
    minAttempts: number;
  };
  percentile: number | null;
  normGroup: { size: number; minSize: number };
}

/**
 * Totals, per-skill scores, pass/fail and level fit from an attempt's grades (hand-scoring in the API), by
 * the grading lib's pure rules (`scoreAttempt`): the same rules the worker grades with.
 */
export function calculateResult(input: {
  questions: CalculableQuestion[];
  grades: Record<string, CalculableGrade>;
  requirements: FrozenRequirement[];
  passingScore: number;
  /** The level the assessment was composed at. */
  level: Level;
}): CalculatedResult {
  const grades: Record<string, AnswerGrade> = {};
  for (const [id, g] of Object.entries(input.grades)) {
    grades[id] = {
      score: g.score,
      maxScore: g.maxScore,
      verdict: g.verdict as AnswerGrade['verdict'],
      details: {},
    };
  }
  const { pendingReview, ...score } = scoreAttempt({
    questions: input.questions.map((q) => ({ ...q, type: q.type as QuestionType, answerKey: null })),
    grades,
    requirements: input.requirements,
    passingScore: input.passingScore,
    level: input.level,
  });
  void pendingReview;
  return { ...score, levelFit: { ...score.levelFit, evidence: { ...score.levelFit.evidence } } };
}

/**
 * Score band, reliability and percentile of a stored result, from the statistics job's figures: the
 * assessment's SEM once it has ≥ 30 graded attempts (and α could be computed), else the candidate's own
 * binomial SEM; the percentile once the norm group has ≥ 100 graded attempts.
 */
export function scoreUncertainty(
  result: { percentage: number | null; sem: number | null },
  context: ScoreContext,
): ScoreUncertainty {
  const rules = ITEM_STATISTICS_RULES;
  const a = context.assessment;
  const measured = !!a && a.attempts >= rules.minAttemptsForReliability && a.alpha !== null && a.sem !== null;
  const reliability = {
    alpha: measured ? a!.alpha : null,
    sem: measured ? a!.sem : null,
    attempts: a?.attempts ?? 0,
    status: measured ? ('measured' as const) : ('not_yet' as const),
    minAttempts: rules.minAttemptsForReliability,
  };
  const percentage = result.percentage;
  const band = percentage === null ? null : scoreBand(percentage, measured ? a!.sem : result.sem);
  const norm = context.norm;
  return {
    scoreBand: band && { ...band, basis: measured ? 'assessment' : 'candidate' },
    reliability,
    percentile:
      percentage === null || !norm ? null : percentileRank(norm.counts, percentage, rules.minNormGroup),
    normGroup: { size: norm?.attempts ?? 0, minSize: rules.minNormGroup },
  };
}
