import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  AssayConfig,
  Clock,
  ValidationProblem,
  conflict,
  decodeCursor,
  encodeCursor,
  isTimestamp,
  isUuid,
  newId,
  notFound,
} from '@assay/core';
import { AuditLogService, SYSTEM_ACTOR } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { requestMail } from '@assay/mail';
import { OrganizationsProblem, OrganizationsService } from '@assay/organizations';
import {
  COUNT_QUOTA_RETRY_AFTER_SECONDS,
  OrganizationDb,
  TransactionRunner,
  assembledOrganizationSql,
  consumeDailyQuota,
  quotaExceeded,
} from '@assay/persistence';
import { Accommodations, describeAccommodations, normalizeAccommodations } from './accommodations';
import type { CandidateSort, InviteCandidatesDto, ListCandidatesQuery } from './dto/assessment.dto';
import { AssessmentEntity, CandidateInvitationEntity } from './entities';
import { hashToken, invitationToken } from './invitation-token';
import { scoreUncertainty } from './results/result-calculator';
import { ResultStatisticsReader } from './results/result-statistics.reader';
import { AssessmentsProblem } from './assessments.problems';

const DAY_MS = 24 * 3600 * 1000;

export interface CandidateRow {
  invitationId: string;
  attemptId: string | null;
  email: string;
  fullName: string;
  status: string;
  score: number | null;
  maxScore: number | null;
  percentage: number | null;
  passed: boolean | null;
  recommendedLevel: string | null;
  /** 95 % band of the percentage, percentile in the norm group (null until it has 100 attempts). */
  scoreBand: { low: number; high: number; basis: string } | null;
  percentile: number | null;
  invitedAt: string;
  expiresAt: string;
  startedAt: string | null;
  submittedAt: string | null;
  gradedAt: string | null;
}

interface RawCandidate {
  invitation_id: string;
  attempt_id: string | null;
  email: string;
  full_name: string;
  status: string;
  score: string | null;
  max_score: string | null;
  percentage: string | null;
  passed: boolean | null;
  recommended_level: string | null;
  measurement: { sem?: number | null } | null;
  created_at: Date;
  expires_at: Date;
  started_at: Date | null;
  submitted_at: Date | null;
  graded_at: Date | null;
  sort_value: string | null;
}

// The candidate's status derives from the invitation, its attempt and its result, in one place.
const STATUS_SQL = `CASE
  WHEN i.revoked_at IS NOT NULL THEN 'revoked'
  WHEN t.status = 'graded' THEN 'graded'
  WHEN t.status = 'grading_error' THEN 'grading_error'
  WHEN t.status = 'submitted' THEN 'submitted'
  WHEN t.status = 'in_progress' THEN 'in_progress'
  WHEN i.expires_at < now() THEN 'expired'
  ELSE 'invited' END`;

const SORTS: Record<CandidateSort, { expr: string; dir: 'ASC' | 'DESC' }> = {
  '-score': { expr: 'r.percentage', dir: 'DESC' },
  score: { expr: 'r.percentage', dir: 'ASC' },
  submittedAt: { expr: 't.submitted_at', dir: 'ASC' },
  '-submittedAt': { expr: 't.submitted_at', dir: 'DESC' },
  createdAt: { expr: 'i.created_at', dir: 'ASC' },
  '-createdAt': { expr: 'i.created_at', dir: 'DESC' },
};

@Injectable()
export class InvitationsService {
  constructor(
    private readonly organizationDb: OrganizationDb,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AssayConfig,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditLogService,
    private readonly statistics: ResultStatisticsReader,
  ) {}

  /**
   * Invites up to 500 candidates. The same email twice on one assessment returns the existing invitation
   * (its link is derived, not stored), so a retried or repeated call never emails twice.
   */
  async invite(
    organizationId: string,
    assessmentId: string,
    dto: InviteCandidatesDto,
    actor: AuditActor = SYSTEM_ACTOR,
  ) {
    const organizationName = (await this.organizations.get(organizationId)).name;
    const now = this.clock.now();
    if (dto.expiresAt && Date.parse(dto.expiresAt) <= now.getTime()) {
      throw new ValidationProblem([{ field: 'expiresAt', message: 'must be in the future' }]);
    }
    const seen = new Map<string, { fullName: string; accommodations: Accommodations }>();
    for (const c of dto.candidates) {
      const email = c.email.trim().toLowerCase();
      if (!seen.has(email)) {
        seen.set(email, {
          fullName: c.fullName.trim(),
          accommodations: normalizeAccommodations(c.accommodations),
        });
      }
    }
    const created = await this.tx.run(async (m) => {
      const assessment = await this.organizationDb.findOne(
        organizationId,
        AssessmentEntity,
        { id: assessmentId },
        m,
        { lock: { mode: 'pessimistic_read' } },
      );
      if (!assessment) throw notFound('assessment');
      if (assessment.status !== 'open') {
        throw conflict(
          AssessmentsProblem.AssessmentNotOpen,
          `Candidates can only be invited while the assessment is open (it is ${assessment.status}).`,
        );
      }
      const expiresAt = dto.expiresAt
        ? new Date(dto.expiresAt)
        : new Date(now.getTime() + assessment.settings.invitationValidityDays * DAY_MS);
      const fresh = [...seen.entries()].map(([email, { fullName, accommodations }]) => {
        const id = newId();
        return {
          id,
          organizationId,
          assessmentId,
          email,
          fullName,
          accommodations,
          tokenHash: hashToken(invitationToken(this.config.jwt.secret, id)),
          expiresAt,
          revokedAt: null,
          sendCount: 1,
          lastSentAt: now,
        };
      });
      const inserted: { id: string }[] = await m
        .createQueryBuilder()
        .insert()
        .into(CandidateInvitationEntity)
        .values(fresh)
        .orIgnore()
        .returning(['id'])
        .execute()
        .then((r) => r.raw as { id: string }[]);
      const insertedIds = new Set(inserted.map((r) => r.id));
      // Only new invitations count (a repeated email returns the existing one); a refusal rolls them back.
      await consumeDailyQuota(
        m,
        organizationId,
        'candidate-invitations-per-day',
        insertedIds.size,
        this.config.quotas.candidateInvitationsPerDay,
        now,
      );
      for (const inv of fresh.filter((f) => insertedIds.has(f.id))) {
        await this.mailInvitation(m, inv, assessment, organizationName);
        await this.audit.record(
          m,
          organizationId,
          actor,
          'invitation.sent',
          { type: 'invitation', id: inv.id },
          {
            assessmentId,
            ...(Object.keys(inv.accommodations).length ? { accommodations: inv.accommodations } : {}),
          },
        );
      }
      return insertedIds;
    });
    const rows = await this.organizationDb.find(organizationId, CandidateInvitationEntity, {
      assessmentId,
      email: In([...seen.keys()]),
    });
    const byEmail = new Map(rows.map((r) => [r.email, r]));
    return {
      items: [...seen.keys()].flatMap((email) => {
        const inv = byEmail.get(email);
        return inv ? [{ ...this.invitationView(inv), created: created.has(inv.id) }] : [];
      }),
    };
  }

  /** Emails the same link again; an expired invitation gets a fresh validity period. */
  async resend(
    organizationId: string,
    assessmentId: string,
    invitationId: string,
    actor: AuditActor = SYSTEM_ACTOR,
  ) {
    const organizationName = (await this.organizations.get(organizationId)).name;
    return this.tx.run(async (m) => {
      const inv = await this.lockInvitation(m, organizationId, assessmentId, invitationId);
      if (inv.revokedAt)
        throw conflict(OrganizationsProblem.InvitationRevoked, 'A revoked invitation cannot be resent.');
      const assessment = await this.organizationDb.findOne(
        organizationId,
        AssessmentEntity,
        { id: assessmentId },
        m,
      );
      if (!assessment) throw notFound('assessment');
      if (assessment.status !== 'open')
        throw conflict(AssessmentsProblem.AssessmentNotOpen, 'The assessment is not open.');
      const now = this.clock.now();
      const limit = this.config.quotas.resendsPerInvitation;
      if (inv.sendCount - 1 >= limit) {
        throw quotaExceeded(
          'resends-per-invitation',
          limit,
          COUNT_QUOTA_RETRY_AFTER_SECONDS,
          `This invitation has been resent ${limit} times, the most allowed.`,
        );
      }
      await consumeDailyQuota(
        m,
        organizationId,
        'candidate-invitations-per-day',
        1,
        this.config.quotas.candidateInvitationsPerDay,
        now,
      );
      const expiresAt =
        inv.expiresAt.getTime() > now.getTime()
          ? inv.expiresAt
          : new Date(now.getTime() + assessment.settings.invitationValidityDays * DAY_MS);
      await this.organizationDb.update(
        organizationId,
        CandidateInvitationEntity,
        { id: inv.id },
        { expiresAt, sendCount: inv.sendCount + 1, lastSentAt: now },
        m,
      );
      const updated = { ...inv, expiresAt, sendCount: inv.sendCount + 1, lastSentAt: now };
      await this.mailInvitation(m, updated, assessment, organizationName);
      await this.audit.record(
        m,
        organizationId,
        actor,
        'invitation.resent',
        { type: 'invitation', id: inv.id },
        { assessmentId, sendCount: updated.sendCount },
      );
      return this.invitationView(updated as CandidateInvitationEntity);
    });
  }

  /** The link stops working at once (410), whether or not the candidate has started. */
  async revoke(
    organizationId: string,
    assessmentId: string,
    invitationId: string,
    actor: AuditActor = SYSTEM_ACTOR,
  ) {
    return this.tx.run(async (m) => {
      const inv = await this.lockInvitation(m, organizationId, assessmentId, invitationId);
      const revokedAt = inv.revokedAt ?? this.clock.now();
      if (!inv.revokedAt) {
        await this.organizationDb.update(
          organizationId,
          CandidateInvitationEntity,
          { id: inv.id },
          { revokedAt },
          m,
        );
        await this.audit.record(
          m,
          organizationId,
          actor,
          'invitation.revoked',
          { type: 'invitation', id: inv.id },
          { assessmentId },
        );
      }
      return this.invitationView({ ...inv, revokedAt } as CandidateInvitationEntity);
    });
  }

  /**
   * Sets a candidate's accommodations. Only before they start: the deadline is fixed at start, and a
   * started attempt's time is never changed behind the candidate's back (409).
   */
  async setAccommodations(
    organizationId: string,
    assessmentId: string,
    invitationId: string,
    accommodations: Accommodations,
    actor: AuditActor = SYSTEM_ACTOR,
  ) {
    const normalized = normalizeAccommodations(accommodations);
    return this.tx.run(async (m) => {
      const inv = await this.lockInvitation(m, organizationId, assessmentId, invitationId);
      if (inv.revokedAt)
        throw conflict(OrganizationsProblem.InvitationRevoked, 'The invitation has been revoked.');
      const started = await this.organizationDb.query(
        organizationId,
        `SELECT 1 FROM attempts WHERE organization_id = $1 AND invitation_id = $2`,
        [inv.id],
        m,
      );
      if (started.length) {
        throw conflict(
          AssessmentsProblem.AttemptStarted,
          'The candidate has already started; accommodations apply only before the start.',
        );
      }
      await this.organizationDb.update(
        organizationId,
        CandidateInvitationEntity,
        { id: inv.id },
        { accommodations: normalized },
        m,
      );
      await this.audit.record(
        m,
        organizationId,
        actor,
        'invitation.accommodations_changed',
        { type: 'invitation', id: inv.id },
        { assessmentId, accommodations: normalized },
      );
      return this.invitationView({ ...inv, accommodations: normalized } as CandidateInvitationEntity);
    });
  }

  /** The organization's candidate list for one assessment, with scores once graded. */
  async listCandidates(organizationId: string, assessmentId: string, query: ListCandidatesQuery) {
    await this.assertAssessment(organizationId, assessmentId);
    const limit = query.limit ?? 20;
    const sort = SORTS[query.sort ?? '-createdAt'];
    const cursor = decodeCursor(query.cursor, isCandidateCursor);
    if (
      cursor &&
      cursor.v !== null &&
      !(sort.expr.includes('_at') ? isTimestamp(cursor.v) : /^-?\d{1,12}(\.\d{1,6})?$/.test(cursor.v))
    ) {
      throw new ValidationProblem([{ field: 'cursor', message: 'cursor is not valid for this sort' }]);
    }
    const params: unknown[] = [organizationId, assessmentId];
    let where = 'i.organization_id = $1 AND i.assessment_id = $2';
    if (query.status) {
      params.push(query.status);
      where += ` AND ${STATUS_SQL} = $${params.length}`;
    }
    // Keyset pagination over (sort value, id), nulls last in both directions.
    const sortValue = `(${sort.expr})::text`;
    if (cursor) {
      params.push(cursor.v, cursor.id);
      const v = `$${params.length - 1}`;
      const idp = `$${params.length}::uuid`;
      const cmp = sort.dir === 'DESC' ? '<' : '>';
      const typed = sort.expr.includes('_at') ? `${v}::timestamptz` : `${v}::numeric`;
      where +=
        cursor.v === null
          ? ` AND ${sort.expr} IS NULL AND i.id ${cmp} ${idp}`
          : ` AND (${sort.expr} IS NULL OR ${sort.expr} ${cmp} ${typed} OR (${sort.expr} = ${typed} AND i.id ${cmp} ${idp}))`;
    }
    params.push(limit + 1);
    const rows = await this.organizationDb.query<RawCandidate>(
      organizationId,
      assembledOrganizationSql(`SELECT i.id AS invitation_id, t.id AS attempt_id, i.email, i.full_name, ${STATUS_SQL} AS status,
              r.score, r.max_score, r.percentage, r.passed, r.recommended_level, r.measurement,
              i.created_at, i.expires_at, t.started_at, t.submitted_at, t.graded_at, ${sortValue} AS sort_value
         FROM candidate_invitations i
         LEFT JOIN attempts t ON t.invitation_id = i.id
         LEFT JOIN attempt_results r ON r.attempt_id = t.id AND r.is_current
        WHERE ${where}
        ORDER BY ${sort.expr} ${sort.dir} NULLS LAST, i.id ${sort.dir}
        LIMIT $${params.length}`),
      params.slice(1),
    );
    const page = rows.slice(0, limit);
    const last = rows.length > limit ? page[page.length - 1] : undefined;
    const context = await this.statistics.contextFor(organizationId, assessmentId);
    return {
      items: page.map((r) => {
        const row = toCandidateRow(r);
        const u =
          r.percentage === null
            ? null
            : scoreUncertainty({ percentage: num(r.percentage), sem: r.measurement?.sem ?? null }, context);
        return { ...row, scoreBand: u?.scoreBand ?? null, percentile: u?.percentile ?? null };
      }),
      nextCursor: last ? encodeCursor({ v: last.sort_value, id: last.invitation_id }) : null,
    };
  }

  /** Every candidate of the assessment as CSV (RFC 4180), best score first. */
  async candidatesCsv(organizationId: string, assessmentId: string): Promise<string> {
    const header = [
      'invitation_id',
      'attempt_id',
      'email',
      'full_name',
      'status',
      'score',
      'max_score',
      'percentage',
      'passed',
      'recommended_level',
      'score_band_low',
      'score_band_high',
      'percentile',
      'invited_at',
      'started_at',
      'submitted_at',
      'graded_at',
    ];
    const lines = [header.join(',')];
    let cursor: string | undefined;
    do {
      const page = await this.listCandidates(organizationId, assessmentId, {
        sort: '-score',
        limit: 100,
        cursor,
      });
      for (const c of page.items) {
        lines.push(
          [
            c.invitationId,
            c.attemptId,
            c.email,
            c.fullName,
            c.status,
            c.score,
            c.maxScore,
            c.percentage,
            c.passed,
            c.recommendedLevel,
            c.scoreBand?.low,
            c.scoreBand?.high,
            c.percentile,
            c.invitedAt,
            c.startedAt,
            c.submittedAt,
            c.gradedAt,
          ]
            .map(csvField)
            .join(','),
        );
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return lines.join('\r\n') + '\r\n';
  }

  private async mailInvitation(
    m: EntityManager,
    inv: { id: string; email: string; fullName: string; expiresAt: Date },
    assessment: AssessmentEntity,
    organizationName: string,
  ) {
    await requestMail(m, {
      template: 'candidate-invitation',
      to: inv.email,
      aggregateId: inv.id,
      params: {
        organizationName,
        roleTitle: assessment.roleTitle,
        timeLimitMinutes: String(assessment.timeLimitMinutes),
        url: this.urlOf(inv.id),
        expiresAt: inv.expiresAt.toISOString(),
      },
    });
  }

  private urlOf(invitationId: string): string {
    return `${this.config.appUrl}/take/${invitationToken(this.config.jwt.secret, invitationId)}`;
  }

  private invitationView(inv: CandidateInvitationEntity) {
    const now = this.clock.now().getTime();
    return {
      id: inv.id,
      email: inv.email,
      fullName: inv.fullName,
      status: inv.revokedAt ? 'revoked' : inv.expiresAt.getTime() < now ? 'expired' : 'invited',
      url: this.urlOf(inv.id),
      expiresAt: inv.expiresAt.toISOString(),
      sendCount: inv.sendCount,
      accommodations: inv.accommodations ?? {},
      accommodationsNote: describeAccommodations(inv.accommodations ?? {}),
    };
  }

  private async lockInvitation(m: EntityManager, organizationId: string, assessmentId: string, id: string) {
    const inv = await this.organizationDb.findOne(
      organizationId,
      CandidateInvitationEntity,
      { id, assessmentId },
      m,
      {
        lock: { mode: 'pessimistic_write' },
      },
    );
    if (!inv) throw notFound('invitation');
    return inv;
  }

  private async assertAssessment(organizationId: string, assessmentId: string) {
    const found = await this.organizationDb.findOne(
      organizationId,
      AssessmentEntity,
      { id: assessmentId },
      undefined,
      {
        select: { id: true },
      },
    );
    if (!found) throw notFound('assessment');
  }
}

function num(v: string | null): number | null {
  return v === null ? null : Number(v);
}

function toCandidateRow(r: RawCandidate): CandidateRow {
  return {
    invitationId: r.invitation_id,
    attemptId: r.attempt_id,
    email: r.email,
    fullName: r.full_name,
    status: r.status,
    score: num(r.score),
    maxScore: num(r.max_score),
    percentage: num(r.percentage),
    passed: r.passed,
    recommendedLevel: r.recommended_level,
    scoreBand: null,
    percentile: null,
    invitedAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    gradedAt: r.graded_at?.toISOString() ?? null,
  };
}

function isCandidateCursor(v: unknown): v is { v: string | null; id: string } {
  const o = v as { v?: unknown; id?: unknown };
  return typeof o === 'object' && o !== null && isUuid(o.id) && (o.v === null || typeof o.v === 'string');
}

/** CSV field with quoting, and a leading quote on formula-like values (CSV injection in spreadsheets). */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
