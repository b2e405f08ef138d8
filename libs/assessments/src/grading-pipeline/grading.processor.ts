import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { AssayConfig } from '@assay/core';
import { JOBS, QUEUES } from '@assay/queue';
import type { GradeAttemptJob, RegradeAttemptJob } from '@assay/queue';
import { GradingEngine } from '@assay/grading';
import { AttemptGrader, GradeOutcome, HandBack } from './attempt-grader';

/**
 * BullMQ renews a job's lock every lockDuration / 2 while it runs, and sandboxes run on worker threads, so
 * the event loop stays free to renew: the lock has to outlast a stall of the process, not the slowest
 * attempt. It also bounds how long the job of a killed worker waits before another worker runs it
 * (lockDuration + stalledInterval). See docs/decisions/0501-grading-worker.md.
 */
export const GRADING_WORKER_OPTIONS = {
  lockDuration: 30_000,
  stalledInterval: 10_000,
  maxStalledCount: 2,
} as const;

/**
 * A grading job that has already stalled this often — its worker died (killed, out of memory) or hung
 * while grading it — is not run a third time: the attempt ends `grading_error` with the reason and waits
 * for a person's re-grade. Below maxStalledCount, so BullMQ never fails the job itself (which would leave
 * the attempt `submitted` for the reconciler to re-enqueue: the poison loop). See docs/decisions/0112.
 */
export const MAX_GRADING_STALLS = 2;

/** On SIGTERM, running jobs get this long to finish (most take well under a second); then they go back. */
export const SHUTDOWN_GRACE_MS = 10_000;

type GradingJob = Job<GradeAttemptJob | RegradeAttemptJob>;

/** The grading queue: `grade-attempt` (first grading) and `regrade-attempt` (asked for by a person). */
@Processor(QUEUES.GRADING, GRADING_WORKER_OPTIONS)
export class GradingProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger('GradingProcessor');
  private readonly stop: Promise<never>;
  private handBack!: () => void;

  constructor(
    private readonly grader: AttemptGrader,
    private readonly engine: GradingEngine,
    private readonly config: AssayConfig,
  ) {
    super();
    this.stop = new Promise<never>((_, reject) => {
      this.handBack = () => reject(new HandBack());
    });
    this.stop.catch(() => undefined); // observed by each job's race; never an unhandled rejection
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  async process(job: GradingJob, token?: string): Promise<GradeOutcome> {
    const { attemptId } = job.data;
    const started = Date.now();
    if (job.stalledCounter >= MAX_GRADING_STALLS) {
      const message =
        `grading stopped its worker ${job.stalledCounter} times (the worker was killed or stalled); ` +
        'not run again: re-grade the attempt once the cause is known';
      await this.grader.markGradingError(attemptId, message);
      this.logger.error(
        { attemptId, jobId: job.id, stalls: job.stalledCounter },
        'attempt could not be graded: grading_error (poison: it stopped its worker twice)',
      );
      return 'grading-error';
    }
    try {
      const outcome =
        job.name === JOBS.REGRADE_ATTEMPT
          ? await this.grader.regrade(
              attemptId,
              (job.data as RegradeAttemptJob).requestId,
              this.stop,
              (job.data as RegradeAttemptJob).requestedBy,
            )
          : await this.grader.gradeInitial(attemptId, this.stop);
      this.logger.log({ attemptId, jobId: job.id, outcome, ms: Date.now() - started }, 'grading job done');
      return outcome;
    } catch (error) {
      if (error instanceof HandBack && token) {
        // Back to the queue at once, for another worker (or this one after a restart).
        await job.moveToDelayed(Date.now(), token);
        this.logger.warn({ attemptId, jobId: job.id }, 'worker stopping: grading job handed back');
        throw new DelayedError();
      }
      const final = error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (final) {
        const message = error instanceof Error ? error.message : String(error);
        await this.grader
          .markGradingError(attemptId, message)
          .catch((e: unknown) =>
            this.logger.error({ attemptId, err: e }, 'could not mark the attempt grading_error'),
          );
        this.logger.error(
          { attemptId, jobId: job.id, err: message },
          'attempt could not be graded: grading_error',
        );
      }
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: GradingJob | undefined, error: Error): void {
    this.logger.warn(
      { attemptId: job?.data.attemptId, jobId: job?.id, attemptsMade: job?.attemptsMade, err: error.message },
      'grading job failed',
    );
  }

  @OnWorkerEvent('stalled')
  onStalled(jobId: string): void {
    const attemptId = /^attempt-([0-9a-f-]{36})$/.exec(jobId)?.[1] ?? null;
    this.logger.warn(
      { jobId, attemptId },
      'grading job stalled (its worker died or hung); it will run again',
    );
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.error({ err: error.message }, 'grading worker error');
  }

  /**
   * Graceful stop: take no new jobs, let running ones finish for SHUTDOWN_GRACE_MS, hand back the rest,
   * then close the sandboxes. Runs before the database and Redis connections close.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const timer = setTimeout(() => this.handBack(), SHUTDOWN_GRACE_MS);
    try {
      await this.worker.close();
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'grading worker did not close cleanly');
    } finally {
      clearTimeout(timer);
      await this.engine.close();
    }
  }
}
