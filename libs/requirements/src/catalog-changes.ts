import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type IORedis from 'ioredis';
import { AssayConfig } from '@assay/core';
import { REDIS } from '@assay/queue';

/**
 * Tells every process that the catalog (skills, roles, questions) changed, so in-process caches drop what
 * they hold. Local listeners run at once; other processes hear it through Redis pub/sub on a channel under
 * the run's key prefix. A subscriber that reconnects also clears, since it may have missed a message.
 */
@Injectable()
export class CatalogChanges implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CatalogChanges.name);
  private readonly listeners = new Set<() => void>();
  private subscriber: IORedis | null = null;
  readonly channel: string;

  constructor(
    @Inject(REDIS) private readonly redis: IORedis,
    config: AssayConfig,
  ) {
    this.channel = `${config.redis.prefix}:catalog:changed`;
  }

  async onModuleInit(): Promise<void> {
    const subscriber = this.redis.duplicate();
    this.subscriber = subscriber;
    subscriber.on('error', (error: Error) =>
      this.logger.warn({ err: error.message }, 'catalog subscriber error'),
    );
    subscriber.on('message', (channel: string) => {
      if (channel === this.channel) this.notifyLocal();
    });
    subscriber.on('ready', () => this.notifyLocal());
    try {
      await subscriber.subscribe(this.channel);
    } catch (error) {
      // Caches still expire on their own; the subscription is retried on reconnect.
      this.logger.warn({ err: (error as Error).message }, 'could not subscribe to catalog changes');
    }
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
    this.subscriber = null;
  }

  /** Registers a listener (e.g. a cache's clear); returns its removal. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Announces a committed change to this process and, through Redis, to every other one. */
  async announce(): Promise<void> {
    this.notifyLocal();
    try {
      await this.redis.publish(this.channel, String(Date.now()));
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'could not announce a catalog change');
    }
  }

  private notifyLocal(): void {
    for (const listener of this.listeners) listener();
  }
}
