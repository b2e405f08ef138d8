import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLogService } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { newId } from '@assay/core';
import { cancelMailAbout } from '@assay/mail';
import { eraseCandidateFromDeliveries } from '@assay/organizations';
import { forgetIdempotentResponsesMentioning } from '@assay/persistence';
import { EVENTS, appendToOutbox } from '@assay/queue';
import { AttemptsRepository } from '../attempts/attempts.repository';

export const ERASED_NAME = 'Erased candidate';
/** Answer fields that hold what the candidate wrote (free text, code, SQL); choices and numbers stay. */
const FREE_TEXT_FIELDS = ['text', 'code', 'query'];
const FREE_TEXT_TYPES = ['short_text', 'essay', 'code', 'sql'];

export type ErasureReason = 'request' | 'candidate_request' | 'retention' | 'organization_deletion';

export interface ErasureOutcome {
  erasureId: string;
  invitations: number;
  attempts: number;
}

/** The address an erased invitation gets: unique per invitation, never deliverable (RFC 2606 `.invalid`). */
export function erasedEmail(invitationId: string): string {
  return `erased-${invitationId}@erased.invalid`;
}

/**
 * Erases candidates' personal data in the caller's transaction (docs/decisions/0801): name and address
 * replaced, what they wrote removed, proctoring events deleted, unsent emails to or about them cancelled,
 * stored webhook bodies and idempotent responses scrubbed. Scores, verdicts and choice/numeric responses
 * stay, attached to an anonymous invitation, so statistics keep their counts.
 */
@Injectable()
export class CandidateEraser {
  constructor(
    private readonly audit: AuditLogService,
    private readonly attempts: AttemptsRepository,
  ) {}

  /** Every invitation of `email` in the organization. */
  async eraseByEmail(
    m: EntityManager,
    organizationId: string,
    email: string,
    actor: AuditActor,
    reason: ErasureReason,
  ): Promise<ErasureOutcome> {
    const address = email.trim().toLowerCase();
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM candidate_invitations
        WHERE organization_id = $1 AND email = $2 AND erased_at IS NULL
        ORDER BY id FOR UPDATE`,
      [organizationId, address],
    );
    const outcome = await this.eraseInvitations(
      m,
      organizationId,
      rows.map((r) => r.id),
      actor,
      reason,
    );
    // After the rows: the address is gone from them, so only stored responses can still mention it.
    await forgetIdempotentResponsesMentioning(m, organizationId, address);
    await m.query(
      `UPDATE erasure_requests SET email = $3, updated_at = now(),
              completed_at = COALESCE(completed_at, now())
        WHERE organization_id = $1 AND email = $2`,
      [organizationId, address, erasedEmail(outcome.erasureId)],
    );
    return outcome;
  }

  /** These invitations (already locked or about to be), e.g. the retention job's expired batch. */
  async eraseInvitations(
    m: EntityManager,
    organizationId: string,
    invitationIds: string[],
    actor: AuditActor,
    reason: ErasureReason,
  ): Promise<ErasureOutcome> {
    const erasureId = newId();
    if (!invitationIds.length) return { erasureId, invitations: 0, attempts: 0 };
    const invitations: { id: string; email: string }[] = await m.query(
      `SELECT id, email FROM candidate_invitations
        WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND erased_at IS NULL
        ORDER BY id FOR UPDATE`,
      [organizationId, invitationIds],
    );
    const ids = invitations.map((i) => i.id);
    if (!ids.length) return { erasureId, invitations: 0, attempts: 0 };
    const attempts: { id: string }[] = await m.query(
      `SELECT id FROM attempts WHERE organization_id = $1 AND invitation_id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
    const attemptIds = attempts.map((a) => a.id);

    await m.query(
      `UPDATE candidate_invitations
          SET email = 'erased-' || id || '@erased.invalid', full_name = $3, erased_at = now(),
              revoked_at = COALESCE(revoked_at, now()), updated_at = now()
        WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, ids, ERASED_NAME],
    );
    if (attemptIds.length) {
      await m.query(
        `UPDATE answers SET response = (response - $3::text[]) || '{"erased": true}'::jsonb, updated_at = now()
          WHERE organization_id = $1 AND attempt_id = ANY($2::uuid[]) AND response ?| $3::text[]`,
        [organizationId, attemptIds, FREE_TEXT_FIELDS],
      );
      // Graders' details of written answers echo them (test outputs, rows); reviewers' comments name them.
      await this.attempts.eraseGradeDetails(m, organizationId, attemptIds, FREE_TEXT_TYPES);
      await m.query(
        `DELETE FROM proctoring_events WHERE organization_id = $1 AND attempt_id = ANY($2::uuid[])`,
        [organizationId, attemptIds],
      );
    }
    // Emails not yet sent to or about them are cancelled (the mail worker finds no request and sends nothing).
    await cancelMailAbout(m, [...ids, ...attemptIds]);
    await eraseCandidateFromDeliveries(m, organizationId, ids);

    await this.audit.record(
      m,
      organizationId,
      actor,
      'candidate.erased',
      { type: 'erasure', id: erasureId },
      { reason, invitationIds: ids, attemptIds },
    );
    await appendToOutbox(m, {
      type: EVENTS.CANDIDATE_ERASED,
      aggregateId: erasureId,
      payload: {
        organizationId,
        erasureId,
        invitationIds: ids,
        attemptIds,
        reason,
        erasedAt: new Date().toISOString(),
      },
    });
    return { erasureId, invitations: ids.length, attempts: attemptIds.length };
  }
}
