import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { AssayConfig } from '@assay/core';
import { OutboxRelay } from './outbox-relay';

/** The channel the outbox trigger notifies (migration 1764202000000). */
export const OUTBOX_CHANNEL = 'assay_outbox';

const RECONNECT_MS = 5_000;

/**
 * Wakes this process's outbox relay as soon as outbox rows commit: otherwise it finds them at its next poll
 * (OUTBOX_POLL_INTERVAL_MS, 500 ms by default), which was most of an idle pipeline's submit → graded time.
 * One LISTEN connection per worker. Polling stays as the fallback, so a lost connection or a missed
 * notification only costs latency. See docs/decisions/0501-grading-worker.md.
 */
@Injectable()
export class OutboxWakeup implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxWakeup');
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly config: AssayConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.stopped || !this.config.database.url) return;
    const client = new Client({
      connectionString: this.config.database.url,
      application_name: 'assay-outbox-wakeup',
    });
    client.on('notification', () => this.relay.wake());
    client.on('error', (error) => this.reconnect(client, error));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.reconnect(client, error as Error);
    }
  }

  private reconnect(client: Client, error?: Error): void {
    if (this.client === client) this.client = null;
    void client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    if (error)
      this.logger.warn({ err: error.message }, 'outbox wake-up connection lost; the relay polls meanwhile');
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.listen();
    }, RECONNECT_MS);
    this.retry.unref();
  }
}
