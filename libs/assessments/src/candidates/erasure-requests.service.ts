import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLogService } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { AssayConfig, Clock, conflict, gone, newId, notFound, randomToken } from '@assay/core';
import { requestMail } from '@assay/mail';
import { TransactionRunner, returnedRows } from '@assay/persistence';
import { hashToken, looksLikeToken } from '../invitation-token';
import { OrganizationsProblem } from '@assay/organizations';
import { AssessmentsProblem } from '../assessments.problems';

/** How long a confirmed request waits for the organization (a legal hold) before it is carried out. */
export const ERASURE_WAITING_DAYS = 30;
/** A candidate asking again within this long gets no second email (the first link still works). */
const RESEND_AFTER_MS = 3600_000;
/** An unconfirmed request's emailed link works this long (an old inbox should not erase anyone). */
export const ERASURE_LINK_DAYS = 7;
const DAY_MS = 24 * 3600_000;

interface RequestRow {
  id: string;
  email: string;
  invitation_id: string;
  requested_at: Date;
  confirmed_at: Date | null;
  due_at: Date | null;
  legal_hold_at: Date | null;
  legal_hold_reason: string | null;
  completed_at: Date | null;
}

function view(r: RequestRow) {
  return {
    id: r.id,
    email: r.email,
    invitationId: r.invitation_id,
    requestedAt: r.requested_at.toISOString(),
    confirmedAt: r.confirmed_at?.toISOString() ?? null,
    dueAt: r.due_at?.toISOString() ?? null,
    legalHold: r.legal_hold_at ? { at: r.legal_hold_at.toISOString(), reason: r.legal_hold_reason } : null,
    completedAt: r.completed_at?.toISOString() ?? null,
    status: r.completed_at
      ? 'completed'
      : r.legal_hold_at
        ? 'on_hold'
        : r.confirmed_at
          ? 'scheduled'
          : 'awaiting_confirmation',
  };
}

/**
 * A candidate's own erasure request, from the link's intro page: a confirmation email to the invitation's
 * address (so a forwarded link cannot erase someone), then the organization is told and the privacy job
 * erases after the waiting period unless the organization records a legal hold (docs/decisions/0802).
 */
@Injectable()
export class ErasureRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLogService,
    private readonly config: AssayConfig,
    private readonly clock: Clock,
  ) {}

  async request(token: string, ip: string | null) {
    if (!looksLikeToken(token)) throw notFound('invitation');
    return this.tx.run(async (m) => {
      const rows: {
        id: string;
        organization_id: string;
        email: string;
        revoked_at: Date | null;
        organization_name: string;
      }[] = await m.query(
        `SELECT i.id, i.organization_id, i.email, i.revoked_at, o.name AS organization_name
           FROM candidate_invitations i JOIN organizations o ON o.id = i.organization_id
          WHERE i.token_hash = $1 FOR UPDATE OF i`,
        [hashToken(token)],
      );
      const inv = rows[0];
      if (!inv) throw notFound('invitation');
      if (inv.revoked_at)
        throw gone(OrganizationsProblem.InvitationRevoked, 'This invitation has been withdrawn.');
      const now = this.clock.now();
      const recent: unknown[] = await m.query(
        `SELECT 1 FROM erasure_requests
          WHERE invitation_id = $1 AND completed_at IS NULL AND requested_at > $2`,
        [inv.id, new Date(now.getTime() - RESEND_AFTER_MS)],
      );
      if (recent.length) return { status: 'confirmation_sent' };
      const confirmToken = randomToken(32);
      const id = newId();
      await m.query(
        `INSERT INTO erasure_requests (id, organization_id, email, invitation_id, confirm_token_hash, requested_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, inv.organization_id, inv.email, inv.id, hashToken(confirmToken), now],
      );
      await requestMail(m, {
        template: 'erasure-confirmation',
        to: inv.email,
        aggregateId: inv.id,
        params: {
          organizationName: inv.organization_name,
          url: `${this.config.appUrl}/erasure/confirm?token=${confirmToken}`,
          waitingDays: String(ERASURE_WAITING_DAYS),
        },
      });
      await this.audit.record(
        m,
        inv.organization_id,
        { type: 'candidate', id: null, ip },
        'candidate.erasure_requested',
        { type: 'erasure_request', id },
        { invitationId: inv.id },
      );
      return { status: 'confirmation_sent' };
    });
  }

  async confirm(token: string, ip: string | null) {
    return this.tx.run(async (m) => {
      const rows: (RequestRow & { organization_id: string })[] = await m.query(
        `SELECT * FROM erasure_requests WHERE confirm_token_hash = $1 FOR UPDATE`,
        [hashToken(token)],
      );
      const request = rows[0];
      if (!request) throw notFound('erasure request');
      // A used link shows where the request stands, and says it was used (nothing happens twice).
      if (request.confirmed_at) {
        return {
          status: view(request).status,
          dueAt: request.due_at?.toISOString() ?? null,
          alreadyConfirmed: true,
        };
      }
      const now = this.clock.now();
      if (now.getTime() - request.requested_at.getTime() > ERASURE_LINK_DAYS * DAY_MS) {
        throw gone(
          AssessmentsProblem.ErasureLinkExpired,
          'This confirmation link has expired. Ask again from the invitation link.',
        );
      }
      const dueAt = new Date(now.getTime() + ERASURE_WAITING_DAYS * DAY_MS);
      await m.query(
        `UPDATE erasure_requests SET confirmed_at = $2, due_at = $3, updated_at = now() WHERE id = $1`,
        [request.id, now, dueAt],
      );
      const admins: { email: string }[] = await m.query(
        `SELECT u.email FROM memberships ms JOIN users u ON u.id = ms.user_id
          WHERE ms.organization_id = $1 AND ms.role IN ('owner', 'admin') ORDER BY u.email`,
        [request.organization_id],
      );
      for (const admin of admins) {
        await requestMail(m, {
          template: 'erasure-requested',
          to: admin.email,
          aggregateId: request.id,
          params: {
            requestId: request.id,
            dueAt: dueAt.toISOString(),
            url: `${this.config.appUrl}/app/erasure-requests`,
          },
        });
      }
      await this.audit.record(
        m,
        request.organization_id,
        { type: 'candidate', id: null, ip },
        'candidate.erasure_confirmed',
        { type: 'erasure_request', id: request.id },
        { dueAt: dueAt.toISOString() },
      );
      return { status: 'scheduled', dueAt: dueAt.toISOString(), alreadyConfirmed: false };
    });
  }

  async list(organizationId: string) {
    const rows: RequestRow[] = await this.db.query(
      `SELECT id, email, invitation_id, requested_at, confirmed_at, due_at, legal_hold_at, legal_hold_reason,
              completed_at
         FROM erasure_requests WHERE organization_id = $1 ORDER BY id DESC LIMIT 500`,
      [organizationId],
    );
    return { items: rows.map(view) };
  }

  /** Records (reason given) or releases (reason null) a legal hold; 409 once the erasure has happened. */
  async setLegalHold(organizationId: string, id: string, reason: string | null, actor: AuditActor) {
    return this.tx.run(async (m) => {
      const rows: RequestRow[] = await m.query(
        `SELECT * FROM erasure_requests WHERE id = $1 AND organization_id = $2 FOR UPDATE`,
        [id, organizationId],
      );
      if (!rows[0]) throw notFound('erasure request');
      if (rows[0].completed_at)
        throw conflict(AssessmentsProblem.ErasureCompleted, 'The erasure has already been carried out.');
      const updated = returnedRows<RequestRow>(
        await m.query(
          `UPDATE erasure_requests
              SET legal_hold_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END,
                  legal_hold_reason = $3, updated_at = now()
            WHERE id = $1 AND organization_id = $2
            RETURNING id, email, invitation_id, requested_at, confirmed_at, due_at, legal_hold_at,
                      legal_hold_reason, completed_at`,
          [id, organizationId, reason],
        ),
      );
      await this.audit.record(
        m,
        organizationId,
        actor,
        reason === null ? 'candidate.legal_hold_released' : 'candidate.legal_hold_recorded',
        { type: 'erasure_request', id },
        reason === null ? {} : { reason },
      );
      return view(updated[0]);
    });
  }
}
