/** Types of the grading engine; the domain vocabulary (Level, QuestionType) comes from @assay/core. */
import type { Level, QuestionType } from '@assay/core';

export type Verdict =
  | 'correct'
  | 'partial'
  | 'incorrect'
  | 'unanswered'
  | 'pending_review'
  | 'accepted'
  | 'wrong_answer'
  | 'time_limit_exceeded'
  | 'memory_limit_exceeded'
  | 'runtime_error'
  | 'compile_error';

export interface GradableQuestion {
  id: string;
  type: QuestionType;
  skill: string;
  difficulty: number;
  points: number;
  options?: { id: string; text: string }[];
  /** Shapes of API.md: `{ optionId }`, `{ optionIds }`, `{ value, tolerance, relative? }`,
   * `{ accepted, caseSensitive, pattern? }`, `{ referenceSolution, tests }`, `{ expectedQuery, ordered }`, `{ rubric }`. */
  answerKey: unknown;
  languages?: string[];
  functionName?: string;
  timeLimitMs?: number;
  /** Code: total memory of one answer, in MiB (16–256; default 64). */
  memoryLimitMb?: number;
  schema?: string;
}

export interface AnswerGrade {
  score: number;
  maxScore: number;
  verdict: Verdict;
  details: Record<string, unknown>;
}

/** One line of a role's requirements, as frozen in the role template version. */
export interface RoleRequirement {
  skill: string;
  /** 1–5 */
  importance: number;
  /** 0 none, 1 basic, 2 working, 3 advanced, 4 expert */
  expectedProficiency: Record<Level, number>;
}

/** Why an answer could not be graded automatically; stored in `details.reason`. */
export type GradingIssue = 'invalid_question' | 'invalid_answer_key' | 'sandbox_required' | 'sandbox_failure';

/** Per-test outcome of a code answer. */
export const CODE_TEST_STATUSES = [
  'passed',
  'wrong_answer',
  'time_limit_exceeded',
  'memory_limit_exceeded',
  'runtime_error',
] as const;
export type CodeTestStatus = (typeof CODE_TEST_STATUSES)[number];

/**
 * The verdicts a code answer can get: the first failing test's status or `accepted`, `compile_error`,
 * `incorrect` (a language the question does not allow), `unanswered`, or `pending_review` (the question
 * itself cannot be graded).
 */
export const CODE_VERDICTS = [
  'accepted',
  'wrong_answer',
  'time_limit_exceeded',
  'memory_limit_exceeded',
  'runtime_error',
  'compile_error',
  'incorrect',
  'unanswered',
  'pending_review',
] as const satisfies readonly Verdict[];
