import { type Level } from '@assay/core';
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
 * Totals, per-skill scores, pass/fail and level fit from an attempt's grades — the rules live in the grading
 * lib (`scoreAttempt`), which depends on this one; so this lib only names what it needs, and the app provides
 * the implementation (`GradingModule` from @assay/grading), the way auth's MemberDirectory is provided.
 */
export abstract class ResultCalculator {
  abstract calculate(input: {
    questions: CalculableQuestion[];
    grades: Record<string, CalculableGrade>;
    requirements: FrozenRequirement[];
    passingScore: number;
    /** The level the assessment was composed at. */
    level: Level;
  }): CalculatedResult;

  /** Score band, reliability and percentile of a stored result, from the statistics job's figures. */
  abstract uncertainty(
    result: { percentage: number | null; sem: number | null },
    context: ScoreContext,
  ): ScoreUncertainty;
}
