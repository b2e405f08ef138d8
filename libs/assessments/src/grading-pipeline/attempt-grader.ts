import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AttemptsRepository } from '../attempts/attempts.repository';
import { Clock } from '@assay/core';
import { TransactionRunner } from '@assay/persistence';
import { EVENTS, appendToOutbox } from '@assay/queue';
import {
  GRADER_VERSION,
  GradingEngine,
  SANDBOX_CRASHED,
  scoreAttempt,
  type AnswerGrade,
} from '@assay/grading';
import {
  AssessmentRow,
  AttemptRow,
  QuestionRow,
  carryOverHandScores,
  integrityProblem,
  revisionParts,
  shownQuestions,
  toGradableQuestion,
} from './grading-inputs';

/** Assessments whose frozen questions one worker keeps in memory (least recently used go first). */
const QUESTION_CACHE_SIZE = 200;

/** Thrown when the worker is stopping and the job should go back to the queue for another worker. */
export class HandBack extends Error {
  constructor() {
    super('the worker is stopping; the job is handed back');
    this.name = 'HandBack';
  }
}

export type GradeOutcome =
  | 'graded'
  | 'regraded'
  | 'already-graded'
  | 'already-regraded'
  | 'not-submitted'
  | 'missing'
  | 'grading-error';

interface LoadedAttempt {
  attempt: AttemptRow;
  assessment: AssessmentRow | null;
  /** The questions this attempt was shown: exactly what is graded. */
  questions: QuestionRow[];
  /** Every question of the assessment (a per-candidate assessment's pool). */
  all: QuestionRow[];
  answers: Map<string, unknown>;
}

/**
 * Loads an attempt with its frozen questions, grades every answer with the engine, scores the attempt and
 * stores the result in one transaction. The first grading is idempotent (revision 1, ON CONFLICT DO
 * NOTHING; the `attempt.graded` event only when the insert won); a re-grade adds one revision per request.
 */
@Injectable()
export class AttemptGrader {
  private readonly questionCache = new Map<string, QuestionRow[]>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly engine: GradingEngine,
    private readonly clock: Clock,
    private readonly attempts: AttemptsRepository,
  ) {}

  /** `stop` rejects (with HandBack) when the worker must hand the job back before grading is done. */
  async gradeInitial(attemptId: string, stop?: Promise<never>): Promise<GradeOutcome> {
    const started = this.clock.now();
    // Graded, or failed for good (re-grading is a person's decision): a late duplicate job does nothing.
    const loaded = await this.load(attemptId, (status) => status === 'submitted');
    if (!loaded) return 'missing';
    const { attempt } = loaded;
    if (attempt.status === 'in_progress') return 'not-submitted';
    if (attempt.status !== 'submitted') return 'already-graded';
    this.assertGradable(loaded);

    const grades = await this.gradeAll(loaded, stop);
    const gradedAt = this.clock.now();
    const score = scoreAttempt({
      questions: loaded.questions.map(toGradableQuestion),
      grades,
      requirements: loaded.assessment!.requirements,
      passingScore: Number(loaded.assessment!.passing_score),
      level: loaded.assessment!.level,
    });
    // Two round trips in one transaction besides BEGIN and COMMIT: the result with its parts and the
    // attempt's status in one statement, then both outbox events in one INSERT (docs/decisions/0900).
    return this.tx.run(async (m) => {
      const resultId = await this.attempts.markGraded(m, {
        organizationId: attempt.organization_id,
        attemptId,
        reason: 'initial',
        ...revisionParts(loaded.questions, grades, score),
        graderVersion: GRADER_VERSION,
        timings: this.timings(attempt, started, gradedAt, loaded.questions.length),
      });
      if (!resultId) return 'already-graded';
      await appendToOutbox(
        m,
        {
          type: EVENTS.ATTEMPT_GRADED,
          aggregateId: attemptId,
          payload: { resultId, revision: 1, reason: 'initial' },
        },
        { type: EVENTS.STATISTICS_REQUESTED, aggregateId: attemptId, payload: {} },
      );
      return 'graded';
    });
  }

  /**
   * Grades the attempt again with the current engine and stores the next revision (reason `regrade`); the
   * previous revision stays. Essays scored by a person keep that score. `requestId` makes it once-only.
   */
  async regrade(
    attemptId: string,
    requestId: string,
    stop?: Promise<never>,
    requestedBy?: string,
  ): Promise<GradeOutcome> {
    const started = this.clock.now();
    const loaded = await this.load(attemptId);
    if (!loaded) return 'missing';
    const { attempt } = loaded;
    if (attempt.status === 'in_progress') return 'not-submitted';
    this.assertGradable(loaded);
    const fresh = await this.gradeAll(loaded, stop);
    const gradedAt = this.clock.now();

    return this.tx.run(async (m) => {
      await this.attempts.lock(m, attemptId);
      const reviewed: {
        assessment_question_id: string;
        score: string;
        max_score: string;
        verdict: string;
        details: Record<string, unknown>;
        scored_by_user_id: string | null;
        comment: string | null;
      }[] = await m.query(
        `SELECT g.assessment_question_id, g.score, g.max_score, g.verdict, g.details, g.scored_by_user_id, g.comment
           FROM answer_grades g JOIN attempt_results r ON r.id = g.result_id
          WHERE r.attempt_id = $1 AND r.is_current AND (g.details->>'reviewed') = 'true'`,
        [attemptId],
      );
      const { grades, reviews } = carryOverHandScores(
        fresh,
        reviewed.map((r) => ({
          assessmentQuestionId: r.assessment_question_id,
          score: Number(r.score),
          maxScore: Number(r.max_score),
          verdict: r.verdict,
          details: r.details,
          scoredByUserId: r.scored_by_user_id,
          comment: r.comment,
        })),
      );
      const score = scoreAttempt({
        questions: loaded.questions.map(toGradableQuestion),
        grades,
        requirements: loaded.assessment!.requirements,
        passingScore: Number(loaded.assessment!.passing_score),
        level: loaded.assessment!.level,
      });
      const parts = revisionParts(loaded.questions, grades, score);
      const stored = await this.attempts.regrade(m, {
        organizationId: attempt.organization_id,
        attemptId,
        reason: 'regrade',
        ...parts,
        grades: parts.grades.map((g) => ({ ...g, ...reviews.get(g.assessmentQuestionId) })),
        graderVersion: GRADER_VERSION,
        timings: {
          gradingMs: gradedAt.getTime() - started.getTime(),
          answers: loaded.questions.length,
        },
        requestId,
        requestedByUserId: requestedBy || null,
      });
      if (!stored) return 'already-regraded';
      await appendToOutbox(m, {
        type: EVENTS.ATTEMPT_GRADED,
        aggregateId: attemptId,
        payload: { resultId: stored.id, revision: stored.revision, reason: 'regrade' },
      });
      await appendToOutbox(m, { type: EVENTS.STATISTICS_REQUESTED, aggregateId: attemptId, payload: {} });
      return 'regraded';
    });
  }

  /**
   * The attempt could not be graded (a poison attempt, or retries exhausted): it becomes `grading_error`,
   * visible to the organization and re-gradable. A graded attempt whose re-grade failed stays graded.
   */
  async markGradingError(attemptId: string, message: string): Promise<void> {
    await this.attempts.markGradingError(this.db, attemptId, message);
  }

  private assertGradable(loaded: LoadedAttempt): void {
    const problem = integrityProblem(loaded.attempt, loaded.assessment, loaded.all);
    if (problem) throw new UnrecoverableError(`attempt ${loaded.attempt.id} cannot be graded: ${problem}`);
  }

  /** The attempt, and — when `wanted(status)` — its assessment, frozen questions and answers. */
  private async load(
    attemptId: string,
    wanted: (status: string) => boolean = (status) => status !== 'in_progress',
  ): Promise<LoadedAttempt | null> {
    // One round trip: the attempt, its assessment's scoring inputs and its answers (docs/decisions/0900).
    const rows: (AttemptRow & {
      requirements: AssessmentRow['requirements'] | null;
      passing_score: AssessmentRow['passing_score'] | null;
      level: AssessmentRow['level'] | null;
      forms: AssessmentRow['forms'] | null;
      has_assessment: boolean;
      answers: [string, unknown][];
    })[] = await this.db.query(
      `SELECT t.id, t.organization_id, t.assessment_id, t.status, t.submitted_at, t.question_order,
              a.id IS NOT NULL AS has_assessment, a.requirements, a.passing_score, a.level, a.forms,
              (SELECT COALESCE(json_agg(json_build_array(x.assessment_question_id, x.response)), '[]'::json)
                 FROM answers x WHERE x.attempt_id = t.id) AS answers
         FROM attempts t LEFT JOIN assessments a ON a.id = t.assessment_id
        WHERE t.id = $1`,
      [attemptId],
    );
    const row = rows[0];
    if (!row) return null;
    const attempt: AttemptRow = {
      id: row.id,
      organization_id: row.organization_id,
      assessment_id: row.assessment_id,
      status: row.status,
      submitted_at: row.submitted_at,
      question_order: row.question_order,
    };
    if (!wanted(attempt.status))
      return { attempt, assessment: null, questions: [], all: [], answers: new Map() };
    const questions = await this.questionsOf(attempt.assessment_id);
    return {
      attempt,
      assessment: row.has_assessment
        ? {
            requirements: row.requirements!,
            passing_score: row.passing_score!,
            level: row.level!,
            forms: row.forms ?? undefined,
          }
        : null,
      questions: shownQuestions(attempt, questions),
      all: questions,
      answers: new Map(row.answers),
    };
  }

  /**
   * The frozen questions of an assessment. An attempt exists only once its assessment is published, and a
   * published assessment's questions never change, so they are kept in memory (the largest part of a load:
   * prompts, tests, fixtures). The assessment row itself (passing score) is read every time.
   */
  private async questionsOf(assessmentId: string): Promise<QuestionRow[]> {
    const cached = this.questionCache.get(assessmentId);
    if (cached) {
      this.questionCache.delete(assessmentId); // most recently used last
      this.questionCache.set(assessmentId, cached);
      return cached;
    }
    const rows: QuestionRow[] = await this.db.query(
      `SELECT id, type, skill, difficulty, points, content, answer_key
         FROM assessment_questions WHERE assessment_id = $1 ORDER BY position`,
      [assessmentId],
    );
    // An empty set is not cached: it is a poison attempt, or an assessment still being written.
    if (rows.length) {
      if (this.questionCache.size >= QUESTION_CACHE_SIZE) {
        this.questionCache.delete(this.questionCache.keys().next().value!);
      }
      this.questionCache.set(assessmentId, rows);
    }
    return rows;
  }

  /** Every answer at once: inline types finish at once, code and SQL queue on the sandbox threads. */
  private async gradeAll(loaded: LoadedAttempt, stop?: Promise<never>): Promise<Record<string, AnswerGrade>> {
    const work = Promise.all(
      loaded.questions.map(async (q) => {
        const grade = await this.engine.grade(toGradableQuestion(q), loaded.answers.get(q.id) ?? null);
        return [q.id, grade] as const;
      }),
    );
    const graded = stop ? await Promise.race([work, stop]) : await work;
    // An answer that killed its sandbox thread twice has no verdict; a retry would only kill more threads.
    const crashed = graded.find(([, g]) => g.details.reason === SANDBOX_CRASHED);
    if (crashed) {
      throw new UnrecoverableError(
        `attempt ${loaded.attempt.id} cannot be graded: the answer to question ${crashed[0]} ` +
          `crashed the sandbox (${String(crashed[1].details.message ?? '')})`,
      );
    }
    return Object.fromEntries(graded);
  }

  private timings(attempt: AttemptRow, started: Date, gradedAt: Date, answers: number) {
    const submitted = attempt.submitted_at?.getTime() ?? started.getTime();
    return {
      queuedMs: Math.max(0, started.getTime() - submitted),
      gradingMs: gradedAt.getTime() - started.getTime(),
      totalMs: Math.max(0, this.clock.now().getTime() - submitted),
      answers,
    };
  }
}
