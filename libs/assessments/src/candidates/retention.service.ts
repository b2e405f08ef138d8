import { Injectable, Logger } from '@nestjs/common';
import { AuditLogService, SYSTEM_ACTOR } from '@assay/audit';
import { Clock } from '@assay/core';
import { lockOrganizationsDueForDeletion, purgeOrganizationRows } from '@assay/organizations';
import { TransactionRunner } from '@assay/persistence';
import { CandidateEraser } from './candidate-eraser';

export const RETENTION_BATCH_SIZE = 200;
/** Batches per run: a backlog (a lowered setting) is worked off over several runs, never in one long one. */
export const RETENTION_MAX_BATCHES = 50;

export interface RetentionReport {
  expiredInvitations: number;
  erasureRequests: number;
  batches: number;
  organizationsDeleted: number;
}

/**
 * The privacy job's work: candidates whose last activity is older than their organization's retention
 * setting are erased in batches (one transaction each, rows locked with SKIP LOCKED so two workers share
 * the work), and confirmed erasure requests whose waiting period is over and that carry no legal hold are
 * carried out.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly eraser: CandidateEraser,
    private readonly clock: Clock,
    private readonly audit: AuditLogService,
  ) {}

  async runOnce(batchSize = RETENTION_BATCH_SIZE): Promise<RetentionReport> {
    const report: RetentionReport = {
      expiredInvitations: 0,
      erasureRequests: 0,
      batches: 0,
      organizationsDeleted: 0,
    };
    report.organizationsDeleted = await this.deleteDueOrganizations();
    while (report.batches < RETENTION_MAX_BATCHES) {
      const batch = await this.eraseExpiredBatch(batchSize);
      report.batches += 1;
      report.expiredInvitations += batch.erased;
      if (batch.found < batchSize) break;
    }
    report.erasureRequests = await this.carryOutDueRequests();
    if (report.expiredInvitations || report.erasureRequests || report.organizationsDeleted)
      this.logger.log({ ...report }, 'retention run');
    return report;
  }

  /** One batch of expired invitations: how many were found (locked) and erased. */
  private eraseExpiredBatch(batchSize: number): Promise<{ found: number; erased: number }> {
    const now = this.clock.now();
    return this.tx.run(async (m) => {
      // Last activity: the invitation, its latest email, the start or submission of its attempt.
      const rows: { id: string; organization_id: string }[] = await m.query(
        `SELECT i.id, i.organization_id
           FROM candidate_invitations i
           JOIN organizations o ON o.id = i.organization_id
           LEFT JOIN attempts t ON t.invitation_id = i.id
          WHERE i.erased_at IS NULL
            AND GREATEST(i.created_at, COALESCE(i.last_sent_at, i.created_at),
                         COALESCE(t.submitted_at, t.started_at, i.created_at))
                < $1::timestamptz - make_interval(months => o.candidate_retention_months)
          ORDER BY i.id
          LIMIT $2
          FOR UPDATE OF i SKIP LOCKED`,
        [now, batchSize],
      );
      const byOrganization = new Map<string, string[]>();
      for (const r of rows) {
        byOrganization.set(r.organization_id, [...(byOrganization.get(r.organization_id) ?? []), r.id]);
      }
      let erased = 0;
      for (const [organizationId, ids] of byOrganization) {
        erased += (await this.eraser.eraseInvitations(m, organizationId, ids, SYSTEM_ACTOR, 'retention'))
          .invitations;
      }
      return { found: rows.length, erased };
    });
  }

  /** Organizations whose 14-day grace period is over: everything they hold goes, one per transaction. */
  private async deleteDueOrganizations(): Promise<number> {
    let deleted = 0;
    for (;;) {
      const done = await this.tx.run(async (m) => {
        const [organizationId] = await lockOrganizationsDueForDeletion(m, this.clock.now());
        if (!organizationId) return false;
        await this.audit.record(m, organizationId, SYSTEM_ACTOR, 'organization.deleted', {
          type: 'organization',
          id: organizationId,
        });
        await purgeOrganizationRows(m, organizationId);
        return true;
      });
      if (!done) return deleted;
      deleted += 1;
    }
  }

  /** Confirmed requests past their waiting period, without a legal hold. */
  private async carryOutDueRequests(): Promise<number> {
    const now = this.clock.now();
    let done = 0;
    for (;;) {
      const handled = await this.tx.run(async (m) => {
        const due: { id: string; organization_id: string; email: string }[] = await m.query(
          `SELECT id, organization_id, email FROM erasure_requests
            WHERE completed_at IS NULL AND confirmed_at IS NOT NULL AND legal_hold_at IS NULL AND due_at <= $1
            ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now],
        );
        if (!due.length) return false;
        const request = due[0];
        await this.eraser.eraseByEmail(
          m,
          request.organization_id,
          request.email,
          { type: 'candidate', id: null, ip: null },
          'candidate_request',
        );
        await m.query(`UPDATE erasure_requests SET completed_at = now() WHERE id = $1`, [request.id]);
        return true;
      });
      if (!handled) return done;
      done += 1;
    }
  }
}
