import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AssayConfig } from '@assay/core';
import { sweepExpiredIdempotencyKeys } from '@assay/persistence';
import { JOBS, QUEUES } from './queue.constants';
import { QueueRegistry } from './queue-registry';
import { JobScheduleKeeper } from './job-schedule-keeper';

export const OUTBOX_RETENTION_SCHEDULER_ID = 'outbox-retention';
/** How often the sweep runs; each run deletes everything past retention, batch by batch. */
export const OUTBOX_RETENTION_EVERY_MS = 10 * 60_000;
/** Rows per DELETE: short statements, so the sweep never holds many row locks or a long transaction. */
export const OUTBOX_RETENTION_BATCH = 5_000;

/**
 * Deletes relayed outbox rows older than OUTBOX_RETENTION_HOURS (default 7 days) and expired idempotency
 * keys. Each batch is its own statement over rows picked with FOR UPDATE SKIP LOCKED through the
 * `outbox_sent_idx` partial index: the relay (which locks unsent rows only) and writers never wait on it.
 */
@Injectable()
export class OutboxRetention {
  private readonly logger = new Logger('OutboxRetention');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AssayConfig,
  ) {}

  async deleteRelayedBatch(batch = OUTBOX_RETENTION_BATCH): Promise<number> {
    const [, count] = (await this.db.query(
      `DELETE FROM outbox WHERE id = ANY(ARRAY(
         SELECT id FROM outbox
          WHERE sent_at IS NOT NULL AND sent_at < now() - make_interval(hours => $1)
          ORDER BY sent_at LIMIT $2 FOR UPDATE SKIP LOCKED))`,
      [this.config.worker.outboxRetentionHours, batch],
    )) as [unknown, number];
    return count;
  }

  /** One sweep: batches until a batch comes back short. Returns what it deleted. */
  async sweep(batch = OUTBOX_RETENTION_BATCH): Promise<{ outbox: number; idempotencyKeys: number }> {
    let outbox = 0;
    for (let n = batch; n === batch; outbox += n) n = await this.deleteRelayedBatch(batch);
    let idempotencyKeys = 0;
    for (let n = batch; n === batch; idempotencyKeys += n)
      n = await sweepExpiredIdempotencyKeys(this.db, batch);
    if (outbox || idempotencyKeys) this.logger.log({ outbox, idempotencyKeys }, 'outbox retention sweep');
    return { outbox, idempotencyKeys };
  }
}

/** The `outbox` queue: its scheduled retention job. */
@Processor(QUEUES.OUTBOX)
export class OutboxRetentionProcessor extends WorkerHost {
  constructor(private readonly retention: OutboxRetention) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === JOBS.OUTBOX_RETENTION) return this.retention.sweep();
    throw new UnrecoverableError(`unknown outbox job ${job.name}`);
  }
}

/** Keeps the retention job's scheduler (one id, so one schedule however many workers). */
@Injectable()
export class OutboxRetentionSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly keeper: JobScheduleKeeper;

  constructor(queues: QueueRegistry) {
    this.keeper = new JobScheduleKeeper(
      queues,
      {
        queue: QUEUES.OUTBOX,
        schedulerId: OUTBOX_RETENTION_SCHEDULER_ID,
        job: JOBS.OUTBOX_RETENTION,
        everyMs: OUTBOX_RETENTION_EVERY_MS,
        keep: { completed: 20, failed: 50 },
        // Re-created after a Redis loss by RedisLossWatch's recovery, not by polling.
        checkEveryMs: 0,
        what: 'outbox retention',
      },
      new Logger('OutboxRetentionSchedule'),
    );
  }

  onApplicationBootstrap(): void {
    this.keeper.start();
  }

  onApplicationShutdown(): void {
    this.keeper.stop();
  }

  ensureNow(): Promise<void> {
    return this.keeper.ensureNow();
  }
}
