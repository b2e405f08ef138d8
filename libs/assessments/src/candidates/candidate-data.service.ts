import { Injectable } from '@nestjs/common';
import { AuditLogService } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { Clock, newId } from '@assay/core';
import { OrganizationDb, TransactionRunner } from '@assay/persistence';
import { CandidateEraser, ErasureOutcome } from './candidate-eraser';

interface InvitationRow {
  id: string;
  assessment_id: string;
  assessment_title: string;
  role_title: string;
  level: string;
  email: string;
  full_name: string;
  accommodations: Record<string, unknown>;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  send_count: number;
  last_sent_at: Date | null;
}

interface AttemptRow {
  id: string;
  invitation_id: string;
  status: string;
  started_at: Date;
  deadline_at: Date;
  submitted_at: Date | null;
  submit_reason: string | null;
  graded_at: Date | null;
  accommodations: Record<string, unknown>;
}
interface AnswerRow {
  attempt_id: string;
  assessment_question_id: string;
  type: string;
  prompt: string | null;
  response: unknown;
  saved_at: Date;
}
interface EventRow {
  attempt_id: string;
  type: string;
  at: Date;
  client_at: Date | null;
  data: unknown;
}
interface ResultRow {
  id: string;
  attempt_id: string;
  revision: number;
  is_current: boolean;
  reason: string;
  score: string;
  max_score: string;
  percentage: string;
  passed: boolean;
  recommended_level: string | null;
  created_at: Date;
}
interface SkillRow {
  result_id: string;
  skill: string;
  score: string;
  max_score: string;
  percentage: string;
}
interface GradeRow {
  result_id: string;
  assessment_question_id: string;
  verdict: string;
  score: string;
  max_score: string;
  comment: string | null;
}
interface RequestRow {
  id: string;
  requested_at: Date;
  confirmed_at: Date | null;
  due_at: Date | null;
  legal_hold_at: Date | null;
  legal_hold_reason: string | null;
  completed_at: Date | null;
}

/** Rows grouped by one of their keys. */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A candidate's rights towards one organization: a copy of their data (art. 15/20) and erasure (art. 17). */
@Injectable()
export class CandidateDataService {
  constructor(
    private readonly organizationDb: OrganizationDb,
    private readonly tx: TransactionRunner,
    private readonly eraser: CandidateEraser,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  /**
   * Everything the organization holds about `email`: invitations, attempts, answers as saved, proctoring
   * events, results with per-skill scores and verdicts, and any erasure request. Answer keys and hidden
   * tests are the organization's or the platform's, not the candidate's, and are left out.
   */
  async export(organizationId: string, email: string, actor: AuditActor) {
    const address = email.trim().toLowerCase();
    const invitations = await this.organizationDb.query<InvitationRow>(
      organizationId,
      `SELECT i.id, i.assessment_id, a.title AS assessment_title, a.role_title, a.level, i.email, i.full_name,
              i.accommodations, i.created_at, i.expires_at, i.revoked_at, i.send_count, i.last_sent_at
         FROM candidate_invitations i JOIN assessments a ON a.id = i.assessment_id
        WHERE i.organization_id = $1 AND i.email = $2
        ORDER BY i.id`,
      [address],
    );
    const ids = invitations.map((i) => i.id);
    const [attempts, answers, events, results, skills, grades, requests] = await Promise.all([
      this.organizationDb.query<AttemptRow>(
        organizationId,
        `SELECT id, invitation_id, status, started_at, deadline_at, submitted_at, submit_reason, graded_at,
                accommodations
           FROM attempts WHERE organization_id = $1 AND invitation_id = ANY($2::uuid[])`,
        [ids],
      ),
      this.organizationDb.query<AnswerRow>(
        organizationId,
        `SELECT n.attempt_id, n.assessment_question_id, q.type, q.content->>'prompt' AS prompt, n.response, n.saved_at
           FROM answers n JOIN attempts t ON t.id = n.attempt_id
           JOIN assessment_questions q ON q.id = n.assessment_question_id
          WHERE n.organization_id = $1 AND t.invitation_id = ANY($2::uuid[])
          ORDER BY n.attempt_id, q.position`,
        [ids],
      ),
      this.organizationDb.query<EventRow>(
        organizationId,
        `SELECT e.attempt_id, e.type, e.at, e.client_at, e.data
           FROM proctoring_events e JOIN attempts t ON t.id = e.attempt_id
          WHERE e.organization_id = $1 AND t.invitation_id = ANY($2::uuid[])
          ORDER BY e.attempt_id, e.at`,
        [ids],
      ),
      this.organizationDb.query<ResultRow>(
        organizationId,
        `SELECT r.id, r.attempt_id, r.revision, r.is_current, r.reason, r.score, r.max_score, r.percentage,
                r.passed, r.recommended_level, r.created_at
           FROM attempt_results r JOIN attempts t ON t.id = r.attempt_id
          WHERE r.organization_id = $1 AND t.invitation_id = ANY($2::uuid[])
          ORDER BY r.attempt_id, r.revision`,
        [ids],
      ),
      this.organizationDb.query<SkillRow>(
        organizationId,
        `SELECT s.result_id, s.skill, s.score, s.max_score, s.percentage
           FROM skill_scores s JOIN attempt_results r ON r.id = s.result_id
           JOIN attempts t ON t.id = r.attempt_id
          WHERE r.organization_id = $1 AND t.invitation_id = ANY($2::uuid[])`,
        [ids],
      ),
      this.organizationDb.query<GradeRow>(
        organizationId,
        `SELECT g.result_id, g.assessment_question_id, g.verdict, g.score, g.max_score, g.comment
           FROM answer_grades g JOIN attempt_results r ON r.id = g.result_id
           JOIN attempts t ON t.id = r.attempt_id
          WHERE r.organization_id = $1 AND t.invitation_id = ANY($2::uuid[])`,
        [ids],
      ),
      this.organizationDb.query<RequestRow>(
        organizationId,
        `SELECT id, requested_at, confirmed_at, due_at, legal_hold_at, legal_hold_reason, completed_at
           FROM erasure_requests WHERE organization_id = $1 AND email = $2 ORDER BY id`,
        [address],
      ),
    ]);

    await this.tx.run((m) =>
      this.audit.record(
        m,
        organizationId,
        actor,
        'candidate.exported',
        { type: 'export', id: newId() },
        { invitationIds: ids },
      ),
    );

    const answersBy = groupBy(answers, (a) => a.attempt_id);
    const eventsBy = groupBy(events, (e) => e.attempt_id);
    const resultsBy = groupBy(results, (r) => r.attempt_id);
    const skillsBy = groupBy(skills, (k) => k.result_id);
    const gradesBy = groupBy(grades, (g) => g.result_id);
    const attemptOf = new Map(attempts.map((t) => [t.invitation_id, t]));

    return {
      email: address,
      exportedAt: this.clock.now().toISOString(),
      organizationId,
      invitations: invitations.map((i) => {
        const t = attemptOf.get(i.id);
        return {
          id: i.id,
          assessment: {
            id: i.assessment_id,
            title: i.assessment_title,
            roleTitle: i.role_title,
            level: i.level,
          },
          email: i.email,
          fullName: i.full_name,
          accommodations: i.accommodations,
          invitedAt: iso(i.created_at),
          expiresAt: iso(i.expires_at),
          revokedAt: iso(i.revoked_at),
          emailsSent: i.send_count,
          lastSentAt: iso(i.last_sent_at),
          attempt: t
            ? {
                id: t.id,
                status: t.status,
                startedAt: iso(t.started_at),
                deadlineAt: iso(t.deadline_at),
                submittedAt: iso(t.submitted_at),
                submitReason: t.submit_reason,
                gradedAt: iso(t.graded_at),
                accommodations: t.accommodations,
                answers: (answersBy.get(t.id) ?? []).map((a) => ({
                  questionId: a.assessment_question_id,
                  type: a.type,
                  prompt: a.prompt,
                  response: a.response,
                  savedAt: iso(a.saved_at),
                })),
                proctoringEvents: (eventsBy.get(t.id) ?? []).map((e) => ({
                  type: e.type,
                  at: iso(e.at),
                  clientAt: iso(e.client_at),
                  data: e.data,
                })),
                results: (resultsBy.get(t.id) ?? []).map((r) => ({
                  revision: r.revision,
                  current: r.is_current,
                  reason: r.reason,
                  score: Number(r.score),
                  maxScore: Number(r.max_score),
                  percentage: Number(r.percentage),
                  passed: r.passed,
                  recommendedLevel: r.recommended_level,
                  recordedAt: iso(r.created_at),
                  skills: (skillsBy.get(r.id) ?? []).map((s) => ({
                    skill: s.skill,
                    score: Number(s.score),
                    maxScore: Number(s.max_score),
                    percentage: Number(s.percentage),
                  })),
                  answers: (gradesBy.get(r.id) ?? []).map((g) => ({
                    questionId: g.assessment_question_id,
                    verdict: g.verdict,
                    score: Number(g.score),
                    maxScore: Number(g.max_score),
                    comment: g.comment,
                  })),
                })),
              }
            : null,
        };
      }),
      erasureRequests: requests.map((r) => ({
        id: r.id,
        requestedAt: iso(r.requested_at),
        confirmedAt: iso(r.confirmed_at),
        dueAt: iso(r.due_at),
        legalHoldAt: iso(r.legal_hold_at),
        legalHoldReason: r.legal_hold_reason,
        completedAt: iso(r.completed_at),
      })),
    };
  }

  /** Erases the candidate across the organization, now. */
  erase(organizationId: string, email: string, actor: AuditActor): Promise<ErasureOutcome> {
    return this.tx.run((m) => this.eraser.eraseByEmail(m, organizationId, email, actor, 'request'));
  }
}
