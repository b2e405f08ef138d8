import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxRetentionSchedule, RedisLossWatch } from '@assay/queue';
import { GradingReconciler } from './grading-reconciler';
import { ReconcilerSchedule } from './maintenance.processor';

/** Passes of the immediate recovery: each re-enqueues up to the reconciler's batch of submitted attempts. */
const MAX_PASSES = 20;

/**
 * When Redis lost its data, re-enqueue every submitted attempt now (not after RECONCILE_AFTER_SECONDS)
 * and put the schedules back. Measured by test/faults/redis-outage.e2e-spec.ts (docs/decisions/1001).
 */
@Injectable()
export class RedisLossRecovery implements OnModuleInit {
  constructor(
    private readonly watch: RedisLossWatch,
    private readonly reconciler: GradingReconciler,
    private readonly reconcilerSchedule: ReconcilerSchedule,
    private readonly retentionSchedule: OutboxRetentionSchedule,
  ) {}

  onModuleInit(): void {
    this.watch.onLoss(() => this.recover());
  }

  async recover(): Promise<number> {
    let requeued = 0;
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      const outcome = await this.reconciler.reconcileOnce(0);
      requeued += outcome.requeued;
      if (outcome.requeued === 0 && outcome.submitted === 0) break;
    }
    await this.reconcilerSchedule.ensureNow();
    await this.retentionSchedule.ensure();
    return requeued;
  }
}
