import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AnswerEntity,
  AnswerGradeEntity,
  AssessmentEntity,
  AssessmentQuestionEntity,
  AttemptResultEntity,
  ProctoringEventEntity,
  SkillScoreEntity,
} from '../entities';
import { OrganizationDb } from '@assay/persistence';
import type { ReportAttemptRow, ReportEventRow } from './result.views';

/**
 * Reads of attempts and their results. Every method takes the organization id: another organization's
 * attempt reads exactly like a missing one.
 */
@Injectable()
export class ResultsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizationDb: OrganizationDb,
  ) {}

  async attempt(organizationId: string, attemptId: string, m: EntityManager = this.db.manager) {
    const rows = await this.organizationDb.query<ReportAttemptRow>(
      organizationId,
      `SELECT t.id, t.assessment_id, t.invitation_id, t.status, t.started_at, t.deadline_at, t.submitted_at,
              t.submit_reason, t.graded_at, t.grading_error, t.accommodations, t.question_order, i.email,
              i.full_name, a.title AS assessment_title
         FROM attempts t
         JOIN candidate_invitations i ON i.id = t.invitation_id
         JOIN assessments a ON a.id = t.assessment_id
        WHERE t.organization_id = $1 AND t.id = $2`,
      [attemptId],
      m,
    );
    return rows[0] ?? null;
  }

  /** Locks the attempt row (FOR UPDATE) for a change of its results; null when it is not the organization's. */
  async lockAttempt(m: EntityManager, organizationId: string, attemptId: string) {
    const rows = await this.organizationDb.query<{
      id: string;
      status: string;
      assessment_id: string;
      question_order: unknown;
    }>(
      organizationId,
      `SELECT id, status, assessment_id, question_order FROM attempts WHERE organization_id = $1 AND id = $2 FOR UPDATE`,
      [attemptId],
      m,
    );
    return rows[0] ?? null;
  }

  assessment(organizationId: string, assessmentId: string, m: EntityManager = this.db.manager) {
    return this.organizationDb.findOne(organizationId, AssessmentEntity, { id: assessmentId }, m);
  }

  questions(organizationId: string, assessmentId: string, m: EntityManager = this.db.manager) {
    return this.organizationDb.find(
      organizationId,
      AssessmentQuestionEntity,
      { assessmentId },
      { order: { position: 'ASC' } },
      m,
    );
  }

  /** The questions an attempt was shown (its form), in the assessment's order. */
  async questionsShown(
    organizationId: string,
    attempt: { assessment_id: string; question_order: unknown },
    m: EntityManager = this.db.manager,
  ) {
    const all = await this.questions(organizationId, attempt.assessment_id, m);
    if (!Array.isArray(attempt.question_order)) return all;
    const shown = new Set(attempt.question_order.map(String));
    return all.filter((q) => shown.has(q.id));
  }

  answers(organizationId: string, attemptId: string) {
    // createdAt is the first save (integrity signals); savedAt the last.
    return this.organizationDb.find(organizationId, AnswerEntity, { attemptId });
  }

  /** Every result revision, oldest first. */
  results(organizationId: string, attemptId: string, m: EntityManager = this.db.manager) {
    return this.organizationDb.find(
      organizationId,
      AttemptResultEntity,
      { attemptId },
      { order: { revision: 'ASC' } },
      m,
    );
  }

  skillScores(organizationId: string, resultId: string) {
    return this.organizationDb.find(organizationId, SkillScoreEntity, { resultId });
  }

  answerGrades(organizationId: string, resultId: string, m: EntityManager = this.db.manager) {
    return this.organizationDb.find(organizationId, AnswerGradeEntity, { resultId }, {}, m);
  }

  /**
   * Code answers of other submitted attempts to the same question versions, across organizations on
   * purpose (integrity signals, docs/decisions/0414): callers get only whether each is their own, never
   * another organization's ids.
   */
  async codeSubmissionsTo(
    organizationId: string,
    versionIds: string[],
    attemptId: string,
  ): Promise<{ version_id: string; attempt_id: string; same_organization: boolean; code: string }[]> {
    if (!versionIds.length) return [];
    return this.db.query(
      `-- across organizations: integrity signals compare code with every organization's (decision 0414)
       SELECT aq.question_version_id AS version_id, a.attempt_id, a.organization_id = $3 AS same_organization,
              a.response->>'code' AS code
         FROM answers a
         JOIN assessment_questions aq ON aq.id = a.assessment_question_id
         JOIN attempts t ON t.id = a.attempt_id
        WHERE aq.question_version_id = ANY($1::uuid[]) AND aq.type = 'code' AND a.attempt_id <> $2
          AND t.status <> 'in_progress' AND a.response->>'code' IS NOT NULL
        ORDER BY a.saved_at DESC
        LIMIT 2000`,
      [versionIds, attemptId, organizationId],
    );
  }

  /**
   * Per question version, the median seconds candidates spent before first saving an answer to it (time
   * since their previous first save, or their start), over every organization's submitted attempts.
   */
  async answerTimeMedians(
    versionIds: string[],
  ): Promise<{ version_id: string; median: number; answers: number }[]> {
    if (!versionIds.length) return [];
    const rows: { version_id: string; median: string; answers: number }[] = await this.db.query(
      `-- across organizations: time norms per question version (decision 0414)
       WITH involved AS (
         SELECT DISTINCT a.attempt_id FROM answers a
           JOIN assessment_questions aq ON aq.id = a.assessment_question_id
          WHERE aq.question_version_id = ANY($1::uuid[])
          LIMIT 5000
       ), spent AS (
         SELECT a.assessment_question_id,
                EXTRACT(EPOCH FROM a.created_at - COALESCE(
                  lag(a.created_at) OVER (PARTITION BY a.attempt_id ORDER BY a.created_at), t.started_at)) AS seconds
           FROM answers a JOIN attempts t ON t.id = a.attempt_id
          WHERE a.attempt_id IN (SELECT attempt_id FROM involved) AND t.status <> 'in_progress'
       )
       SELECT aq.question_version_id AS version_id,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY s.seconds) AS median, count(*)::int AS answers
         FROM spent s JOIN assessment_questions aq ON aq.id = s.assessment_question_id
        WHERE aq.question_version_id = ANY($1::uuid[])
        GROUP BY aq.question_version_id`,
      [versionIds],
    );
    return rows.map((r) => ({ version_id: r.version_id, median: Number(r.median), answers: r.answers }));
  }

  async events(organizationId: string, attemptId: string): Promise<ReportEventRow[]> {
    const rows = await this.organizationDb.find(
      organizationId,
      ProctoringEventEntity,
      { attemptId },
      { order: { at: 'ASC', id: 'ASC' } },
    );
    return rows.map((e) => ({ type: e.type, at: e.at, client_at: e.clientAt, data: e.data }));
  }
}
