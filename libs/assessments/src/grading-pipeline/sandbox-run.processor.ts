import { OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QUEUES } from '@assay/queue';
import type { RunAnswerJob, RunAnswerResult } from '@assay/queue';
import { GradingEngine, type CodeTestReport } from '@assay/grading';

/** Runs at once per worker process; grading shares the same sandbox threads. */
export const SANDBOX_RUN_CONCURRENCY = 4;

/**
 * A candidate's "Run examples" / "Run query", in the worker process so that candidate code never runs in
 * the API process (docs/decisions/0701). The API has already removed the hidden tests from the job.
 */
@Processor(QUEUES.SANDBOX_RUNS, { concurrency: SANDBOX_RUN_CONCURRENCY })
export class SandboxRunProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(private readonly engine: GradingEngine) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = SANDBOX_RUN_CONCURRENCY;
  }

  async process(job: Job<RunAnswerJob>): Promise<RunAnswerResult> {
    return runAnswer(this.engine, job.data);
  }
}

/** The job's work, apart from BullMQ: visible tests through the grading engine, or a query preview. */
export async function runAnswer(engine: GradingEngine, job: RunAnswerJob): Promise<RunAnswerResult> {
  if (job.type === 'sql') {
    const preview = await engine.previewSql(job.schema, job.query, job.maxRows);
    return preview.ok
      ? {
          type: 'sql',
          ok: true,
          columns: preview.columns,
          rows: preview.rows,
          truncated: preview.truncated,
          ms: preview.ms,
        }
      : { type: 'sql', ok: false, message: preview.message, columns: [], rows: [], truncated: false };
  }
  // Every test the job carries is visible: mark them so, whatever the input said.
  const tests = job.tests.map((t) => ({ args: t.args, expected: t.expected, weight: 1, hidden: false }));
  const graded = await engine.grade(
    {
      id: 'run',
      type: 'code',
      skill: 'run',
      difficulty: 1,
      points: 1,
      functionName: job.functionName,
      languages: job.languages,
      timeLimitMs: job.timeLimitMs,
      answerKey: { tests },
    },
    job.response,
  );
  const details = isRecord(graded.details) ? graded.details : {};
  const reports = Array.isArray(details.tests) ? (details.tests as CodeTestReport[]) : [];
  return {
    type: 'code',
    verdict: graded.verdict,
    ...(isRecord(details.compileError)
      ? {
          compileError: details.compileError as {
            message: string;
            line: number | null;
            column: number | null;
          },
        }
      : {}),
    ...(typeof details.message === 'string' ? { message: details.message } : {}),
    tests: reports.map((r) => ({
      index: r.index,
      status: r.status,
      ms: r.ms,
      ...(r.expected !== undefined ? { expected: r.expected } : {}),
      ...(r.actual !== undefined ? { actual: r.actual } : {}),
      ...(r.message !== undefined ? { message: r.message } : {}),
      ...(r.console !== undefined ? { console: r.console } : {}),
    })),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
