import { gradeAnswer, isInlineQuestionType } from './answer.grader';
import { CodeSandbox } from './code-sandbox';
import type { SandboxStats } from './sandbox-pool';
import type { AnswerGrade, GradableQuestion } from './grading.types';
import { isBlankResponse, isRecord, needsReview, unanswered } from './grading.utils';
import { SqlPreview, SqlSandbox } from './sql-sandbox';

/**
 * Stored with every result: bump it when a change could grade the same answer differently
 * (a rule, a limit, a comparison), so results can be traced to the grader that produced them.
 */
export const GRADER_VERSION = 'assay-grading/1.1.0';

export interface GradingEngineOptions {
  /** Worker threads for code answers (QuickJS). Default 1. */
  codeThreads?: number;
  /** Worker threads for SQL answers (sql.js). Default 1. */
  sqlThreads?: number;
  /** Total memory of a code answer whose question sets no `memoryLimitMb`. Default 64 MiB (16–256 MiB). */
  memoryLimitBytes?: number;
  /** A code thread whose module grew past this after an answer loads a fresh one. Default 32 MiB. */
  recycleAboveBytes?: number;
  /** QuickJS stack per code answer, at most 256 KiB (the default). */
  maxStackBytes?: number;
  /** Per-test limit of code questions without `timeLimitMs`. Default 2000 ms. */
  codeTimeLimitMs?: number;
  /** Whole code answer (all tests). Default 10 s. */
  maxCodeAnswerMs?: number;
  /** Per-query limit of SQL questions without `timeLimitMs`. Default 2000 ms. */
  sqlTimeLimitMs?: number;
  /** Rows an SQL answer may return. Default 10,000. */
  sqlMaxRows?: number;
}

/**
 * Grades one answer of any type. Choice, numeric, text and essay are graded inline; code and SQL
 * go to their worker-thread pools, which start on first use. `grade` never rejects.
 */
export class GradingEngine {
  private readonly code: CodeSandbox;
  private readonly sql: SqlSandbox;

  constructor(options: GradingEngineOptions = {}) {
    this.code = new CodeSandbox({
      threads: options.codeThreads,
      memoryLimitBytes: options.memoryLimitBytes,
      recycleAboveBytes: options.recycleAboveBytes,
      maxStackBytes: options.maxStackBytes,
      defaultTimeLimitMs: options.codeTimeLimitMs,
      maxAnswerMs: options.maxCodeAnswerMs,
    });
    this.sql = new SqlSandbox({
      threads: options.sqlThreads,
      defaultTimeLimitMs: options.sqlTimeLimitMs,
      maxRows: options.sqlMaxRows,
    });
  }

  async grade(question: GradableQuestion, response: unknown): Promise<AnswerGrade> {
    if (!isRecord(question)) return needsReview(question, 'invalid_question', 'question is not an object');
    if (isInlineQuestionType(question.type)) return gradeAnswer(question, response);
    if (question.type !== 'code' && question.type !== 'sql') {
      return needsReview(question, 'invalid_question', 'unknown question type');
    }
    if (isBlankResponse(response)) return unanswered(question);
    try {
      return question.type === 'code'
        ? await this.code.grade(question, response)
        : await this.sql.grade(question, response);
    } catch (error) {
      // Only reachable through a bug or a closed engine; the job gets a reviewable result, not a crash.
      return needsReview(question, 'sandbox_failure', error instanceof Error ? error.message : String(error));
    }
  }

  /** A candidate's "Run query": the first rows of a read-only query on the fixture (see SqlSandbox.preview). */
  previewSql(schema: string, query: string, maxRows?: number): Promise<SqlPreview> {
    return this.sql.preview(schema, query, maxRows);
  }

  /** What the sandbox threads hold and how often they were renewed (the worker's metrics). */
  sandboxStats(): { code: SandboxStats; sql: SandboxStats } {
    return { code: this.code.stats(), sql: this.sql.stats() };
  }

  async close(): Promise<void> {
    await Promise.all([this.code.close(), this.sql.close()]);
  }
}
