import { Module } from '@nestjs/common';
import { OutboxRetention, OutboxRetentionProcessor, OutboxRetentionSchedule } from './outbox-retention';
import { OutboxWakeup } from './outbox-wakeup';
import { RedisLossWatch } from './redis-loss-watch';

/**
 * The worker side of the outbox, beside its table, routes and relay (QueueModule): the LISTEN wake-up,
 * the retention job and its schedule, and the Redis-loss watch that other modules subscribe to.
 * See docs/decisions/0003-transactional-outbox.md.
 */
@Module({
  providers: [
    OutboxWakeup,
    OutboxRetention,
    OutboxRetentionProcessor,
    OutboxRetentionSchedule,
    RedisLossWatch,
  ],
  exports: [OutboxRetention, OutboxRetentionSchedule, RedisLossWatch],
})
export class OutboxWorkerModule {}
