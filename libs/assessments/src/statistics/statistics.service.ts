import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '@assay/core';
import { OrganizationDb } from '@assay/persistence';
import { ITEM_STATISTICS_RULES } from '@assay/grading';

interface QuestionStatisticsRow {
  question_version_id: string;
  version: number | null;
  responses: number;
  facility: string | null;
  point_biserial: string | null;
  flags: string[];
  statistics: Record<string, unknown>;
  updated_at: Date;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/** Reads the statistics the worker's job stored; nothing is computed here (the request path only reads). */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizationDb: OrganizationDb,
  ) {}

  /** `GET /assessments/{id}/statistics`: the organization's own assessment (404 for any other). */
  async assessment(organizationId: string, assessmentId: string) {
    const found = await this.organizationDb.query<{ id: string }>(
      organizationId,
      `SELECT id FROM assessments WHERE organization_id = $1 AND id = $2`,
      [assessmentId],
    );
    if (!found.length) throw notFound('assessment');
    const rows = await this.organizationDb.query<{
      attempts: number;
      alpha: string | null;
      sem: string | null;
      mean: string | null;
      sd: string | null;
      distribution: unknown[];
      items: unknown[];
      updated_at: Date;
    }>(
      organizationId,
      `SELECT attempts, alpha, sem, mean, sd, distribution, items, updated_at
         FROM assessment_statistics WHERE organization_id = $1 AND assessment_id = $2`,
      [assessmentId],
    );
    const row = rows[0];
    const attempts = row?.attempts ?? 0;
    // Which option is keyed is the global library's secret (API.md): organizations see rates only.
    const global = await this.organizationDb.query<{ id: string }>(
      organizationId,
      `SELECT aq.id FROM assessment_questions aq JOIN questions q ON q.id = aq.question_id
        WHERE aq.organization_id = $1 AND aq.assessment_id = $2 AND q.organization_id IS NULL`,
      [assessmentId],
    );
    const keyHidden = new Set(global.map((g) => g.id));
    const items = ((row?.items ?? []) as { questionId: string; options?: Record<string, unknown>[] }[]).map(
      (item) =>
        keyHidden.has(item.questionId)
          ? { ...item, options: (item.options ?? []).map(({ correct: _correct, ...rest }) => rest) }
          : item,
    );
    const measured =
      attempts >= ITEM_STATISTICS_RULES.minAttemptsForReliability && num(row?.alpha ?? null) !== null;
    return {
      assessmentId,
      attempts,
      reliability: {
        alpha: measured ? num(row!.alpha) : null,
        sem: measured ? num(row!.sem) : null,
        status: measured ? 'measured' : 'not_yet',
        minAttempts: ITEM_STATISTICS_RULES.minAttemptsForReliability,
      },
      mean: num(row?.mean ?? null),
      sd: num(row?.sd ?? null),
      distribution: row?.distribution ?? [],
      items,
      updatedAt: row?.updated_at.toISOString() ?? null,
    };
  }

  /**
   * Statistics of every version of a question: the global library's for platform admins (`organizationId`
   * null), an organization's own questions otherwise (404 for any other question).
   */
  async question(organizationId: string | null, questionId: string) {
    const owned: { id: string }[] = await this.db.query(
      `SELECT id FROM questions WHERE id = $1 AND organization_id IS NOT DISTINCT FROM $2`,
      [questionId, organizationId],
    );
    if (!owned.length) throw notFound('question');
    const rows: QuestionStatisticsRow[] = await this.db.query(
      `SELECT s.question_version_id, v.version, s.responses, s.facility, s.point_biserial, s.flags, s.statistics,
              s.updated_at
         FROM question_statistics s LEFT JOIN question_versions v ON v.id = s.question_version_id
        WHERE s.question_id = $1
        ORDER BY v.version DESC NULLS LAST`,
      [questionId],
    );
    return {
      questionId,
      versions: rows.map((r) => ({
        questionVersionId: r.question_version_id,
        version: r.version,
        responses: r.responses,
        facility: num(r.facility),
        pointBiserial: num(r.point_biserial),
        flags: r.flags,
        ...r.statistics,
        updatedAt: r.updated_at.toISOString(),
      })),
    };
  }
}
