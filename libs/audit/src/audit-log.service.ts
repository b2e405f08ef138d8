import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, isUuid, newId, Page } from '@assay/core';
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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
    const params: unknown[] = [organizationId];
    const where = ['l.organization_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.action) add('l.action = ?', query.action);
    if (query.actor) add('l.actor_id = ?::uuid', query.actor);
    if (query.actorType) add('l.actor_type = ?', query.actorType);
    if (query.targetType) add('l.target_type = ?', query.targetType);
    if (query.targetId) add('l.target_id = ?', query.targetId);
    if (query.from) add('l.at >= ?::timestamptz', query.from);
    if (query.to) add('l.at < ?::timestamptz', query.to);
    if (before) add('l.id < ?::uuid', before);
    params.push(limit);
    return this.db.query(
      `SELECT l.id, l.at, l.actor_type, l.actor_id, u.email AS actor_email, l.action, l.target_type,
              l.target_id, l.ip, l.details
         FROM audit_log l
         LEFT JOIN users u ON l.actor_type = 'user' AND u.id = l.actor_id
        WHERE ${where.join(' AND ')}
        ORDER BY l.id DESC
        LIMIT $${params.length}`,
      params,
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
