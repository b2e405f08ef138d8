import type { Logger } from '@nestjs/common';
import type { QueueName } from './queue.constants';
import type { QueueRegistry } from './queue-registry';

export interface KeptSchedule {
  queue: QueueName;
  /** One id for every worker, so however many upsert it there is one schedule. */
  schedulerId: string;
  job: string;
  everyMs: number;
  /** Finished jobs BullMQ keeps for inspection. */
  keep: { completed: number; failed: number };
  /** How often to check the schedule still exists (a FLUSHALL removes it); 0: at start and on ensureNow only. */
  checkEveryMs: number;
  /** Names the schedule in log lines. */
  what: string;
}

/**
 * Keeps a repeatable job's scheduler in Redis: upserted at start, re-created when a check finds it missing
 * (Redis lost its data) or when asked (RedisLossWatch). Redis being away is logged and retried, never thrown:
 * a worker boots and runs without it, as the relay does.
 */
export class JobScheduleKeeper {
  private timer: NodeJS.Timeout | null = null;
  private checking = false;
  private stopped = false;

  constructor(
    private readonly queues: QueueRegistry,
    private readonly schedule: KeptSchedule,
    private readonly logger: Logger,
  ) {}

  start(): void {
    // Not awaited: with Redis away at start, the worker still boots.
    void this.ensure(true);
    if (this.schedule.checkEveryMs > 0) {
      this.timer = setInterval(() => void this.ensure(false), this.schedule.checkEveryMs);
      this.timer.unref();
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Re-creates the schedule now (after Redis lost its data). */
  ensureNow(): Promise<void> {
    return this.upsert(true);
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
    if (this.stopped) return;
    const { queue: name, schedulerId, job, everyMs, keep, what } = this.schedule;
    const queue = this.queues.get(name);
    try {
      if (!always && (await queue.getJobScheduler(schedulerId))) return;
      await queue.upsertJobScheduler(
        schedulerId,
        { every: everyMs },
        {
          name: job,
          data: {},
          opts: { removeOnComplete: { count: keep.completed }, removeOnFail: { count: keep.failed } },
        },
      );
      if (!always) this.logger.warn({ every: everyMs }, `${what} schedule was missing; re-created`);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, `could not check the ${what} schedule`);
    }
  }
}
