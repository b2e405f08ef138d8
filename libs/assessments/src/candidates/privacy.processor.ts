import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { JOBS, QUEUES, QueueRegistry } from '@assay/queue';
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
  private readonly logger = new Logger('RetentionSchedule');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly queues: QueueRegistry) {}

  onApplicationBootstrap(): void {
    void this.ensure(true);
    this.timer = setInterval(() => void this.ensure(false), SCHEDULE_CHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async ensure(always: boolean): Promise<void> {
    const queue = this.queues.get(QUEUES.PRIVACY);
    try {
      if (!always && (await queue.getJobScheduler(RETENTION_SCHEDULER_ID))) return;
      await queue.upsertJobScheduler(
        RETENTION_SCHEDULER_ID,
        { every: RETENTION_EVERY_MS },
        {
          name: JOBS.RETENTION,
          data: {},
          opts: { removeOnComplete: { count: 50 }, removeOnFail: { count: 200 } },
        },
      );
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'could not check the retention schedule');
    }
  }
}
