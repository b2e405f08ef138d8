import { Injectable } from '@nestjs/common';
import { newId } from '@assay/core';
import { TransactionRunner } from '@assay/persistence';
import type { CandidateErasedJob } from '@assay/queue';

export const CANDIDATE_ERASED_EVENT = 'candidate.erased';

interface ErasedEventPayload {
  organizationId?: string;
  erasureId?: string;
  invitationIds?: string[];
  attemptIds?: string[];
  reason?: string;
  erasedAt?: string;
}

/**
 * `candidate.erased` fans out to the organization's subscribed endpoints: one delivery row per endpoint,
 * idempotent per (endpoint, event). The body names ids only — there is no one left to name.
 * Returns the pending delivery ids for the caller to enqueue.
 */
@Injectable()
export class CandidateErasedNotifier {
  constructor(private readonly tx: TransactionRunner) {}

  async prepare(job: CandidateErasedJob): Promise<string[]> {
    return this.tx.run(async (m) => {
      const events: { payload: ErasedEventPayload; created_at: Date }[] = await m.query(
        `SELECT payload, created_at FROM outbox WHERE id = $1`,
        [job.eventId],
      );
      const event = events[0]?.payload;
      if (!event?.organizationId) return [];
      const endpoints: { id: string }[] = await m.query(
        `SELECT id FROM webhook_endpoints
          WHERE organization_id = $1 AND $2 = ANY(events) AND disabled_at IS NULL ORDER BY id`,
        [event.organizationId, CANDIDATE_ERASED_EVENT],
      );
      if (endpoints.length) {
        const body = {
          type: CANDIDATE_ERASED_EVENT,
          timestamp: event.erasedAt ?? events[0].created_at.toISOString(),
          data: {
            erasureId: event.erasureId,
            invitationIds: event.invitationIds ?? [],
            attemptIds: event.attemptIds ?? [],
            reason: event.reason ?? 'request',
          },
        };
        await m.query(
          `INSERT INTO webhook_deliveries (id, organization_id, webhook_endpoint_id, event, event_id, payload)
           SELECT d.id, $1, d.endpoint_id, $2, $3, $4::jsonb
             FROM unnest($5::uuid[], $6::uuid[]) AS d(id, endpoint_id)
           ON CONFLICT (webhook_endpoint_id, event_id) DO NOTHING`,
          [
            event.organizationId,
            CANDIDATE_ERASED_EVENT,
            job.eventId,
            JSON.stringify(body),
            endpoints.map(() => newId()),
            endpoints.map((e) => e.id),
          ],
        );
      }
      const pending: { id: string }[] = await m.query(
        `SELECT id FROM webhook_deliveries WHERE organization_id = $1 AND event_id = $2 AND status = 'pending'`,
        [event.organizationId, job.eventId],
      );
      return pending.map((p) => p.id);
    });
  }
}
