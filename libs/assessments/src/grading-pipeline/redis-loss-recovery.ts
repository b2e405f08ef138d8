import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxRetentionSchedule, RedisLossWatch } from '@assay/queue';
import { GradingReconciler } from './grading-reconciler';
import { ReconcilerSchedule } from './maintenance.processor';

const BATCH = 500;

/**
 * When Redis lost its data, re-enqueue every submitted attempt now (not after RECONCILE_AFTER_SECONDS)
 * and put the schedules back. Measured by test/faults/redis-outage.e2e-spec.ts (docs/decisions/1001).
 */
@Injectable()
export class RedisLossRecovery implements OnModuleInit {
  private readonly logger = new Logger('RedisLossRecovery');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly watch: RedisLossWatch,
    private readonly reconciler: GradingReconciler,
    private readonly reconcilerSchedule: ReconcilerSchedule,
    private readonly retentionSchedule: OutboxRetentionSchedule,
  ) {}

  onModuleInit(): void {
    this.watch.onLoss(() => this.recover());
  }

  async recover(): Promise<number> {
    // Missed deadlines are submitted (and the oldest submitted attempts re-enqueued) by one reconciler pass.
    let { requeued } = await this.reconciler.reconcileOnce(0);
    // Then every other submitted attempt, by id, whatever the backlog: ensureQueued leaves live jobs alone.
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows: { id: string }[] = await this.db.query(
        `SELECT id FROM attempts WHERE status = 'submitted' AND id > $1 ORDER BY id LIMIT $2`,
        [after, BATCH],
      );
      for (const { id } of rows) if (await this.reconciler.ensureQueued(id)) requeued += 1;
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].id;
    }
    await this.reconcilerSchedule.ensureNow();
    await this.retentionSchedule.ensureNow();
    if (requeued) this.logger.warn({ requeued }, 'attempts re-enqueued after Redis lost its data');
    return requeued;
  }
}
