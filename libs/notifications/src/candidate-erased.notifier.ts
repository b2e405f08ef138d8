import { Injectable } from '@nestjs/common';
import { createWebhookDeliveries } from '@assay/organizations';
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
      return createWebhookDeliveries(m, {
        organizationId: event.organizationId,
        event: CANDIDATE_ERASED_EVENT,
        eventId: job.eventId,
        payload: body,
        endpointIds: endpoints.map((e) => e.id),
      });
    });
  }
}
