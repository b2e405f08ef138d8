import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, isUuid, newId, Page } from '@assay/core';
import { OrganizationDb } from '@assay/persistence';
import type { AuditActor } from './audit-actor';
import type { AuditActorType } from './audit-log.entity';
import type { AuditEntryView, AuditLogQuery } from './audit-log.dto';

export interface AuditTarget {
  type: string;
  id: string;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_type: AuditActorType;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  target_type: string;
  target_id: string;
  ip: string | null;
  details: Record<string, unknown>;
}

const CSV_PAGE = 500;

/**
 * The audit log's only writer and reader. Callers record inside the transaction of the change itself, so
 * a change and its record commit or roll back together.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly organizationDb: OrganizationDb) {}

  async record(
    m: EntityManager,
    organizationId: string,
    actor: AuditActor,
    action: string,
    target: AuditTarget,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await m.query(
      `INSERT INTO audit_log (id, organization_id, actor_type, actor_id, action, target_type, target_id, ip, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
      [
        newId(),
        organizationId,
        actor.type,
        actor.id,
        action,
        target.type,
        target.id,
        actor.ip,
        JSON.stringify(details),
      ],
    );
  }

  /** Newest first, keyset-paged by id (UUIDv7 ids sort by time). */
  async list(organizationId: string, query: AuditLogQuery): Promise<Page<AuditEntryView>> {
    const limit = query.limit ?? 20;
    const before = decodeCursor(query.cursor, (v): v is string => isUuid(v));
    const rows = await this.page(organizationId, query, limit + 1, before);
    const more = rows.length > limit;
    const items = more ? rows.slice(0, limit) : rows;
    return {
      items: items.map(toView),
      nextCursor: more ? encodeCursor(items[items.length - 1].id) : null,
    };
  }

  /** Every matching entry as CSV (RFC 4180), newest first. */
  async csv(organizationId: string, query: AuditLogQuery): Promise<string> {
    const lines = [
      [
        'id',
        'at',
        'actor_type',
        'actor_id',
        'actor_email',
        'action',
        'target_type',
        'target_id',
        'ip',
        'details',
      ].join(','),
    ];
    let before: string | undefined = decodeCursor(query.cursor, (v): v is string => isUuid(v));
    for (;;) {
      const rows = await this.page(organizationId, query, CSV_PAGE, before);
      for (const r of rows) {
        lines.push(
          [
            r.id,
            r.at.toISOString(),
            r.actor_type,
            r.actor_id,
            r.actor_email,
            r.action,
            r.target_type,
            r.target_id,
            r.ip,
            JSON.stringify(r.details),
          ]
            .map(csvCell)
            .join(','),
        );
      }
      if (rows.length < CSV_PAGE) break;
      before = rows[rows.length - 1].id;
    }
    return lines.join('\r\n') + '\r\n';
  }

  private page(
    organizationId: string,
    query: AuditLogQuery,
    limit: number,
    before: string | undefined,
  ): Promise<AuditRow[]> {
    // One fixed statement (a filter left out is a NULL parameter), so it is checked for its organization
    // filter at compile time; pg plans unnamed statements with the values known, so unused filters fold away.
    return this.organizationDb.query<AuditRow>(
      organizationId,
      `SELECT l.id, l.at, l.actor_type, l.actor_id, u.email AS actor_email, l.action, l.target_type,
              l.target_id, l.ip, l.details
         FROM audit_log l
         LEFT JOIN users u ON l.actor_type = 'user' AND u.id = l.actor_id
        WHERE l.organization_id = $1
          AND ($2::text IS NULL OR l.action = $2)
          AND ($3::uuid IS NULL OR l.actor_id = $3)
          AND ($4::text IS NULL OR l.actor_type = $4)
          AND ($5::text IS NULL OR l.target_type = $5)
          AND ($6::text IS NULL OR l.target_id = $6)
          AND ($7::timestamptz IS NULL OR l.at >= $7)
          AND ($8::timestamptz IS NULL OR l.at < $8)
          AND ($9::uuid IS NULL OR l.id < $9)
        ORDER BY l.id DESC
        LIMIT $10`,
      [
        query.action ?? null,
        query.actor ?? null,
        query.actorType ?? null,
        query.targetType ?? null,
        query.targetId ?? null,
        query.from ?? null,
        query.to ?? null,
        before ?? null,
        limit,
      ],
    );
  }
}

function toView(r: AuditRow): AuditEntryView {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actor: { type: r.actor_type, id: r.actor_id, ...(r.actor_email ? { email: r.actor_email } : {}) },
    action: r.action,
    target: { type: r.target_type, id: r.target_id },
    ip: r.ip,
    details: r.details,
  };
}

/** Quoted when needed; a leading formula character is neutralised (CSV injection in spreadsheets). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
