import type { FrozenRequirement, Level } from '../entities';

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
  skills: { skill: string; score: number; maxScore: number; percentage: number; proficiency: number }[];
  levelFit: { recommended: Level | null; levels: Record<Level, number> };
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
  }): CalculatedResult;
}
