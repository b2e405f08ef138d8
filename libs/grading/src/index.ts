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
  Level,
  QuestionType,
  RoleRequirement,
  Verdict,
} from './grading.types';
export { LEVELS, QUESTION_TYPES } from './grading.types';

export { gradeAnswer, isInlineQuestionType, type InlineQuestionType } from './answer.grader';
export { gradeSingleChoice, gradeMultipleChoice } from './choice.grader';
export { gradeNumeric, parseNumericResponse } from './numeric.grader';
export { gradeShortText, normalizeShortText, SHORT_TEXT_MAX_LENGTH } from './short-text.grader';
export { gradeEssay } from './essay.grader';

export { GradingEngine, GRADER_VERSION, type GradingEngineOptions } from './grading-engine';
export {
  CodeSandbox,
  CODE_LANGUAGES,
  CODE_LIMITS,
  type CodeSandboxOptions,
  type CodeTestReport,
} from './code-sandbox';
export { SqlSandbox, SQL_LIMITS, type SqlSandboxOptions } from './sql-sandbox';

export { scoreAttempt, type AttemptScore, type AttemptScoreInput, type SkillScore } from './attempt-scoring';
export {
  computeLevelFit,
  measureSkillProficiency,
  LEVEL_DIFFICULTY_BANDS,
  LEVEL_FIT_RULES,
  type LevelFit,
  type SkillItem,
  type SkillProficiency,
} from './level-fit';
