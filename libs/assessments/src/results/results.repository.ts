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
import type { ReportAttemptRow, ReportEventRow } from './result.views';

/**
 * Reads of attempts and their results. Every method takes the organization id: another organization's
 * attempt reads exactly like a missing one.
 */
@Injectable()
export class ResultsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async attempt(organizationId: string, attemptId: string, m: EntityManager = this.db.manager) {
    const rows: ReportAttemptRow[] = await m.query(
      `SELECT t.id, t.assessment_id, t.invitation_id, t.status, t.started_at, t.deadline_at, t.submitted_at,
              t.submit_reason, t.graded_at, t.grading_error, t.accommodations, i.email, i.full_name,
              a.title AS assessment_title
         FROM attempts t
         JOIN candidate_invitations i ON i.id = t.invitation_id
         JOIN assessments a ON a.id = t.assessment_id
        WHERE t.id = $1 AND t.organization_id = $2`,
      [attemptId, organizationId],
    );
    return rows[0] ?? null;
  }

  /** Locks the attempt row (FOR UPDATE) for a change of its results; null when it is not the organization's. */
  async lockAttempt(m: EntityManager, organizationId: string, attemptId: string) {
    const rows: { id: string; status: string; assessment_id: string }[] = await m.query(
      `SELECT id, status, assessment_id FROM attempts WHERE id = $1 AND organization_id = $2 FOR UPDATE`,
      [attemptId, organizationId],
    );
    return rows[0] ?? null;
  }

  assessment(organizationId: string, assessmentId: string, m: EntityManager = this.db.manager) {
    return m.findOne(AssessmentEntity, { where: { id: assessmentId, organizationId } });
  }

  questions(organizationId: string, assessmentId: string, m: EntityManager = this.db.manager) {
    return m.find(AssessmentQuestionEntity, {
      where: { assessmentId, organizationId },
      order: { position: 'ASC' },
    });
  }

  answers(organizationId: string, attemptId: string) {
    return this.db.manager.find(AnswerEntity, { where: { attemptId, organizationId } });
  }

  /** Every result revision, oldest first. */
  results(organizationId: string, attemptId: string, m: EntityManager = this.db.manager) {
    return m.find(AttemptResultEntity, { where: { attemptId, organizationId }, order: { revision: 'ASC' } });
  }

  skillScores(organizationId: string, resultId: string) {
    return this.db.manager.find(SkillScoreEntity, { where: { resultId, organizationId } });
  }

  answerGrades(organizationId: string, resultId: string, m: EntityManager = this.db.manager) {
    return m.find(AnswerGradeEntity, { where: { resultId, organizationId } });
  }

  async events(organizationId: string, attemptId: string): Promise<ReportEventRow[]> {
    const rows = await this.db.manager.find(ProctoringEventEntity, {
      where: { attemptId, organizationId },
      order: { at: 'ASC', id: 'ASC' },
    });
    return rows.map((e) => ({ type: e.type, at: e.at, client_at: e.clientAt, data: e.data }));
  }
}
