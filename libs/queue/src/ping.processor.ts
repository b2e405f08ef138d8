import { Inject } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type IORedis from 'ioredis';
import { AssayConfig } from '@assay/core';
import { QUEUES } from './queue.constants';
import type { PingJob } from './payloads';
import { REDIS } from './queue.module';

/** The smallest real job: proves outbox → relay → queue → worker end to end (used by health tooling and tests). */
@Processor(QUEUES.SYSTEM)
export class PingProcessor extends WorkerHost {
  constructor(
    @Inject(REDIS) private readonly redis: IORedis,
    private readonly config: AssayConfig,
  ) {
    super();
  }

  async process(job: Job<PingJob>): Promise<number> {
    return this.redis.incr(pingCounterKey(this.config.redis.prefix, job.data.pingId));
  }
}

export function pingCounterKey(prefix: string, pingId: string): string {
  return `${prefix}:ping:${pingId}`;
}
