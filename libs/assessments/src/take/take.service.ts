import { Injectable } from '@nestjs/common';

import { InjectDataSource } from '@nestjs/typeorm';

import { Query, type Pool, type QueryResult } from 'pg';

import { DataSource } from 'typeorm';

import {
  Clock,
  ValidationProblem,
  conflict,
  gone,
  newId,
  notFound,
  unprocessable,
  type QuestionType,
} from '@assay/core';

import { TransactionRunner } from '@assay/persistence';

import { AUTO_SUBMIT_GRACE_MS, EVENTS, appendToOutbox } from '@assay/queue';

import type { RunAnswerJob } from '@assay/queue';

import { candidateQuestionView } from '../assessment.views';

import {
  Accommodations,
  deadlineFor,
  describeAccommodations,
  effectiveTimeLimitMinutes,
} from '../accommodations';

import { drawForm, formLength, isFormPlan, type FormPlan } from '../composition/candidate-forms';

import { AttemptSubmission } from '../attempt-submission';
import { AttemptsRepository } from '../attempts/attempts.repository';

import type { ProctoringEventDto } from '../dto/take.dto';

import type { AssessmentSettings, CandidateContent } from '../entities';
import { hashToken, looksLikeToken } from '../invitation-token';

import { AnswerRunner, RUN_PREVIEW_ROWS } from './answer-runner';

import { AnswerSaveBatcher, answerKey, type AnswerWrite, type SavedAt } from './answer-save-batcher';
import { validateResponse } from './response-validation';

import { seededShuffle } from './seeded-shuffle';

import { OrganizationsProblem } from '@assay/organizations';

import { AssessmentsProblem } from '../assessments.problems';

export const MAX_EVENTS_PER_ATTEMPT = 1000;
const QUESTION_CACHE_LIMIT = 2000;

interface TokenRow {
  invitation_id: string;
  organization_id: string;
  assessment_id: string;
  full_name: string;
  accommodations: Accommodations;
  organization_name: string;
  expires_at: Date;
  revoked_at: Date | null;
  title: string;
  role_title: string;
  level: string;
  time_limit_minutes: number;
  assessment_status: string;
  settings: AssessmentSettings;
  question_count: number;
  forms: string;
  form_plan: FormPlan | null;
  attempt_id: string | null;
  attempt_status: string | null;
  started_at: Date | null;
  deadline_at: Date | null;
  submitted_at: Date | null;
  question_order: string[] | null;
  option_orders: Record<string, string[]> | null;
  percentage: string | null;
}

interface QuestionRow {
  id: string;
  type: string;
  points: string;
  content: CandidateContent;
}

/** The questions of a published assessment never change, so the hot answer path keeps them in memory. */
interface QuestionShapes {
  byId: Map<string, { type: string; content: CandidateContent }>;
}

/**
 * The autosave's guarded UPSERT (decision 0403; exported for the bench's bare baseline of it), for a batch of
 * answers (AnswerSaveBatcher; a quiet server sends batches of one). Each answer is written only where its
 * attempt is in progress, its link not revoked, its assessment open and its deadline (plus the grace) not
 * passed, checked here on every write. Rows are written in key order, so two
 * batches lock the answers they share in the same order. What it returns names the answers written.
 */
export const SAVE_ANSWERS_SQL = `INSERT INTO answers (id, organization_id, attempt_id, assessment_question_id, response, saved_at)
  SELECT b.id, t.organization_id, t.id, b.question_id, b.response::jsonb, now()
    FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[]) AS b(id, attempt_id, question_id, response)
    JOIN attempts t ON t.id = b.attempt_id
    JOIN candidate_invitations i ON i.id = t.invitation_id
    JOIN assessments a ON a.id = t.assessment_id
   WHERE t.status = 'in_progress' AND i.revoked_at IS NULL AND a.status = 'open'
     AND now() <= t.deadline_at + make_interval(secs => $5)
   ORDER BY b.attempt_id, b.question_id
  ON CONFLICT (attempt_id, assessment_question_id)
  DO UPDATE SET response = EXCLUDED.response, saved_at = EXCLUDED.saved_at, updated_at = now()
  RETURNING attempt_id, assessment_question_id, saved_at`;

/** Autosave statements running at once per API process; answers arriving meanwhile share the next one. */
export const SAVE_STATEMENTS_IN_FLIGHT = 4;

/**
 * A named prepared statement through the pool, built as a pg `Query` (a submittable) from the text: given a
 * config object instead, pg copies it property by property with defineProperties on every call, which cost
 * more than the rest of the driver's work on the autosave path (decision 0403).
 */
function preparedQuery<R extends object>(
  pool: Pool,
  name: string,
  text: string,
  values: unknown[],
): Promise<QueryResult<R>> {
  const query = new Query<R>(text, values);
  // Typed without it, but a pg Query carries its statement name (set from the config in its constructor).
  (query as unknown as { name: string }).name = name;
  return pool.query(query) as unknown as Promise<QueryResult<R>>;
}

/** The candidate's side: everything here is authorized by the invitation token alone. */
@Injectable()
export class TakeService {
  private readonly shapes = new Map<string, QuestionShapes>();
  /** token hash → attempt (immutable facts only; status and deadline are always checked in SQL). */
  private readonly attempts = new Map<
    string,
    { attemptId: string; assessmentId: string; organizationId: string; questions: ReadonlySet<string> }
  >();

  private readonly pool: Pool;
  private readonly answerWrites: AnswerSaveBatcher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly submission: AttemptSubmission,
    private readonly attemptsRepo: AttemptsRepository,
    private readonly clock: Clock,
    private readonly runner: AnswerRunner,
  ) {
    this.pool = (db.driver as unknown as { master: Pool }).master;
    this.answerWrites = new AnswerSaveBatcher((batch) => this.writeAnswers(batch), SAVE_STATEMENTS_IN_FLIGHT);
  }

  /** Autosave statements sent so far, the answers they carried, and the answers waiting for one. */
  get autosaveWrites(): { statements: number; answers: number; waiting: number } {
    return { ...this.answerWrites.sent, waiting: this.answerWrites.waiting };
  }

  /** One statement for a batch of autosaves; the answers it did not write were refused by its guards. */
  private async writeAnswers(batch: readonly AnswerWrite[]): Promise<SavedAt> {
    const { rows } = await preparedQuery<{
      attempt_id: string;
      assessment_question_id: string;
      saved_at: Date;
    }>(this.pool, 'take-save-answers', SAVE_ANSWERS_SQL, [
      batch.map((a) => a.id),
      batch.map((a) => a.attemptId),
      batch.map((a) => a.questionId),
      batch.map((a) => a.response),
      AUTO_SUBMIT_GRACE_MS / 1000,
    ]);
    return new Map(rows.map((r) => [answerKey(r.attempt_id, r.assessment_question_id), r.saved_at]));
  }

  async intro(token: string) {
    const row = await this.resolve(token);
    const result =
      row.settings.showScoreToCandidate && row.attempt_status === 'graded' && row.percentage !== null
        ? { percentage: Number(row.percentage) }
        : undefined;
    return {
      assessment: {
        title: row.title,
        roleTitle: row.role_title,
        level: row.level,
        timeLimitMinutes: row.time_limit_minutes,
        questionCount: questionCountOf(row),
      },
      organization: { name: row.organization_name },
      candidate: { fullName: row.full_name },
      // The candidate sees their own time: the limit with their accommodations applied (null = untimed).
      accommodations: {
        ...row.accommodations,
        timeLimitMinutes: effectiveTimeLimitMinutes(row.time_limit_minutes, row.accommodations),
        note: describeAccommodations(row.accommodations),
      },
      status: candidateStatus(row),
      startedAt: row.started_at?.toISOString() ?? null,
      deadlineAt: row.deadline_at?.toISOString() ?? null,
      submittedAt: row.submitted_at?.toISOString() ?? null,
      expiresAt: row.expires_at.toISOString(),
      ...(result ? { result } : {}),
    };
  }

  /** Starts the attempt, or returns the one already started (same order, same deadline). */
  async start(token: string) {
    let row = await this.resolve(token);
    if (!row.attempt_id) {
      if (row.assessment_status !== 'open') {
        throw conflict(
          AssessmentsProblem.AssessmentClosed,
          'This assessment no longer accepts new candidates.',
        );
      }
      await this.tx.run(async (m) => {
        const all: FormRow[] = await m.query(
          `SELECT id, question_id, type, skill, difficulty, time_estimate_seconds, content
             FROM assessment_questions WHERE assessment_id = $1 ORDER BY position`,
          [row.assessment_id],
        );
        // Per candidate: this invitation's form, drawn from the pool (the same form on every start).
        const questions = perCandidatePlan(row)
          ? drawForm(
              perCandidatePlan(row)!,
              all.map((q) => ({
                ...q,
                questionId: q.question_id,
                timeEstimateSeconds: Number(q.time_estimate_seconds),
                difficulty: Number(q.difficulty),
              })),
              row.invitation_id,
            )
          : all;
        const attemptId = newId();
        const ids = questions.map((q) => q.id);
        const order = row.settings.shuffleQuestions ? seededShuffle(ids, attemptId) : ids;
        const optionOrders: Record<string, string[]> = {};
        if (row.settings.shuffleOptions) {
          for (const q of questions) {
            if (q.content.options?.length) {
              optionOrders[q.id] = seededShuffle(
                q.content.options.map((o) => o.id),
                `${attemptId}:${q.id}`,
              );
            }
          }
        }
        const now = this.clock.now();
        const deadline = deadlineFor(now, row.time_limit_minutes, row.accommodations);
        // The unique invitation index settles a double start: the second insert does nothing.
        const inserted = await this.attemptsRepo.start(m, {
          id: attemptId,
          organizationId: row.organization_id,
          assessmentId: row.assessment_id,
          invitationId: row.invitation_id,
          startedAt: now,
          deadlineAt: deadline,
          questionOrder: order,
          optionOrders,
          accommodations: row.accommodations,
        });
        if (inserted) {
          await appendToOutbox(m, {
            type: EVENTS.ATTEMPT_STARTED,
            aggregateId: attemptId,
            payload: { deadlineAt: deadline.toISOString() },
          });
        }
      });
      row = await this.resolve(token);
    }
    const questions: QuestionRow[] = await this.db.query(
      `SELECT id, type, points, content FROM assessment_questions WHERE assessment_id = $1`,
      [row.assessment_id],
    );
    const byId = new Map(questions.map((q) => [q.id, q]));
    const answers: { assessment_question_id: string; response: unknown; saved_at: Date }[] =
      await this.db.query(
        `SELECT assessment_question_id, response, saved_at FROM answers WHERE attempt_id = $1`,
        [row.attempt_id],
      );
    return {
      status: candidateStatus(row),
      startedAt: row.started_at!.toISOString(),
      deadlineAt: row.deadline_at!.toISOString(),
      submittedAt: row.submitted_at?.toISOString() ?? null,
      questions: (row.question_order ?? []).flatMap((id, i) => {
        const q = byId.get(id);
        return q
          ? [candidateQuestionView({ ...q, points: Number(q.points) }, i + 1, row.option_orders?.[id])]
          : [];
      }),
      // So a candidate who reloads the page continues where they were.
      answers: answers.map((a) => ({
        questionId: a.assessment_question_id,
        response: a.response,
        savedAt: a.saved_at.toISOString(),
      })),
    };
  }

  /**
   * The hottest write: thousands of candidates autosave every few seconds. One round trip when all is
   * well — an UPSERT guarded by the attempt's status and deadline — and a slow path only to explain a refusal.
   */
  async saveAnswer(token: string, questionId: string, response: unknown) {
    const tokenHash = looksLikeToken(token) ? hashToken(token) : null;
    const known = tokenHash ? this.attempts.get(tokenHash) : undefined;
    const context = known ?? (await this.contextFor(token));
    const shapes = await this.shapesOf(context.assessmentId);
    const question = shapes.byId.get(questionId);
    if (!question) throw notFound('question');
    if (!context.questions.has(questionId)) throw notFound('question');
    const errors = validateResponse(question, response);
    if (errors.length) throw new ValidationProblem(errors);

    // Written with the autosaves arriving meanwhile, by the driver's pool directly (TypeORM's query runner
    // costs more than the query itself on this path), as a named prepared statement. Status, revocation,
    // assessment state and deadline are checked in SQL on every write (decision 0403).
    const savedAt = await this.answerWrites.save({
      id: newId(),
      attemptId: context.attemptId,
      questionId,
      response: JSON.stringify(response),
    });
    if (savedAt) return { questionId, savedAt: savedAt.toISOString() };
    // Refused: find out why, for a precise answer (resolve() answers 410 for a revoked link or an archive).
    const row = await this.resolve(token);
    if (row.assessment_status !== 'open') {
      throw conflict(
        AssessmentsProblem.AssessmentClosed,
        'This assessment is closed; answers can no longer change.',
      );
    }
    if (row.attempt_status !== 'in_progress') {
      throw conflict(
        AssessmentsProblem.AttemptSubmitted,
        'The assessment has been submitted; answers can no longer change.',
      );
    }
    throw conflict(AssessmentsProblem.DeadlinePassed, 'The time for this assessment is over.');
  }

  async recordEvent(token: string, dto: ProctoringEventDto) {
    const context = await this.contextFor(token);
    if (dto.type === 'viewed') await this.assertShownQuestion(context.attemptId, dto.data?.questionId);
    // The server's receive time is the event's time (time on a question is measured on it too); the candidate's clock is kept beside it, never in its place.
    const at = this.clock.now();
    const clientAt = dto.at ? new Date(dto.at) : null;
    const validClientAt = clientAt && !Number.isNaN(clientAt.getTime()) ? clientAt : null;
    const claimed = await this.attemptsRepo.countEvent(this.db, context.attemptId, MAX_EVENTS_PER_ATTEMPT);
    if (!claimed) {
      const row = await this.resolve(token);
      if (row.attempt_status !== 'in_progress') {
        throw conflict(AssessmentsProblem.AttemptSubmitted, 'The assessment has been submitted.');
      }
      return { accepted: false, reason: 'event limit reached for this attempt' };
    }
    const data = dto.data && JSON.stringify(dto.data).length <= 2048 ? dto.data : null;
    await this.db.query(
      `INSERT INTO proctoring_events (id, organization_id, attempt_id, type, at, client_at, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [
        newId(),
        context.organizationId,
        context.attemptId,
        dto.type,
        at,
        validClientAt,
        data ? JSON.stringify(data) : null,
      ],
    );
    return { accepted: true };
  }

  /**
   * "Run examples" (code: the question's visible tests only; hidden ones never leave the database) or "Run
   * query" (SQL: the first rows on the fixture). Nothing is saved or graded; a worker runs it.
   */
  async run(token: string, questionId: string, response: unknown) {
    const row = await this.resolve(token);
    if (!row.attempt_id)
      throw conflict(AssessmentsProblem.NotStarted, 'The assessment has not been started.');
    if (row.attempt_status !== 'in_progress') {
      throw conflict(AssessmentsProblem.AttemptSubmitted, 'The assessment has been submitted.');
    }
    if (this.clock.now().getTime() > row.deadline_at!.getTime() + AUTO_SUBMIT_GRACE_MS) {
      throw conflict(AssessmentsProblem.DeadlinePassed, 'The time for this assessment is over.');
    }
    const rows: { type: string; content: CandidateContent; answer_key: Record<string, unknown> }[] =
      await this.db.query(
        `SELECT type, content, answer_key FROM assessment_questions WHERE id = $1 AND assessment_id = $2`,
        [questionId, row.assessment_id],
      );
    const question = rows[0];
    if (!question) throw notFound('question');
    if (question.type !== 'code' && question.type !== 'sql') {
      throw unprocessable(AssessmentsProblem.NotRunnable, 'Only code and SQL questions can be run.');
    }
    const errors = validateResponse({ type: question.type, content: question.content }, response);
    if (errors.length) throw new ValidationProblem(errors);
    await this.runner.admit(row.attempt_id);

    if (question.type === 'sql') {
      const { query } = response as { query: string };
      return this.runner.run({
        type: 'sql',
        schema: String(question.content.schema ?? ''),
        query,
        maxRows: RUN_PREVIEW_ROWS,
      });
    }
    const visible = visibleTests(question.answer_key);
    const job: RunAnswerJob = {
      type: 'code',
      functionName: String(question.content.functionName ?? ''),
      languages: question.content.languages ?? [],
      timeLimitMs: question.content.timeLimitMs,
      tests: visible,
      response: response as { language: string; code: string },
    };
    if (!visible.length) return { type: 'code', verdict: 'accepted', tests: [] };
    const result = await this.runner.run(job);
    if (result.type !== 'code') return result;
    return {
      ...result,
      // The examples are the candidate's to see: their input always, their expected value even when passed.
      tests: result.tests.map((t) => ({
        ...t,
        input: JSON.stringify(visible[t.index]?.args ?? []),
        expected: t.expected ?? JSON.stringify(visible[t.index]?.expected ?? null),
      })),
    };
  }

  /** A `viewed` event names one of the attempt's questions (400 otherwise). */
  private async assertShownQuestion(attemptId: string, questionId: unknown): Promise<void> {
    const rows: { shown: boolean }[] = await this.db.query(
      `SELECT question_order @> to_jsonb($2::text) AS shown FROM attempts WHERE id = $1`,
      [attemptId, typeof questionId === 'string' ? questionId : ''],
    );
    if (typeof questionId !== 'string' || !rows[0]?.shown) {
      throw new ValidationProblem([
        { field: 'data.questionId', message: 'must be the id of a question of this assessment' },
      ]);
    }
  }

  async submit(token: string) {
    const context = await this.contextFor(token, { allowFinished: true });
    const outcome = await this.tx.run((m) => this.submission.submit(m, context.attemptId, 'candidate'));
    return {
      status: outcome.status === 'in_progress' ? 'submitted' : outcome.status,
      submittedAt: outcome.submittedAt?.toISOString() ?? null,
    };
  }

  /** The started attempt behind a token; 409 if it has not been started. */
  private async contextFor(token: string, options: { allowFinished?: boolean } = {}) {
    const row = await this.resolve(token);
    if (!row.attempt_id)
      throw conflict(AssessmentsProblem.NotStarted, 'The assessment has not been started.');
    void options;
    const context = {
      attemptId: row.attempt_id,
      assessmentId: row.assessment_id,
      organizationId: row.organization_id,
      // The questions of this candidate's form (all of a fixed assessment's); fixed once started.
      questions: new Set((row.question_order ?? []).map(String)),
    };
    if (this.attempts.size > 50_000) this.attempts.clear();
    this.attempts.set(hashToken(token), context);
    return context;
  }

  private async shapesOf(assessmentId: string): Promise<QuestionShapes> {
    const cached = this.shapes.get(assessmentId);
    if (cached) return cached;
    const rows: { id: string; type: string; content: CandidateContent }[] = await this.db.query(
      `SELECT id, type, content FROM assessment_questions WHERE assessment_id = $1`,
      [assessmentId],
    );
    const shapes = { byId: new Map(rows.map((r) => [r.id, { type: r.type, content: r.content }])) };
    if (this.shapes.size >= QUESTION_CACHE_LIMIT) this.shapes.delete(this.shapes.keys().next().value!);
    this.shapes.set(assessmentId, shapes);
    return shapes;
  }

  /** 404 for an unknown token, 410 for a revoked or expired one (unless already started). */
  private async resolve(token: string): Promise<TokenRow> {
    if (!looksLikeToken(token)) throw notFound('invitation');
    const rows: TokenRow[] = await this.db.query(
      `SELECT i.id AS invitation_id, i.organization_id, i.assessment_id, i.full_name, i.accommodations,
              i.expires_at, i.revoked_at,
              (SELECT o.name FROM organizations o WHERE o.id = i.organization_id) AS organization_name,
              a.title, a.role_title, a.level, a.time_limit_minutes, a.status AS assessment_status, a.settings,
              a.forms, a.form_plan,
              (SELECT count(*)::int FROM assessment_questions q WHERE q.assessment_id = a.id) AS question_count,
              t.id AS attempt_id, t.status AS attempt_status, t.started_at, t.deadline_at, t.submitted_at,
              t.question_order, t.option_orders, r.percentage
         FROM candidate_invitations i
         JOIN assessments a ON a.id = i.assessment_id
         LEFT JOIN attempts t ON t.invitation_id = i.id
         LEFT JOIN attempt_results r ON r.attempt_id = t.id AND r.is_current
        WHERE i.token_hash = $1`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) throw notFound('invitation');
    if (row.revoked_at)
      throw gone(OrganizationsProblem.InvitationRevoked, 'This invitation has been withdrawn.');
    if (!row.attempt_id && row.expires_at.getTime() < this.clock.now().getTime()) {
      throw gone(OrganizationsProblem.InvitationExpired, 'This invitation has expired.');
    }
    if (row.assessment_status === 'archived')
      throw gone(AssessmentsProblem.AssessmentArchived, 'This assessment is no longer available.');
    return row;
  }
}

interface FormRow {
  id: string;
  question_id: string;
  type: QuestionType;
  skill: string;
  difficulty: number;
  time_estimate_seconds: number;
  content: CandidateContent;
}

function perCandidatePlan(row: TokenRow): FormPlan | null {
  return row.forms === 'per_candidate' && isFormPlan(row.form_plan) ? row.form_plan : null;
}

/** How many questions this candidate answers: their form once started, else what a form will have. */
function questionCountOf(row: TokenRow): number {
  if (row.question_order) return row.question_order.length;
  const plan = perCandidatePlan(row);
  return plan ? Math.min(formLength(plan), Number(row.question_count)) : Number(row.question_count);
}

/** The examples a candidate may run: tests not marked hidden, as arguments and expected value only. */
export function visibleTests(answerKey: unknown): { args: unknown[]; expected: unknown }[] {
  const tests = (answerKey as { tests?: unknown } | null)?.tests;
  if (!Array.isArray(tests)) return [];
  return tests.flatMap((t) => {
    if (t === null || typeof t !== 'object') return [];
    const test = t as { args?: unknown; expected?: unknown; hidden?: unknown };
    if (test.hidden !== false && test.hidden !== undefined) return [];
    return Array.isArray(test.args) ? [{ args: test.args, expected: test.expected }] : [];
  });
}

function candidateStatus(row: TokenRow): string {
  if (!row.attempt_status) return 'invited';
  if (row.attempt_status === 'grading_error') return 'submitted';
  return row.attempt_status;
}
