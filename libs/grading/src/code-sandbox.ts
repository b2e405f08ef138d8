import { CODE_LANGUAGES } from '@assay/core';
import path from 'node:path';
import type { AnswerGrade, CodeTestStatus, GradableQuestion, Verdict } from './grading.types';
import {
  grade,
  isBlankResponse,
  isRecord,
  needsReview,
  truncate,
  unanswered,
  wrongShape,
} from './grading.utils';
import { codeTestsCredit } from './code-scoring';
import { SandboxPool, type SandboxStats } from './sandbox-pool';
import { preview } from './code-compare.js';

/** Limits of the code sandbox; see docs/decisions/0100-code-and-sql-sandboxes.md. */
export const CODE_LIMITS = {
  /** Total memory of one answer (its QuickJS module's linear memory, less the module's own reserve). */
  memoryLimitBytes: 64 * 1024 * 1024,
  /** Bounds of a question's `memoryLimitMb`. */
  minMemoryLimitBytes: 16 * 1024 * 1024,
  maxMemoryLimitBytes: 256 * 1024 * 1024,
  /** A thread whose module's linear memory grew past this after an answer loads a fresh module. */
  recycleAboveBytes: 32 * 1024 * 1024,
  /** PROBES.md: 512 KiB and more overflowed the host stack on deep recursion. */
  maxStackBytes: 256 * 1024,
  defaultTimeLimitMs: 2000,
  minTimeLimitMs: 10,
  maxTimeLimitMs: 10_000,
  /** Whole answer (compile, top level and every test), in work (see workUnitsPerMs). */
  maxAnswerMs: 10_000,
  /**
   * Interrupt-handler calls per millisecond of interpreted work on the reference machine (QuickJS polls
   * every few thousand operations): 5.3 for a tight loop, 4.9 for an insertion sort, measured in CPU time.
   * Time limits are budgets of these units, so a loaded grader gives the same verdicts as an idle one.
   */
  workUnitsPerMs: 5,
  /** CPU-time guard, as a multiple of a limit: bounds native work the counter does not see. */
  cpuGuardFactor: 2,
  /** Wall-clock guard, as a multiple of a limit: bounds a thread starved of CPU, not a verdict's work. */
  wallGuardFactor: 20,
  /** Wall-clock cap on a whole answer, whatever its limits. */
  maxAnswerWallMs: 30_000,
  /** Extra wall-clock time before the host kills the thread: transpile, result transfer, dispose. */
  hardCapGraceMs: 2000,
  /** Wall-clock cap on loading QuickJS in a fresh thread. */
  moduleLoadCapMs: 30_000,
  maxSourceBytes: 64 * 1024,
  maxResultBytes: 64 * 1024,
  maxConsoleBytes: 4 * 1024,
  maxDepth: 64,
  maxTests: 200,
} as const;

export interface CodeSandboxOptions {
  threads?: number;
  memoryLimitBytes?: number;
  recycleAboveBytes?: number;
  maxStackBytes?: number;
  defaultTimeLimitMs?: number;
  maxAnswerMs?: number;
  hardCapGraceMs?: number;
  /** Worker entry override, for tests of the pool's crash and hang handling. */
  workerFilename?: string;
}

interface TestSpec {
  argsJson: string;
  expected: unknown;
  weight: number;
  hidden: boolean;
  group?: string;
}

interface WorkerTestResult {
  status: CodeTestStatus;
  ms: number;
  actual?: string;
  message?: string;
  console?: string;
}

interface WorkerMemory {
  threadId: number;
  memoryBytes: number;
  recycled: boolean;
}

type WorkerResult = { memory?: WorkerMemory } & (
  | { kind: 'ran'; tests: WorkerTestResult[] }
  | { kind: 'compile_error'; compileError: { message: string; line: number | null; column: number | null } }
  | { kind: 'sandbox_failure'; message: string }
);

/**
 * `details.reason` of an answer whose grading killed its sandbox thread twice. The answer is not given a
 * verdict by the sandbox: the attempt grader ends the attempt `grading_error` (re-gradable) instead.
 */
export const SANDBOX_CRASHED = 'sandbox_crashed';

export interface CodeTestReport {
  index: number;
  hidden: boolean;
  weight: number;
  /** Tests of one group earn their weight only together. */
  group?: string;
  status: CodeTestStatus;
  ms: number;
  /** Visible tests only. */
  expected?: string;
  actual?: string;
  message?: string;
  console?: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function parseTests(answerKey: unknown): TestSpec[] | string {
  if (!isRecord(answerKey) || !Array.isArray(answerKey.tests) || answerKey.tests.length === 0) {
    return 'code needs answerKey.tests (a non-empty array)';
  }
  if (answerKey.tests.length > CODE_LIMITS.maxTests) return `at most ${CODE_LIMITS.maxTests} tests`;
  const tests: TestSpec[] = [];
  for (const [i, t] of answerKey.tests.entries()) {
    if (!isRecord(t) || !Array.isArray(t.args)) return `test ${i} needs an args array`;
    let argsJson: string;
    let expected: unknown;
    try {
      argsJson = JSON.stringify(t.args);
      // A JSON round trip makes `expected` cloneable into the worker thread whatever its origin.
      expected = t.expected === undefined ? undefined : JSON.parse(JSON.stringify(t.expected));
    } catch {
      return `test ${i} is not JSON`;
    }
    const weight = typeof t.weight === 'number' && Number.isFinite(t.weight) && t.weight >= 0 ? t.weight : 1;
    const group = typeof t.group === 'string' && t.group ? t.group : undefined;
    tests.push({ argsJson, expected, weight, hidden: t.hidden === true, ...(group ? { group } : {}) });
  }
  // All-zero weights would make every answer worth nothing; count tests equally instead.
  if (tests.every((t) => t.weight === 0)) for (const t of tests) t.weight = 1;
  return tests;
}

/** Runs JavaScript/TypeScript answers in QuickJS (WASM) on a pool of worker threads. */
export class CodeSandbox {
  private readonly pool: SandboxPool;
  private readonly memoryLimitBytes: number;
  private readonly recycleAboveBytes: number;
  private readonly maxStackBytes: number;
  private readonly defaultTimeLimitMs: number;
  private readonly maxAnswerMs: number;
  private readonly hardCapGraceMs: number;

  constructor(options: CodeSandboxOptions = {}) {
    this.memoryLimitBytes = clamp(
      options.memoryLimitBytes,
      CODE_LIMITS.minMemoryLimitBytes,
      CODE_LIMITS.maxMemoryLimitBytes,
      CODE_LIMITS.memoryLimitBytes,
    );
    this.recycleAboveBytes = clamp(
      options.recycleAboveBytes,
      16 * 1024 * 1024,
      1024 * 1024 * 1024,
      CODE_LIMITS.recycleAboveBytes,
    );
    this.maxStackBytes = clamp(
      options.maxStackBytes,
      64 * 1024,
      CODE_LIMITS.maxStackBytes,
      CODE_LIMITS.maxStackBytes,
    );
    this.defaultTimeLimitMs = clamp(
      options.defaultTimeLimitMs,
      CODE_LIMITS.minTimeLimitMs,
      CODE_LIMITS.maxTimeLimitMs,
      CODE_LIMITS.defaultTimeLimitMs,
    );
    this.maxAnswerMs = clamp(options.maxAnswerMs, 100, 120_000, CODE_LIMITS.maxAnswerMs);
    this.hardCapGraceMs = clamp(options.hardCapGraceMs, 100, 60_000, CODE_LIMITS.hardCapGraceMs);
    this.pool = new SandboxPool({
      filename: options.workerFilename ?? path.join(__dirname, 'code-sandbox.worker.js'),
      threads: Math.max(1, Math.floor(clamp(options.threads, 1, 64, 1))),
      // 8 MiB of native stack gives the 256 KiB QuickJS stack a 4× margin (WASM frames are larger).
      resourceLimits: { stackSizeMb: 8, maxOldGenerationSizeMb: 256 },
      // The module a fresh thread loads before its first answer.
      workerData: { memoryLimitBytes: this.memoryLimitBytes },
    });
  }

  async grade(question: GradableQuestion, response: unknown): Promise<AnswerGrade> {
    const functionName = question.functionName;
    if (typeof functionName !== 'string' || !IDENTIFIER.test(functionName)) {
      return needsReview(
        question,
        'invalid_answer_key',
        'code needs a functionName that is a JavaScript identifier',
      );
    }
    const tests = parseTests(question.answerKey);
    if (typeof tests === 'string') return needsReview(question, 'invalid_answer_key', tests);

    if (isBlankResponse(response)) return unanswered(question);
    if (!isRecord(response) || typeof response.language !== 'string' || typeof response.code !== 'string') {
      return wrongShape(question, '{ language, code }');
    }
    const offered: readonly string[] =
      Array.isArray(question.languages) && question.languages.length > 0
        ? question.languages
        : CODE_LANGUAGES;
    const language = response.language.trim().toLowerCase();
    if (
      !(CODE_LANGUAGES as readonly string[]).includes(language) ||
      !offered.some((l) => l.toLowerCase() === language)
    ) {
      return grade(question, 'incorrect', 0, {
        reason: 'unsupported_language',
        language: truncate(language, 40),
      });
    }
    if (response.code.trim().length === 0) return unanswered(question);
    if (Buffer.byteLength(response.code, 'utf8') > CODE_LIMITS.maxSourceBytes) {
      return grade(question, 'compile_error', 0, {
        language,
        compileError: {
          message: `source exceeds ${CODE_LIMITS.maxSourceBytes} bytes`,
          line: null,
          column: null,
        },
      });
    }

    const timeLimitMs = clamp(
      question.timeLimitMs,
      CODE_LIMITS.minTimeLimitMs,
      CODE_LIMITS.maxTimeLimitMs,
      this.defaultTimeLimitMs,
    );
    const answerTimeLimitMs = Math.min(this.maxAnswerMs, timeLimitMs * (tests.length + 1));
    const memoryLimitBytes =
      typeof question.memoryLimitMb === 'number'
        ? clamp(
            Math.floor(question.memoryLimitMb) * 1024 * 1024,
            CODE_LIMITS.minMemoryLimitBytes,
            CODE_LIMITS.maxMemoryLimitBytes,
            this.memoryLimitBytes,
          )
        : this.memoryLimitBytes;
    const answerWallMs = Math.min(
      CODE_LIMITS.maxAnswerWallMs,
      answerTimeLimitMs * CODE_LIMITS.wallGuardFactor,
    );
    const limits = { timeLimitMs, answerTimeLimitMs, memoryLimitBytes };
    const task = {
      language,
      code: response.code,
      functionName,
      tests: tests.map((t) => ({ argsJson: t.argsJson, expected: t.expected })),
      ...limits,
      recycleAboveBytes: this.recycleAboveBytes,
      maxStackBytes: this.maxStackBytes,
      maxResultBytes: CODE_LIMITS.maxResultBytes,
      maxConsoleBytes: CODE_LIMITS.maxConsoleBytes,
      maxDepth: CODE_LIMITS.maxDepth,
      answerWallMs,
      workUnitsPerMs: CODE_LIMITS.workUnitsPerMs,
      wallGuardFactor: CODE_LIMITS.wallGuardFactor,
      cpuGuardFactor: CODE_LIMITS.cpuGuardFactor,
    };
    // Loading QuickJS on a fresh thread gets its own allowance; the answer's budget starts once it is ready.
    const caps = { started: CODE_LIMITS.moduleLoadCapMs, ready: answerWallMs + this.hardCapGraceMs };
    let outcome = await this.pool.run<WorkerResult>(task, caps);
    // A dead thread may have been a victim (of the process, of a bug); once more on a fresh thread. Twice,
    // and the answer is what kills threads: no verdict, the attempt ends grading_error and no third runs.
    if (!outcome.ok && outcome.failure === 'crash') {
      const first = outcome.message;
      outcome = await this.pool.run<WorkerResult>(task, caps);
      if (!outcome.ok && outcome.failure === 'crash') {
        return grade(question, 'runtime_error', 0, {
          language,
          ...limits,
          reason: SANDBOX_CRASHED,
          message: truncate(`the answer's sandbox thread died twice: ${first}; ${outcome.message}`, 1000),
        });
      }
    }
    if (outcome.ok && outcome.value.memory) {
      const m = outcome.value.memory;
      this.pool.noteMemory(m.threadId, m.memoryBytes, m.recycled);
    }

    if (!outcome.ok) {
      // The thread was killed (hard cap) or died; it has been replaced and the answer still gets a verdict.
      const status: CodeTestStatus = outcome.failure === 'timeout' ? 'time_limit_exceeded' : 'runtime_error';
      const results = tests.map((): WorkerTestResult => ({ status, ms: 0 }));
      return this.report(question, language, tests, results, limits, {
        reason: outcome.failure === 'timeout' ? 'wall_clock_cap' : 'sandbox_failure',
        message: outcome.message,
      });
    }
    const result = outcome.value;
    if (result.kind === 'compile_error') {
      return grade(question, 'compile_error', 0, { language, compileError: result.compileError, ...limits });
    }
    if (result.kind === 'sandbox_failure') {
      const results = tests.map((): WorkerTestResult => ({ status: 'runtime_error', ms: 0 }));
      return this.report(question, language, tests, results, limits, {
        reason: 'sandbox_failure',
        message: result.message,
      });
    }
    return this.report(question, language, tests, result.tests, limits, {});
  }

  /**
   * Score = points × passed weight / total weight, a group's tests counting only when all of them pass.
   * Verdict: `accepted` when every test passes,
   * otherwise the status of the first failing test in the author's order (as judges report
   * "wrong answer on test 3"); compile errors never reach here.
   */
  private report(
    question: GradableQuestion,
    language: string,
    tests: TestSpec[],
    results: WorkerTestResult[],
    limits: Record<string, number>,
    extra: Record<string, unknown>,
  ): AnswerGrade {
    const reports: CodeTestReport[] = tests.map((test, index) => {
      const r: WorkerTestResult = results[index] ?? { status: 'runtime_error', ms: 0, message: 'no result' };
      const base: CodeTestReport = {
        index,
        hidden: test.hidden,
        weight: test.weight,
        ...(test.group ? { group: test.group } : {}),
        status: r.status,
        ms: r.ms,
      };
      // Hidden tests say only whether they passed and how they failed.
      if (test.hidden) return base;
      if (r.status === 'wrong_answer') {
        base.expected = preview(test.expected);
        base.actual = r.actual;
      }
      if (r.message) base.message = truncate(r.message, 500);
      if (r.console) base.console = truncate(r.console, 1024);
      return base;
    });
    // Grouped tests count all-or-nothing.
    const credit = codeTestsCredit(
      tests,
      reports.map((r) => r.status === 'passed'),
    );
    const firstFailure = reports.find(
      (r): r is CodeTestReport & { status: Exclude<CodeTestStatus, 'passed'> } => r.status !== 'passed',
    );
    const verdict: Verdict = firstFailure ? firstFailure.status : 'accepted';
    return grade(question, verdict, credit, {
      language,
      passed: reports.filter((r) => r.status === 'passed').length,
      total: reports.length,
      tests: reports,
      ...limits,
      ...extra,
    });
  }

  /** Memory held by the sandbox threads and how often they were renewed. */
  stats(): SandboxStats {
    return this.pool.stats();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
