import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { AssayConfig } from '@assay/core';
import { JOBS, JobScheduleKeeper, QUEUES, QueueRegistry } from '@assay/queue';
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
  private readonly keeper: JobScheduleKeeper;

  constructor(queues: QueueRegistry, config: AssayConfig) {
    this.keeper = new JobScheduleKeeper(
      queues,
      {
        queue: QUEUES.MAINTENANCE,
        schedulerId: RECONCILER_SCHEDULER_ID,
        job: JOBS.RECONCILE,
        everyMs: reconcileIntervalMs(config.worker.reconcileAfterSeconds),
        keep: { completed: 50, failed: 200 },
        checkEveryMs: SCHEDULE_CHECK_MS,
        what: 'reconciler',
      },
      new Logger('ReconcilerSchedule'),
    );
  }

  onApplicationBootstrap(): void {
    this.keeper.start();
  }

  onApplicationShutdown(): void {
    this.keeper.stop();
  }

  /** Re-creates the schedule now (after Redis lost its data). */
  ensureNow(): Promise<void> {
    return this.keeper.ensureNow();
  }
}
