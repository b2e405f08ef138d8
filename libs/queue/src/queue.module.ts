import {
  DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import { AssayConfig } from '@assay/core';
import { ALL_QUEUES } from './queue.constants';
import { OutboxEntity } from './outbox.entity';
import { OutboxRelay } from './outbox-relay';
import { QueueRegistry } from './queue-registry';
import { checkEvictionPolicy, createRedis } from './redis-connection';

/** A general-purpose Redis client (health, counters, pub/sub publishers). */
export const REDIS = Symbol('REDIS');

function redisUrl(config: AssayConfig): string {
  if (!config.redis.url)
    throw new Error('REDIS_URL is not set (npm start starts a local redis-server when it is unset)');
  return config.redis.url;
}

@Global()
@Module({})
export class QueueModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Queue');

  constructor(@Inject(REDIS) private readonly redis: IORedis) {}

  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [AssayConfig],
          useFactory: (config: AssayConfig) => ({
            // Workers block on Redis; a bounded retry count would fail their blocking calls.
            connection: { url: redisUrl(config), maxRetriesPerRequest: null },
            prefix: config.redis.prefix,
          }),
        }),
        BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
        TypeOrmModule.forFeature([OutboxEntity]),
      ],
      providers: [
        QueueRegistry,
        OutboxRelay,
        {
          provide: REDIS,
          inject: [AssayConfig],
          useFactory: (config: AssayConfig) => createRedis(redisUrl(config), { maxRetriesPerRequest: 2 }),
        },
      ],
      exports: [QueueRegistry, OutboxRelay, REDIS, BullModule],
    };
  }

  async onModuleInit(): Promise<void> {
    const { ok, policy } = await checkEvictionPolicy(this.redis);
    if (!ok) {
      throw new Error(
        `Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction" or queued jobs can vanish. ` +
          'Set it with: redis-cli CONFIG SET maxmemory-policy noeviction (and in redis.conf).',
      );
    }
    if (policy === null)
      this.logger.warn('could not read Redis maxmemory-policy; make sure it is noeviction');
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
