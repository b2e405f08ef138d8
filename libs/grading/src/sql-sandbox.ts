import path from 'node:path';
import type { AnswerGrade, GradableQuestion, Verdict } from './grading.types';
import { grade, isBlankResponse, isRecord, needsReview, unanswered, wrongShape } from './grading.utils';
import { SandboxPool, type SandboxStats } from './sandbox-pool';

/** Limits of the SQL sandbox; see docs/decisions/0100-code-and-sql-sandboxes.md. */
export const SQL_LIMITS = {
  defaultTimeLimitMs: 2000,
  minTimeLimitMs: 50,
  maxTimeLimitMs: 10_000,
  maxRows: 10_000,
  maxResultBytes: 8 * 1024 * 1024,
  heapLimitBytes: 64 * 1024 * 1024,
  maxQueryBytes: 16 * 1024,
  maxSchemaBytes: 1024 * 1024,
  /** A fixture's database (max_page_count × page size): its image, and a fresh copy per answer. */
  maxFixtureBytes: 16 * 1024 * 1024,
  /** Per thread, the cached fixture images together (and half as much for expected results). */
  fixtureCacheBytes: 64 * 1024 * 1024,
  /** A thread whose sql.js memory is larger than this after a task loads a fresh module (base ≈ 21 MiB). */
  recycleAboveBytes: 48 * 1024 * 1024,
  /** Checking a schema when a question is authored. */
  schemaCheckCapMs: 10_000,
  /** Building a fixture and running the expected query (once per thread and question). */
  setupCapMs: 30_000,
} as const;

export interface SqlSandboxOptions {
  threads?: number;
  defaultTimeLimitMs?: number;
  maxRows?: number;
  heapLimitBytes?: number;
  maxFixtureBytes?: number;
  fixtureCacheBytes?: number;
  recycleAboveBytes?: number;
  /** Worker entry override, for tests of the pool's crash handling. */
  workerFilename?: string;
}

interface WorkerMemory {
  threadId: number;
  memoryBytes: number;
  /** Fixture images and expected results cached by the thread (its JS heap). */
  cacheBytes: number;
  recycled: boolean;
}

/** Whether a schema builds within the fixture limits (for authoring); `refused`: it breaks a limit. */
export type SchemaCheck = { ok: true; bytes: number } | { ok: false; message: string; refused: boolean };

type WorkerResult = { memory?: WorkerMemory } & (
  | { kind: 'invalid_question'; message: string }
  | {
      kind: 'graded';
      verdict: Extract<
        Verdict,
        'accepted' | 'wrong_answer' | 'runtime_error' | 'compile_error' | 'memory_limit_exceeded'
      >;
      message?: string;
      diff?: Record<string, unknown>;
      rows?: number;
      ms?: number;
    }
);

/** The first rows of a candidate's query on the question's fixture ("Run query"; nothing is graded). */
export type SqlPreview =
  | { ok: true; columns: string[]; rows: unknown[][]; truncated: boolean; ms: number }
  | { ok: false; message: string };

/** Rows and bytes a preview returns at most (the candidate reads them on screen). */
export const SQL_PREVIEW_LIMITS = { maxRows: 50, maxResultBytes: 256 * 1024 } as const;

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** Runs SQL answers with sql.js (WASM SQLite) on a pool of worker threads. */
export class SqlSandbox {
  private readonly pool: SandboxPool;
  private readonly defaultTimeLimitMs: number;
  private readonly maxRows: number;
  private readonly heapLimitBytes: number;
  private readonly fixtureLimits: Record<string, number>;

  constructor(options: SqlSandboxOptions = {}) {
    this.defaultTimeLimitMs = clamp(
      options.defaultTimeLimitMs,
      SQL_LIMITS.minTimeLimitMs,
      SQL_LIMITS.maxTimeLimitMs,
      SQL_LIMITS.defaultTimeLimitMs,
    );
    this.maxRows = Math.floor(clamp(options.maxRows, 1, 1_000_000, SQL_LIMITS.maxRows));
    this.heapLimitBytes = clamp(
      options.heapLimitBytes,
      8 * 1024 * 1024,
      1024 * 1024 * 1024,
      SQL_LIMITS.heapLimitBytes,
    );
    this.fixtureLimits = {
      maxFixtureBytes: clamp(
        options.maxFixtureBytes,
        64 * 1024,
        256 * 1024 * 1024,
        SQL_LIMITS.maxFixtureBytes,
      ),
      fixtureCacheBytes: clamp(
        options.fixtureCacheBytes,
        1024 * 1024,
        1024 * 1024 * 1024,
        SQL_LIMITS.fixtureCacheBytes,
      ),
      recycleAboveBytes: clamp(
        options.recycleAboveBytes,
        16 * 1024 * 1024,
        1024 * 1024 * 1024,
        SQL_LIMITS.recycleAboveBytes,
      ),
    };
    this.pool = new SandboxPool({
      filename: options.workerFilename ?? path.join(__dirname, 'sql-sandbox.worker.js'),
      threads: Math.max(1, Math.floor(clamp(options.threads, 1, 64, 1))),
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
  }

  async grade(question: GradableQuestion, response: unknown): Promise<AnswerGrade> {
    const key = question.answerKey;
    if (!isRecord(key) || typeof key.expectedQuery !== 'string' || key.expectedQuery.trim() === '') {
      return needsReview(question, 'invalid_answer_key', 'sql needs answerKey.expectedQuery');
    }
    if (typeof question.schema !== 'string' || question.schema.length > SQL_LIMITS.maxSchemaBytes) {
      return needsReview(question, 'invalid_answer_key', 'sql needs a schema (at most 1 MiB)');
    }
    if (isBlankResponse(response)) return unanswered(question);
    if (!isRecord(response) || typeof response.query !== 'string') return wrongShape(question, '{ query }');
    if (response.query.trim() === '') return unanswered(question);
    if (Buffer.byteLength(response.query, 'utf8') > SQL_LIMITS.maxQueryBytes) {
      return grade(question, 'runtime_error', 0, {
        message: `query exceeds ${SQL_LIMITS.maxQueryBytes} bytes`,
      });
    }

    const timeLimitMs = clamp(
      question.timeLimitMs,
      SQL_LIMITS.minTimeLimitMs,
      SQL_LIMITS.maxTimeLimitMs,
      this.defaultTimeLimitMs,
    );
    const ordered = key.ordered === true;
    const outcome = await this.pool.run<WorkerResult>(
      {
        schema: question.schema,
        expectedQuery: key.expectedQuery,
        ordered,
        query: response.query,
        maxRows: this.maxRows,
        maxResultBytes: SQL_LIMITS.maxResultBytes,
        heapLimitBytes: this.heapLimitBytes,
        ...this.fixtureLimits,
      },
      // No progress handler in sql.js: the thread is terminated when the query outlives its limit.
      { started: SQL_LIMITS.setupCapMs, query: timeLimitMs },
    );
    if (outcome.ok) this.noteMemory(outcome.value.memory);

    if (!outcome.ok) {
      if (outcome.failure === 'timeout' && outcome.phase === 'query') {
        return grade(question, 'time_limit_exceeded', 0, {
          timeLimitMs,
          message: `query ran longer than ${timeLimitMs} ms`,
        });
      }
      if (outcome.failure === 'timeout') {
        return needsReview(
          question,
          'sandbox_failure',
          'building the fixture or running the expected query timed out',
        );
      }
      return grade(question, 'runtime_error', 0, { reason: 'sandbox_failure', message: outcome.message });
    }
    const result = outcome.value;
    if (result.kind === 'invalid_question')
      return needsReview(question, 'invalid_answer_key', result.message);
    const details: Record<string, unknown> = { ordered, timeLimitMs };
    if (result.message) details.message = result.message;
    if (result.diff) Object.assign(details, result.diff);
    if (result.rows !== undefined) details.rows = result.rows;
    if (result.ms !== undefined) details.ms = result.ms;
    return grade(question, result.verdict, result.verdict === 'accepted' ? 1 : 0, details);
  }

  /**
   * Runs a read-only query against a fixture and returns its first rows, under the same gate, heap limit
   * and time limit as grading. Never rejects.
   */
  async preview(
    schema: string,
    query: string,
    maxRows: number = SQL_PREVIEW_LIMITS.maxRows,
  ): Promise<SqlPreview> {
    if (typeof schema !== 'string' || schema.length > SQL_LIMITS.maxSchemaBytes) {
      return { ok: false, message: 'the question has no usable schema' };
    }
    if (typeof query !== 'string' || query.trim() === '') return { ok: false, message: 'the query is empty' };
    if (Buffer.byteLength(query, 'utf8') > SQL_LIMITS.maxQueryBytes) {
      return { ok: false, message: `query exceeds ${SQL_LIMITS.maxQueryBytes} bytes` };
    }
    const rows = Math.floor(clamp(maxRows, 1, SQL_PREVIEW_LIMITS.maxRows, SQL_PREVIEW_LIMITS.maxRows));
    try {
      const outcome = await this.pool.run<{ kind: 'preview'; memory?: WorkerMemory } & SqlPreview>(
        {
          mode: 'preview',
          schema,
          query,
          maxRows: rows,
          maxResultBytes: SQL_PREVIEW_LIMITS.maxResultBytes,
          heapLimitBytes: this.heapLimitBytes,
          ...this.fixtureLimits,
        },
        { started: SQL_LIMITS.setupCapMs, query: this.defaultTimeLimitMs },
      );
      if (!outcome.ok) {
        return {
          ok: false,
          message:
            outcome.failure === 'timeout' && outcome.phase === 'query'
              ? `query ran longer than ${this.defaultTimeLimitMs} ms`
              : 'the query could not be run',
        };
      }
      this.noteMemory(outcome.value.memory);
      const { kind: _kind, memory: _memory, ...preview } = outcome.value;
      return preview;
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Builds a schema as a fixture would be built (same heap and size limits, a shorter time cap): for
   * authoring, so a schema over the limits is refused with a field error instead of failing at grading.
   */
  async checkSchema(schema: string): Promise<SchemaCheck> {
    if (Buffer.byteLength(schema, 'utf8') > SQL_LIMITS.maxSchemaBytes) {
      return { ok: false, message: `is longer than ${SQL_LIMITS.maxSchemaBytes} bytes`, refused: true };
    }
    const outcome = await this.pool.run<{ memory?: WorkerMemory } & ({ kind: 'schema' } & SchemaCheck)>(
      {
        checkSchemaOnly: true,
        schema,
        maxRows: this.maxRows,
        maxResultBytes: SQL_LIMITS.maxResultBytes,
        heapLimitBytes: this.heapLimitBytes,
        ...this.fixtureLimits,
      },
      { started: SQL_LIMITS.schemaCheckCapMs },
    );
    if (!outcome.ok) {
      return outcome.failure === 'timeout'
        ? {
            ok: false,
            message: `takes longer than ${SQL_LIMITS.schemaCheckCapMs / 1000} s to build`,
            refused: true,
          }
        : { ok: false, message: `could not be built: ${outcome.message}`, refused: false };
    }
    this.noteMemory(outcome.value.memory);
    const value = outcome.value;
    if (value.kind !== 'schema') return { ok: false, message: 'unexpected sandbox result', refused: false };
    return value.ok
      ? { ok: true, bytes: value.bytes }
      : { ok: false, message: value.message, refused: value.refused };
  }

  private noteMemory(memory: WorkerMemory | undefined): void {
    if (memory) {
      this.pool.noteMemory(memory.threadId, memory.memoryBytes + memory.cacheBytes, memory.recycled);
    }
  }

  stats(): SandboxStats {
    return this.pool.stats();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
