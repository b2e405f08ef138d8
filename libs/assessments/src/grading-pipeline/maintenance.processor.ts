import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { AssayConfig } from '@assay/core';
import { JOBS, QUEUES, QueueRegistry } from '@assay/queue';
import { GradingReconciler, reconcileIntervalMs } from './grading-reconciler';

export const RECONCILER_SCHEDULER_ID = 'grading-reconciler';
/** How often each worker checks that the schedule still exists (a FLUSHALL removes it with everything). */
const SCHEDULE_CHECK_MS = 30_000;

/** The maintenance queue: the reconciler's repeatable job. */
@Processor(QUEUES.MAINTENANCE)
export class MaintenanceProcessor extends WorkerHost {
  constructor(private readonly reconciler: GradingReconciler) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === JOBS.RECONCILE) return this.reconciler.reconcileOnce();
    throw new UnrecoverableError(`unknown maintenance job ${job.name}`);
  }
}

/**
 * Keeps the reconciler's job scheduler in Redis: upserted at start (every worker upserts the same id, so
 * there is one schedule) and re-created when it is missing, e.g. after Redis lost its data.
 */
@Injectable()
export class ReconcilerSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReconcilerSchedule');
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly queues: QueueRegistry,
    private readonly config: AssayConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis away at start, the worker still boots and the relay waits for Redis.
    void this.ensure(true);
    this.timer = setInterval(() => void this.ensure(false), SCHEDULE_CHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Re-creates the schedule now (after Redis lost its data). */
  async ensureNow(): Promise<void> {
    await this.upsert(true);
  }

  private async ensure(always: boolean): Promise<void> {
    // While Redis is away a check waits for it; the next ones are skipped rather than piled up.
    if (this.checking) return;
    this.checking = true;
    try {
      await this.upsert(always);
    } finally {
      this.checking = false;
    }
  }

  private async upsert(always: boolean): Promise<void> {
    const queue = this.queues.get(QUEUES.MAINTENANCE);
    const every = reconcileIntervalMs(this.config.worker.reconcileAfterSeconds);
    try {
      if (!always && (await queue.getJobScheduler(RECONCILER_SCHEDULER_ID))) return;
      await queue.upsertJobScheduler(
        RECONCILER_SCHEDULER_ID,
        { every },
        {
          name: JOBS.RECONCILE,
          data: {},
          opts: { removeOnComplete: { count: 50 }, removeOnFail: { count: 200 } },
        },
      );
      if (!always) this.logger.warn({ every }, 'reconciler schedule was missing; re-created');
    } catch (error) {
      // Redis is away: the relay and workers wait for it too; the next check tries again.
      this.logger.warn({ err: (error as Error).message }, 'could not check the reconciler schedule');
    }
  }
}
