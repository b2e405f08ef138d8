/**
 * @assay/grading — the pure grading engine and its sandboxes (no Nest, no database).
 *
 * - `gradeAnswer` and the per-type graders grade choice, numeric, short-text and essay answers
 *   synchronously; they never throw.
 * - `GradingEngine` grades any answer: code (JavaScript/TypeScript in QuickJS-WASM) and SQL (sql.js)
 *   run on worker-thread pools with time and memory limits. Close it on shutdown.
 * - `scoreAttempt` turns an attempt's grades into totals, per-skill scores, pass/fail and level fit.
 */
export type {
  AnswerGrade,
  CodeTestStatus,
  GradableQuestion,
  GradingIssue,
  RoleRequirement,
  Verdict,
} from './grading.types';
export { CODE_TEST_STATUSES, CODE_VERDICTS } from './grading.types';

export { gradeAnswer, isInlineQuestionType, type InlineQuestionType } from './answer.grader';
export { gradeSingleChoice, gradeMultipleChoice } from './choice.grader';
export { gradeNumeric, parseNumericResponse } from './numeric.grader';
export { gradeShortText, normalizeShortText, SHORT_TEXT_MAX_LENGTH } from './short-text.grader';
export { gradeEssay } from './essay.grader';

export { GradingEngine, GRADER_VERSION, type GradingEngineOptions } from './grading-engine';
export {
  CodeSandbox,
  CODE_LIMITS,
  SANDBOX_CRASHED,
  type CodeSandboxOptions,
  type CodeTestReport,
} from './code-sandbox';
export { codeTestsCredit } from './code-scoring';
export {
  SqlSandbox,
  SQL_LIMITS,
  SQL_PREVIEW_LIMITS,
  type SqlPreview,
  type SqlSandboxOptions,
} from './sql-sandbox';
export type { SandboxStats } from './sandbox-pool';

export {
  binomialSem,
  scoreAttempt,
  scoreBand,
  skillConfidence,
  SCORE_UNCERTAINTY_RULES,
  type AttemptScore,
  type AttemptScoreInput,
  type SkillConfidence,
  type SkillScore,
} from './attempt-scoring';
export * from './statistics/item-statistics';
export {
  computeLevelFit,
  nextLevelBlockers,
  measureSkillProficiency,
  withStability,
  LEVEL_FIT_RULES,
  type LevelEvidence,
  type BlockingSkill,
  type NextLevelBlockers,
  type LevelFit,
  type LevelFitEvidence,
  type LevelFitStatus,
  type SkillItem,
  type SkillProficiency,
} from './level-fit';

// Synthetic candidates (2PL) for the scoring model's simulations and end-to-end tests.
export {
  itemParameters,
  levelCentreTheta,
  normal,
  probabilityCorrect,
  seededRandom,
  simulateGrades,
  type ItemParameters,
  type SimulatedItem,
} from './simulation/synthetic-candidates';
export * from './simulation/scoring-simulation';
