import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type IORedis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { AssayConfig } from '@assay/core';
import { REDIS } from './queue.module';

/** How often each worker looks for its marker; detection is at most this late (plus Redis's own return). */
export const REDIS_LOSS_CHECK_MS = 1_000;

export type RedisLossListener = () => Promise<unknown>;

/**
 * Notices that Redis lost its data (FLUSHALL, a restart without persistence, a failover to an empty
 * replica) and tells the listeners at once, instead of waiting for the reconciler's threshold.
 * A marker key is written once; each check does `SET marker NX`: on a Redis that still has its data the
 * key exists and nothing happens; on one that lost it, exactly one worker's SET succeeds (the others see
 * the key it wrote) and that worker runs the recovery. The first check of a process only (re)writes the
 * marker and recovers too, which on a healthy Redis is a no-op pass. Errors (Redis away) are ignored: the
 * next check after Redis is back decides.
 */
@Injectable()
export class RedisLossWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RedisLossWatch');
  private readonly listeners: RedisLossListener[] = [];
  private timer: NodeJS.Timeout | null = null;
  private checking = false;
  private stopped = false;
  private readonly key: string;

  constructor(
    @Inject(REDIS) private readonly redis: IORedis,
    config: AssayConfig,
  ) {
    this.key = `${config.redis.prefix}:redis-data-marker`;
  }

  /** Runs `listener` each time a loss is detected (by this process). */
  onLoss(listener: RedisLossListener): void {
    this.listeners.push(listener);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), REDIS_LOSS_CHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** One check; true when this process found the marker missing and ran the listeners. */
  async check(): Promise<boolean> {
    if (this.checking || this.stopped) return false;
    this.checking = true;
    try {
      const created = await this.redis.set(this.key, randomUUID(), 'NX');
      if (created !== 'OK') return false;
      // Info, not a warning: every first start lands here. The recovery warns when it re-enqueued anything.
      this.logger.log(
        'Redis has no data marker (flushed, restarted empty, or first start): re-enqueueing now',
      );
      for (const listener of this.listeners) {
        await listener().catch((error: unknown) =>
          this.logger.error(
            { err: (error as Error).message },
            'recovery after Redis loss failed; the reconciler will retry',
          ),
        );
      }
      return true;
    } catch {
      return false;
    } finally {
      this.checking = false;
    }
  }
}
