import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLogService } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import type { AuthenticatedMember } from '@assay/auth';
import { Clock, conflict, notFound, ValidationProblem } from '@assay/core';
import { TransactionRunner, returnedRows } from '@assay/persistence';
import { OrganizationsProblem } from './organizations.problems';
import { deleteOrganizationOutboxEvents } from '@assay/queue';

/** Days between an owner's request and the erasure of everything the organization holds. */
export const ORGANIZATION_DELETION_GRACE_DAYS = 14;
const DAY_MS = 24 * 3600_000;

/**
 * An owner deletes the organization: confirmed by typing its slug, cancellable during the grace period,
 * carried out by the privacy job (docs/decisions/0803).
 */
@Injectable()
export class OrganizationDeletionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async request(member: AuthenticatedMember, confirm: string, actor: AuditActor) {
    return this.tx.run(async (m) => {
      const rows: { slug: string; deletion_due_at: Date | null }[] = await m.query(
        `SELECT slug, deletion_due_at FROM organizations WHERE id = $1 FOR UPDATE`,
        [member.organizationId],
      );
      if (!rows[0]) throw notFound('organization');
      if (confirm !== rows[0].slug) {
        throw new ValidationProblem([
          { field: 'confirm', message: 'type the organization’s slug to confirm' },
        ]);
      }
      if (rows[0].deletion_due_at) {
        throw conflict(
          OrganizationsProblem.DeletionScheduled,
          'The organization is already scheduled for deletion.',
        );
      }
      const now = this.clock.now();
      const due = new Date(now.getTime() + ORGANIZATION_DELETION_GRACE_DAYS * DAY_MS);
      await m.query(
        `UPDATE organizations SET deletion_requested_at = $2, deletion_due_at = $3, updated_at = now() WHERE id = $1`,
        [member.organizationId, now, due],
      );
      await this.audit.record(
        m,
        member.organizationId,
        actor,
        'organization.deletion_requested',
        { type: 'organization', id: member.organizationId },
        { dueAt: due.toISOString() },
      );
      return { status: 'scheduled', deletionDueAt: due.toISOString() };
    });
  }

  async cancel(member: AuthenticatedMember, actor: AuditActor) {
    await this.tx.run(async (m) => {
      const updated = returnedRows<{ id: string }>(
        await m.query(
          `UPDATE organizations SET deletion_requested_at = NULL, deletion_due_at = NULL, updated_at = now()
            WHERE id = $1 AND deletion_due_at IS NOT NULL RETURNING id`,
          [member.organizationId],
        ),
      );
      if (!updated.length)
        throw conflict(OrganizationsProblem.DeletionNotScheduled, 'No deletion is scheduled.');
      await this.audit.record(m, member.organizationId, actor, 'organization.deletion_cancelled', {
        type: 'organization',
        id: member.organizationId,
      });
    });
  }
}

/** Organizations whose grace period is over, locked for the caller's transaction (one worker each). */
export async function lockOrganizationsDueForDeletion(m: EntityManager, now: Date, limit = 1) {
  const rows: { id: string }[] = await m.query(
    `SELECT id FROM organizations WHERE deletion_due_at <= $1 ORDER BY deletion_due_at LIMIT $2
       FOR UPDATE SKIP LOCKED`,
    [now, limit],
  );
  return rows.map((r) => r.id);
}

/**
 * Deletes every row of the organization: each table with an `organization_id` column (found in the catalog,
 * so tables added later are covered), then the organization itself (memberships, keys and webhooks go with it
 * by cascade). The audit log stays: it is append-only and names no candidate. The caller deletes the
 * assessments first (their children cascade) so question versions are no longer referenced.
 */
export async function purgeOrganizationRows(m: EntityManager, organizationId: string): Promise<void> {
  const tables: { name: string }[] = await m.query(
    `SELECT quote_ident(c.table_name) AS name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
      WHERE c.table_schema = current_schema() AND c.column_name = 'organization_id'
        AND t.table_type = 'BASE TABLE' AND c.table_name NOT IN ('audit_log', 'organizations')
      ORDER BY c.table_name`,
  );
  // Children before parents where foreign keys are not cascading: deferred constraints are checked at commit.
  await m.query(`SET CONSTRAINTS ALL DEFERRED`);
  for (const t of tables) {
    await m.query(`DELETE FROM ${t.name} WHERE organization_id = $1`, [organizationId]);
  }
  await deleteOrganizationOutboxEvents(m, organizationId);
  await m.query(`DELETE FROM idempotency_keys WHERE scope LIKE '%' || $1`, [`org:${organizationId}`]);
  await m.query(`DELETE FROM organizations WHERE id = $1`, [organizationId]);
}
