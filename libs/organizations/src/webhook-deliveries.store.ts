import type { EntityManager } from 'typeorm';
import { newId } from '@assay/core';
import { returnedRows } from '@assay/persistence';

/** A transaction's manager, or the data source for a single statement. */
type Queryable = Pick<EntityManager, 'query'>;

/**
 * Writes to `webhook_endpoints` and `webhook_deliveries` made on behalf of the notifications worker. These
 * tables are this lib's (decision 0201); other libs call these functions and never name the tables in
 * SQL that writes (docs/decisions/1600; test: libs/persistence/src/table-ownership.spec.ts).
 */

/**
 * One pending delivery of an event per endpoint, idempotent per (endpoint, event id): a job that runs twice
 * adds nothing. Returns the ids of the event's deliveries still pending (including an earlier run's).
 */
export async function createWebhookDeliveries(
  m: Queryable,
  delivery: {
    organizationId: string;
    event: string;
    eventId: string;
    payload: unknown;
    endpointIds: string[];
  },
): Promise<string[]> {
  if (delivery.endpointIds.length) {
    await m.query(
      `INSERT INTO webhook_deliveries (id, organization_id, webhook_endpoint_id, event, event_id, payload)
       SELECT d.id, $1, d.endpoint_id, $2, $3, $4::jsonb
         FROM unnest($5::uuid[], $6::uuid[]) AS d(id, endpoint_id)
       ON CONFLICT (webhook_endpoint_id, event_id) DO NOTHING`,
      [
        delivery.organizationId,
        delivery.event,
        delivery.eventId,
        JSON.stringify(delivery.payload),
        delivery.endpointIds.map(() => newId()),
        delivery.endpointIds,
      ],
    );
  }
  const pending: { id: string }[] = await m.query(
    `SELECT id FROM webhook_deliveries WHERE organization_id = $1 AND event_id = $2 AND status = 'pending'`,
    [delivery.organizationId, delivery.eventId],
  );
  return pending.map((p) => p.id);
}

/** One delivery try, recorded on the delivery: its outcome, the response status, the error and the log. */
export async function recordWebhookAttempt(
  m: Queryable,
  attempt: {
    deliveryId: string;
    organizationId: string;
    status: 'pending' | 'succeeded' | 'failed';
    responseStatus: number | null;
    error: string | null;
    attemptLog: unknown;
  },
): Promise<void> {
  await m.query(
    `UPDATE webhook_deliveries
        SET attempts = attempts + 1, status = $3, response_status = $4, last_error = $5, attempt_log = $6::jsonb,
            delivered_at = CASE WHEN $3 = 'succeeded' THEN now() ELSE delivered_at END, updated_at = now()
      WHERE id = $1 AND organization_id = $2`,
    [
      attempt.deliveryId,
      attempt.organizationId,
      attempt.status,
      attempt.responseStatus,
      attempt.error,
      JSON.stringify(attempt.attemptLog),
    ],
  );
}

/** A delivery succeeded: the endpoint's failing streak ends. */
export async function clearWebhookEndpointFailing(
  m: Queryable,
  organizationId: string,
  endpointId: string,
): Promise<void> {
  await m.query(
    `UPDATE webhook_endpoints SET failing_since = NULL
      WHERE id = $1 AND organization_id = $2 AND failing_since IS NOT NULL`,
    [endpointId, organizationId],
  );
}

/** A delivery failed: the endpoint is failing since its first failure after a success. Returns that time. */
export async function markWebhookEndpointFailing(
  m: Queryable,
  organizationId: string,
  endpointId: string,
): Promise<Date | null> {
  const rows = returnedRows<{ failing_since: Date }>(
    await m.query(
      `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, now())
        WHERE id = $1 AND organization_id = $2
        RETURNING failing_since`,
      [endpointId, organizationId],
    ),
  );
  return rows[0]?.failing_since ?? null;
}

/** The endpoint has failed for too long: no more deliveries until a member re-enables it. */
export async function disableWebhookEndpoint(
  m: Queryable,
  organizationId: string,
  endpointId: string,
): Promise<void> {
  await m.query(
    `UPDATE webhook_endpoints SET disabled_at = now()
      WHERE id = $1 AND organization_id = $2 AND disabled_at IS NULL`,
    [endpointId, organizationId],
  );
}
