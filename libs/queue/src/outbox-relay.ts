import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OUTBOX_ROUTES, OutboxRow } from './outbox-routes';
import { QueueRegistry } from './queue-registry';

interface PendingRow {
  id: string;
  type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Moves committed outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of
 * relays run side by side without taking the same row; job ids are deterministic, so a row relayed twice
 * (Redis accepted the job, then the commit failed) still makes one job.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  private tick: (() => Promise<void>) | null = null;
  private woken = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
  ) {}

  /** Relays one batch; returns how many rows it published. */
  async relayOnce(limit = 200): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, type, aggregate_id, payload, created_at FROM outbox
          WHERE sent_at IS NULL
          ORDER BY created_at, id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (!rows.length) return 0;
      const sent: string[] = [];
      const failed: { id: string; error: string }[] = [];
      for (const raw of rows) {
        const row: OutboxRow = {
          id: raw.id,
          type: raw.type,
          aggregateId: raw.aggregate_id,
          payload: raw.payload ?? {},
          createdAt: new Date(raw.created_at),
        };
        const route = OUTBOX_ROUTES[row.type];
        if (!route) {
          failed.push({ id: row.id, error: `no route for event type ${row.type}` });
          continue;
        }
        try {
          await this.queues.get(route.queue).add(route.job, route.data(row), {
            ...route.options,
            ...route.extraOptions?.(row, new Date()),
            jobId: route.jobId(row),
          });
          sent.push(row.id);
        } catch (error) {
          failed.push({ id: row.id, error: (error as Error).message });
        }
      }
      if (sent.length) {
        await manager.query(
          `UPDATE outbox SET sent_at = now(), relay_attempts = relay_attempts + 1 WHERE id = ANY($1)`,
          [sent],
        );
      }
      for (const f of failed) {
        await manager.query(
          `UPDATE outbox SET relay_attempts = relay_attempts + 1, last_error = $2 WHERE id = $1`,
          [f.id, f.error.slice(0, 500)],
        );
      }
      if (failed.length) this.logger.warn({ failed: failed.length }, 'outbox rows not relayed; will retry');
      return sent.length;
    });
  }

  /** Polls until stopped; drains quickly while there is a backlog. */
  start(intervalMs: number): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      let published = 0;
      try {
        this.running = this.relayOnce();
        published = (await this.running) as number;
      } catch (error) {
        this.logger.warn({ err: error }, 'outbox relay pass failed; retrying');
      } finally {
        this.running = null;
      }
      const again = published > 0 || this.woken;
      this.woken = false;
      if (!this.stopped) this.timer = setTimeout(tick, again ? 0 : intervalMs);
    };
    this.tick = tick;
    this.timer = setTimeout(tick, 0);
  }

  /**
   * A pass now rather than at the next poll (rows just committed: the outbox trigger's notification).
   * Passes never overlap: during one, another follows at once. Does nothing unless started.
   */
  wake(): void {
    if (this.stopped || !this.tick) return;
    if (this.running) {
      this.woken = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(this.tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
