import { Injectable } from '@nestjs/common';
import { createWebhookDeliveries } from '@assay/organizations';
import { TransactionRunner } from '@assay/persistence';
import type { CandidateErasedJob } from '@assay/queue';

export const CANDIDATE_ERASED_EVENT = 'candidate.erased';

/**
 * `candidate.erased` fans out to the organization's subscribed endpoints: one delivery row per endpoint,
 * idempotent per (endpoint, event). The body names ids only — there is no one left to name.
 * Everything comes from the job (the outbox is the relay's alone). Returns the pending delivery ids.
 */
@Injectable()
export class CandidateErasedNotifier {
  constructor(private readonly tx: TransactionRunner) {}

  async prepare(job: CandidateErasedJob): Promise<string[]> {
    return this.tx.run(async (m) => {
      if (!job.organizationId) return [];
      const endpoints: { id: string }[] = await m.query(
        `SELECT id FROM webhook_endpoints
          WHERE organization_id = $1 AND $2 = ANY(events) AND disabled_at IS NULL ORDER BY id`,
        [job.organizationId, CANDIDATE_ERASED_EVENT],
      );
      const body = {
        type: CANDIDATE_ERASED_EVENT,
        timestamp: job.erasedAt,
        data: {
          erasureId: job.erasureId,
          invitationIds: job.invitationIds,
          attemptIds: job.attemptIds,
          reason: job.reason,
        },
      };
      return createWebhookDeliveries(m, {
        organizationId: job.organizationId,
        event: CANDIDATE_ERASED_EVENT,
        eventId: job.eventId,
        payload: body,
        endpointIds: endpoints.map((e) => e.id),
      });
    });
  }
}
