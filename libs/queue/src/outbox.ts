import type { EntityManager } from 'typeorm';
import { newId } from '@assay/core';

export interface OutboxEvent {
  type: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/** Appends events inside the caller's transaction; the queue lib's relay publishes them. */
export async function appendToOutbox(manager: EntityManager, ...events: OutboxEvent[]): Promise<void> {
  if (!events.length) return;
  await manager.query(
    `INSERT INTO outbox (id, type, aggregate_id, payload)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])`,
    [
      events.map(() => newId()),
      events.map((e) => e.type),
      events.map((e) => e.aggregateId),
      events.map((e) => JSON.stringify(e.payload ?? {})),
    ],
  );
}

/**
 * Removes an organization's events, relayed or not, inside the caller's transaction (the organization's
 * deletion): events that name it carry `organizationId` in their payload.
 */
export async function deleteOrganizationOutboxEvents(
  manager: EntityManager,
  organizationId: string,
): Promise<void> {
  await manager.query(`DELETE FROM outbox WHERE payload->>'organizationId' = $1`, [organizationId]);
}
