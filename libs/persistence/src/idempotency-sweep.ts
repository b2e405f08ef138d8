import type { DataSource } from 'typeorm';

/**
 * Deletes expired idempotency keys, at most `batch` rows per statement, skipping rows a request holds, so
 * the sweep never waits on (or blocks) a request. Returns how many it deleted. Persistence owns the table;
 * the outbox retention job calls this on its schedule.
 */
export async function sweepExpiredIdempotencyKeys(dataSource: DataSource, batch: number): Promise<number> {
  const [, count] = (await dataSource.query(
    `DELETE FROM idempotency_keys WHERE ctid = ANY(ARRAY(
       SELECT ctid FROM idempotency_keys WHERE expires_at < now() LIMIT $1 FOR UPDATE SKIP LOCKED))`,
    [batch],
  )) as [unknown, number];
  return count;
}
