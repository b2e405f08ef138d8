import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { JOBS, JobScheduleKeeper, QUEUES, QueueRegistry } from '@assay/queue';
import { RetentionReport, RetentionService } from './retention.service';

export const RETENTION_SCHEDULER_ID = 'candidate-retention';
/** Hourly: retention is counted in months, erasure requests in days; an hour late is never late. */
export const RETENTION_EVERY_MS = 3600_000;
const SCHEDULE_CHECK_MS = 60_000;

/** The privacy queue: the retention job (expired candidates, due erasure requests). */
@Processor(QUEUES.PRIVACY)
export class PrivacyProcessor extends WorkerHost {
  constructor(private readonly retention: RetentionService) {
    super();
  }

  async process(job: Job): Promise<RetentionReport> {
    if (job.name === JOBS.RETENTION) return this.retention.runOnce();
    throw new UnrecoverableError(`unknown privacy job ${job.name}`);
  }
}

/** Keeps the retention job's scheduler in Redis (one id for every worker; re-created if Redis lost it). */
@Injectable()
export class RetentionSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly keeper: JobScheduleKeeper;

  constructor(queues: QueueRegistry) {
    this.keeper = new JobScheduleKeeper(
      queues,
      {
        queue: QUEUES.PRIVACY,
        schedulerId: RETENTION_SCHEDULER_ID,
        job: JOBS.RETENTION,
        everyMs: RETENTION_EVERY_MS,
        keep: { completed: 50, failed: 200 },
        checkEveryMs: SCHEDULE_CHECK_MS,
        what: 'candidate retention',
      },
      new Logger('RetentionSchedule'),
    );
  }

  onApplicationBootstrap(): void {
    this.keeper.start();
  }

  onApplicationShutdown(): void {
    this.keeper.stop();
  }
}
