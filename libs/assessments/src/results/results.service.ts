import { Injectable } from '@nestjs/common';
import { AuditLogService, actorOf } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import type { AuthenticatedMember } from '@assay/auth';
import { AssayConfig, Clock, conflict, notFound, unprocessable } from '@assay/core';
import { OrganizationDb, TransactionRunner, consumeDailyQuota } from '@assay/persistence';
import { EVENTS, appendToOutbox } from '@assay/queue';
import type { ScoreAnswerDto } from '../dto/result.dto';
import { manualVerdict, roundScore } from './manual-score';
import { calculateResult, scoreUncertainty, type CalculableGrade } from './result-calculator';
import { AttemptsRepository } from '../attempts/attempts.repository';
import type { AnswerEntity, AssessmentQuestionEntity } from '../entities';
import { fastAnswerFlags, secondsPerAnswer, similarityFlags, type IntegrityFlag } from './integrity-signals';
import { ResultStatisticsReader } from './result-statistics.reader';
import { attemptReportView } from './result.views';
import { timeOnQuestions } from './time-on-question';
import { ResultsRepository } from './results.repository';
import { AssessmentsProblem } from '../assessments.problems';

/** The organization's side of results: the report, hand-scoring essays, asking for a re-grade. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly results: ResultsRepository,
    private readonly organizationDb: OrganizationDb,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AssayConfig,
    private readonly audit: AuditLogService,
    private readonly statistics: ResultStatisticsReader,
    private readonly attempts: AttemptsRepository,
  ) {}

  async report(organizationId: string, attemptId: string) {
    const attempt = await this.results.attempt(organizationId, attemptId);
    if (!attempt) throw notFound('attempt');
    const [questions, answers, history, allEvents, context] = await Promise.all([
      this.results.questionsShown(organizationId, attempt),
      this.results.answers(organizationId, attemptId),
      this.results.results(organizationId, attemptId),
      this.results.events(organizationId, attemptId),
      this.statistics.contextFor(organizationId, attempt.assessment_id),
    ]);
    // `viewed` events time the questions; they are not proctoring signals.
    const events = allEvents.filter((e) => e.type !== 'viewed');
    const now = this.clock.now();
    const end = attempt.submitted_at ?? new Date(Math.min(now.getTime(), attempt.deadline_at.getTime()));
    const timeSpent = timeOnQuestions({
      events: allEvents,
      savedAt: new Map(answers.map((a) => [a.assessmentQuestionId, a.savedAt])),
      end,
    });
    const current = history.find((r) => r.isCurrent) ?? null;
    const flags =
      attempt.status === 'in_progress'
        ? []
        : await this.integrityFlags(organizationId, attempt, questions, answers);
    const [skills, grades] = current
      ? await Promise.all([
          this.results.skillScores(organizationId, current.id),
          this.results.answerGrades(organizationId, current.id),
        ])
      : [[], []];
    return attemptReportView({
      attempt,
      questions,
      answers: new Map(
        answers.map((a) => [a.assessmentQuestionId, { response: a.response, savedAt: a.savedAt }]),
      ),
      result: current,
      skills,
      grades: new Map(grades.map((g) => [g.assessmentQuestionId, g])),
      history,
      events,
      flags,
      now,
      timeSpent,
      uncertainty: current
        ? scoreUncertainty({ percentage: current.percentage, sem: current.measurement?.sem ?? null }, context)
        : null,
    });
  }

  /** Code similarity with other submissions to the same question version, and answers saved implausibly fast. */
  private async integrityFlags(
    organizationId: string,
    attempt: { id: string; started_at: Date },
    questions: AssessmentQuestionEntity[],
    answers: AnswerEntity[],
  ): Promise<IntegrityFlag[]> {
    const byQuestion = new Map(questions.map((q) => [q.id, q]));
    const flags: IntegrityFlag[] = [];
    const coded = answers.filter((a) => byQuestion.get(a.assessmentQuestionId)?.type === 'code');
    const codeOf = (response: unknown): string | null => {
      const code = (response as { code?: unknown } | null)?.code;
      return typeof code === 'string' && code.trim() ? code : null;
    };
    if (coded.length) {
      const versions = [
        ...new Set(coded.map((a) => byQuestion.get(a.assessmentQuestionId)!.questionVersionId)),
      ];
      const others = await this.results.codeSubmissionsTo(organizationId, versions, attempt.id);
      for (const a of coded) {
        const q = byQuestion.get(a.assessmentQuestionId)!;
        const code = codeOf(a.response);
        if (!code) continue;
        const same = others
          .filter((o) => o.version_id === q.questionVersionId && o.code)
          .map((o) => ({ attemptId: o.attempt_id, sameOrganization: o.same_organization, code: o.code }));
        flags.push(...similarityFlags(q.id, code, String(q.content.starterCode ?? ''), same));
      }
    }
    if (answers.length) {
      const versionOf = (id: string) => byQuestion.get(id)?.questionVersionId;
      const medians = await this.results.answerTimeMedians([
        ...new Set(answers.flatMap((a) => versionOf(a.assessmentQuestionId) ?? [])),
      ]);
      const byVersion = new Map(medians.map((m) => [m.version_id, m]));
      const perQuestion = new Map(
        questions.flatMap((q) => {
          const m = byVersion.get(q.questionVersionId);
          return m ? [[q.id, { median: m.median, answers: m.answers }] as const] : [];
        }),
      );
      const spent = secondsPerAnswer(
        attempt.started_at,
        answers.map((a) => ({ questionId: a.assessmentQuestionId, at: a.createdAt })),
      );
      flags.push(...fastAnswerFlags(spent, perQuestion));
    }
    return flags;
  }

  /**
   * A person scores an essay answer: a new result revision (`manual_score`) with the totals, per-skill scores
   * and level fit recomputed, the previous revision kept; integrations hear `attempt.graded` again.
   */
  async scoreAnswer(
    member: AuthenticatedMember,
    attemptId: string,
    questionId: string,
    dto: ScoreAnswerDto,
    who: AuditActor = actorOf(member),
  ) {
    const organizationId = member.organizationId;
    await this.tx.run(async (m) => {
      const attempt = await this.results.lockAttempt(m, organizationId, attemptId);
      if (!attempt) throw notFound('attempt');
      const questions = await this.results.questionsShown(organizationId, attempt, m);
      const question = questions.find((q) => q.id === questionId);
      if (!question) throw notFound('question');
      if (question.type !== 'essay') {
        throw unprocessable(AssessmentsProblem.NotAnEssay, 'Only essay answers are scored by hand.');
      }
      if (dto.score > question.points) {
        throw unprocessable(
          AssessmentsProblem.ScoreOutOfRange,
          `The score must be between 0 and ${question.points}.`,
          [{ field: 'score', message: `must not be greater than ${question.points}` }],
        );
      }
      const history = await this.results.results(organizationId, attemptId, m);
      const current = history.find((r) => r.isCurrent);
      if (!current) {
        throw conflict(
          AssessmentsProblem.AttemptNotGraded,
          'The attempt has not been graded yet; score it once it is.',
        );
      }
      const assessment = await this.results.assessment(organizationId, attempt.assessment_id, m);
      if (!assessment) throw notFound('attempt');
      const previous = await this.results.answerGrades(organizationId, current.id, m);
      const byQuestion = new Map(previous.map((g) => [g.assessmentQuestionId, g]));
      const score = roundScore(dto.score);
      const grades = questions.map((q) => {
        const before = byQuestion.get(q.id);
        if (q.id === questionId) {
          return {
            assessmentQuestionId: q.id,
            verdict: manualVerdict(score, q.points),
            score,
            maxScore: q.points,
            details: { ...(before?.details ?? {}), reviewed: true },
            scoredByUserId: member.userId,
            comment: dto.comment ?? null,
          };
        }
        return {
          assessmentQuestionId: q.id,
          verdict: before?.verdict ?? 'unanswered',
          score: before?.score ?? 0,
          maxScore: before?.maxScore ?? q.points,
          details: before?.details ?? {},
          scoredByUserId: before?.scoredByUserId ?? null,
          comment: before?.comment ?? null,
        };
      });
      const calculated = calculateResult({
        questions: questions.map((q) => ({
          id: q.id,
          type: q.type,
          skill: q.skill,
          difficulty: q.difficulty,
          points: q.points,
        })),
        grades: Object.fromEntries(
          grades.map((g): [string, CalculableGrade] => [
            g.assessmentQuestionId,
            { score: g.score, maxScore: g.maxScore, verdict: g.verdict },
          ]),
        ),
        requirements: assessment.requirements,
        passingScore: assessment.passingScore,
        level: assessment.level,
      });
      const stored = await this.attempts.addRevision(m, {
        organizationId,
        attemptId,
        reason: 'manual_score',
        ...calculated,
        graderVersion: current.graderVersion,
        timings: {},
        requestedByUserId: member.userId,
        grades,
      });
      await appendToOutbox(m, {
        type: EVENTS.ATTEMPT_GRADED,
        aggregateId: attemptId,
        payload: { resultId: stored!.id, revision: stored!.revision, reason: 'manual_score' },
      });
      await this.audit.record(
        m,
        organizationId,
        who,
        'result.score_overridden',
        { type: 'attempt', id: attemptId },
        { questionId, revision: stored!.revision },
      );
      await appendToOutbox(m, { type: EVENTS.STATISTICS_REQUESTED, aggregateId: attemptId, payload: {} });
    });
    return this.report(organizationId, attemptId);
  }

  /**
   * Asks the worker to grade the attempt again with the current engine: the API never runs candidate code,
   * so this only records the request (an outbox event); the worker adds a `regrade` revision.
   */
  async requestRegrade(member: AuthenticatedMember, attemptId: string, who: AuditActor = actorOf(member)) {
    const requestedAt = this.clock.now();
    await this.tx.run(async (m) => {
      const attempt = await this.results.lockAttempt(m, member.organizationId, attemptId);
      if (!attempt) throw notFound('attempt');
      if (attempt.status === 'in_progress') {
        throw conflict(AssessmentsProblem.AttemptInProgress, 'The attempt has not been submitted yet.');
      }
      // An erased candidate's written answers are gone: grading them again would change kept statistics.
      const erased = await this.organizationDb.query(
        member.organizationId,
        `SELECT 1 FROM attempts t JOIN candidate_invitations i ON i.id = t.invitation_id
          WHERE t.organization_id = $1 AND t.id = $2 AND i.erased_at IS NOT NULL`,
        [attemptId],
        m,
      );
      if (erased.length) {
        throw conflict(
          AssessmentsProblem.CandidateErased,
          'The candidate’s data was erased; the result is kept as it was.',
        );
      }
      // Each re-grade runs every code and SQL answer again in the sandboxes: bounded per organization.
      await consumeDailyQuota(
        m,
        member.organizationId,
        'regrades-per-day',
        1,
        this.config.quotas.regradesPerDay,
        requestedAt,
      );
      await appendToOutbox(m, {
        type: EVENTS.ATTEMPT_REGRADE_REQUESTED,
        aggregateId: attemptId,
        payload: { requestedBy: member.userId ?? '' },
      });
      await this.audit.record(m, member.organizationId, who, 'attempt.regrade_requested', {
        type: 'attempt',
        id: attemptId,
      });
    });
    return { attemptId, status: 'regrade_requested', requestedAt: requestedAt.toISOString() };
  }
}
