import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '@assay/core';
import { returnedRows } from '@assay/persistence';
import type { AttemptStatus, SubmitReason } from '../entities';
import {
  gradeArrays,
  resultValues,
  skillArrays,
  storableText,
  type ResultRevisionInput,
} from '../results/result-store';

/** A transaction's manager, or the data source for a single statement. */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * From-states of each named transition. Every UPDATE below names them in its WHERE clause, so a transition
 * from any other state changes nothing (and the caller learns it from the returned rows).
 */
export const ATTEMPT_TRANSITIONS = {
  submit: ['in_progress'],
  markGraded: ['submitted', 'grading_error'],
  markGradingError: ['submitted', 'graded', 'grading_error'],
  regrade: ['submitted', 'graded', 'grading_error'],
} as const satisfies Record<string, readonly AttemptStatus[]>;

export interface NewAttempt {
  id: string;
  organizationId: string;
  assessmentId: string;
  invitationId: string;
  startedAt: Date;
  deadlineAt: Date;
  questionOrder: string[];
  optionOrders: Record<string, string[]>;
  accommodations: unknown;
}

/**
 * The only code that writes `attempts`, `attempt_results`, `skill_scores` and `answer_grades`
 * (docs/decisions/1600; test: libs/persistence/src/table-ownership.spec.ts). An attempt's status moves only
 * through the named transitions — start → `submit` → `markGraded` | `markGradingError`, then `regrade` —
 * each guarded in SQL by its allowed from-states. Stateless: every method runs in the caller's transaction
 * (`m`), so a transition commits with its outbox rows.
 */
@Injectable()
export class AttemptsRepository {
  /**
   * A candidate starts: a new attempt, `in_progress`. The unique invitation index settles a double start:
   * false when the invitation already has an attempt (nothing written).
   */
  async start(m: Queryable, a: NewAttempt): Promise<boolean> {
    const inserted = returnedRows<{ id: string }>(
      await m.query(
        `INSERT INTO attempts (id, organization_id, assessment_id, invitation_id, status, started_at, deadline_at,
                               question_order, option_orders, accommodations)
         VALUES ($1, $2, $3, $4, 'in_progress', $5, $6, $7::jsonb, $8::jsonb, $9::jsonb)
         ON CONFLICT (invitation_id) DO NOTHING
         RETURNING id`,
        [
          a.id,
          a.organizationId,
          a.assessmentId,
          a.invitationId,
          a.startedAt,
          a.deadlineAt,
          JSON.stringify(a.questionOrder),
          JSON.stringify(a.optionOrders),
          JSON.stringify(a.accommodations),
        ],
      ),
    );
    return inserted.length > 0;
  }

  /** Counts one proctoring event of an attempt still in progress, up to `max`; false when not counted. */
  async countEvent(m: Queryable, attemptId: string, max: number): Promise<boolean> {
    const claimed = returnedRows<{ id: string }>(
      await m.query(
        `UPDATE attempts SET event_count = event_count + 1
          WHERE id = $1 AND status = 'in_progress' AND event_count < $2
          RETURNING id`,
        [attemptId, max],
      ),
    );
    return claimed.length > 0;
  }

  /** in_progress → submitted. Null when the attempt was not in progress (nothing written). */
  async submit(m: Queryable, attemptId: string, reason: SubmitReason): Promise<{ submittedAt: Date } | null> {
    const updated = returnedRows<{ submitted_at: Date }>(
      await m.query(
        `UPDATE attempts SET status = 'submitted', submitted_at = now(), submit_reason = $2, updated_at = now()
          WHERE id = $1 AND status = ANY($3::text[])
          RETURNING submitted_at`,
        [attemptId, reason, ATTEMPT_TRANSITIONS.submit],
      ),
    );
    return updated.length ? { submittedAt: updated[0].submitted_at } : null;
  }

  /**
   * The first grading in ONE statement (docs/decisions/0900): revision 1 (`ON CONFLICT DO NOTHING`, so a job
   * that runs twice stores one result), its skill scores and answer verdicts (set-based, from arrays), and
   * the attempt submitted | grading_error → graded — each part only if the result row was inserted, which
   * it is only when the attempt is in one of those states.
   * Data-modifying CTEs share one snapshot and foreign keys are checked at the end of the statement, so the
   * children may reference the new result. Returns the new id, or null when another run got there first
   * (then nothing was written).
   */
  async markGraded(m: Queryable, input: ResultRevisionInput): Promise<string | null> {
    const rows: { id: string }[] = await m.query(
      `WITH r AS (
         INSERT INTO attempt_results
           (id, organization_id, attempt_id, revision, is_current, reason, score, max_score, percentage, passed,
            recommended_level, level_fit, grader_version, timings, measurement)
         SELECT $1::uuid, $2::uuid, $3::uuid, 1, true, $4::text, $5::numeric, $6::numeric, $7::numeric,
                $8::boolean, $9::text, $10::jsonb, $11::text, $12::jsonb, $13::jsonb
          WHERE EXISTS (SELECT 1 FROM attempts WHERE id = $3::uuid AND status = ANY($28::text[]))
         ON CONFLICT DO NOTHING
         RETURNING id, organization_id, attempt_id
       ), s AS (
         INSERT INTO skill_scores
           (result_id, organization_id, skill, score, max_score, percentage, proficiency, item_count, confidence)
         SELECT r.id, r.organization_id, u.*
           FROM r, unnest($14::text[], $15::numeric[], $16::numeric[], $17::numeric[], $18::smallint[],
                          $19::smallint[], $20::text[]) AS u
       ), g AS (
         INSERT INTO answer_grades
           (result_id, organization_id, assessment_question_id, verdict, score, max_score, details,
            scored_by_user_id, comment)
         SELECT r.id, r.organization_id, u.*
           FROM r, unnest($21::uuid[], $22::text[], $23::numeric[], $24::numeric[], $25::jsonb[], $26::uuid[],
                          $27::text[]) AS u
       ), a AS (
         UPDATE attempts t SET status = 'graded', graded_at = now(), grading_error = NULL, updated_at = now()
           FROM r WHERE t.id = r.attempt_id AND t.status = ANY($28::text[])
       )
       SELECT id FROM r`,
      [
        newId(),
        ...resultValues(input),
        ...skillArrays(input),
        ...gradeArrays(input),
        ATTEMPT_TRANSITIONS.markGraded,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * The attempt could not be graded (a poison attempt, or retries exhausted): submitted → grading_error with
   * the reason. A graded attempt whose re-grade failed stays graded, with the reason noted; an attempt in
   * progress is not touched.
   */
  async markGradingError(m: Queryable, attemptId: string, message: string): Promise<void> {
    await m.query(
      `UPDATE attempts
          SET status = CASE WHEN status = 'submitted' THEN 'grading_error' ELSE status END,
              grading_error = $2, updated_at = now()
        WHERE id = $1 AND status = ANY($3::text[])`,
      [attemptId, storableText(message).slice(0, 1000), ATTEMPT_TRANSITIONS.markGradingError],
    );
  }

  /** Locks the attempt's row until the transaction ends: revisions are numbered under this lock. */
  async lock(m: Queryable, attemptId: string): Promise<void> {
    await m.query(`SELECT id FROM attempts WHERE id = $1 FOR UPDATE`, [attemptId]);
  }

  /**
   * A re-grade: the attempt submitted | graded | grading_error → graded, and the next revision (see
   * `addRevision`). Null, with nothing written, when `requestId` was already answered or the attempt is
   * not in one of those states. Call under `lock`.
   */
  async regrade(m: Queryable, input: ResultRevisionInput): Promise<{ id: string; revision: number } | null> {
    if (input.requestId && (await this.answered(m, input.attemptId, input.requestId))) return null;
    const moved = returnedRows<{ id: string }>(
      await m.query(
        `UPDATE attempts SET status = 'graded', graded_at = COALESCE(graded_at, now()), grading_error = NULL,
                updated_at = now()
          WHERE id = $1 AND status = ANY($2::text[])
          RETURNING id`,
        [input.attemptId, ATTEMPT_TRANSITIONS.regrade],
      ),
    );
    // Not in a state a re-grade applies to (still in progress): no revision either.
    if (!moved.length) return null;
    return this.addRevision(m, input);
  }

  /**
   * A further revision (re-grade, hand-scored essay); the attempt's status is unchanged. Call under `lock`,
   * so revisions are numbered without gaps or races; the previous current revision is kept, no longer
   * current. With a `requestId` already answered, nothing is written and null is returned.
   */
  async addRevision(
    m: Queryable,
    input: ResultRevisionInput,
  ): Promise<{ id: string; revision: number } | null> {
    if (input.requestId && (await this.answered(m, input.attemptId, input.requestId))) return null;
    const [{ next }]: { next: number }[] = await m.query(
      `SELECT COALESCE(max(revision), 0) + 1 AS next FROM attempt_results WHERE attempt_id = $1`,
      [input.attemptId],
    );
    await m.query(
      `UPDATE attempt_results SET is_current = false, updated_at = now() WHERE attempt_id = $1 AND is_current`,
      [input.attemptId],
    );
    const id = newId();
    await m.query(
      `INSERT INTO attempt_results
         (id, organization_id, attempt_id, revision, is_current, reason, score, max_score, percentage, passed,
          recommended_level, level_fit, grader_version, timings, measurement, request_id, requested_by_user_id)
       VALUES ($1, $2, $3, $14, true, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12::jsonb, $13::jsonb, $15, $16)`,
      [id, ...resultValues(input), Number(next), input.requestId ?? null, input.requestedByUserId ?? null],
    );
    if (input.skills.length) {
      await m.query(
        `INSERT INTO skill_scores
           (result_id, organization_id, skill, score, max_score, percentage, proficiency, item_count, confidence)
         SELECT $1, $2, * FROM unnest($3::text[], $4::numeric[], $5::numeric[], $6::numeric[], $7::smallint[],
                                      $8::smallint[], $9::text[])`,
        [id, input.organizationId, ...skillArrays(input)],
      );
    }
    if (input.grades.length) {
      await m.query(
        `INSERT INTO answer_grades
           (result_id, organization_id, assessment_question_id, verdict, score, max_score, details, scored_by_user_id, comment)
         SELECT $1, $2, * FROM unnest($3::uuid[], $4::text[], $5::numeric[], $6::numeric[], $7::jsonb[], $8::uuid[], $9::text[])`,
        [id, input.organizationId, ...gradeArrays(input)],
      );
    }
    return { id, revision: Number(next) };
  }

  /** Whether a revision already answers this request (requests are once-only). */
  private async answered(m: Queryable, attemptId: string, requestId: string): Promise<boolean> {
    const done: unknown[] = await m.query(
      `SELECT 1 FROM attempt_results WHERE attempt_id = $1 AND request_id = $2`,
      [attemptId, requestId],
    );
    return done.length > 0;
  }

  /** The assessment's creator was emailed about the attempt's first result (once per attempt). */
  async markCreatorNotified(m: Queryable, attemptId: string): Promise<void> {
    await m.query(
      `UPDATE attempts SET creator_notified_at = now() WHERE id = $1 AND creator_notified_at IS NULL`,
      [attemptId],
    );
  }

  /**
   * Erasure: graders' details of written answers (of `freeTextTypes`) echo them (test outputs, rows) and
   * reviewers' comments name them; both go, in every revision of these attempts. Scores stay.
   */
  async eraseGradeDetails(
    m: Queryable,
    organizationId: string,
    attemptIds: string[],
    freeTextTypes: readonly string[],
  ): Promise<void> {
    if (!attemptIds.length) return;
    await m.query(
      `UPDATE answer_grades g
          SET details = CASE WHEN q.type = ANY($3::text[]) THEN '{"erased": true}'::jsonb ELSE g.details END,
              comment = NULL
         FROM attempt_results r, assessment_questions q
        WHERE r.id = g.result_id AND q.id = g.assessment_question_id
          AND r.organization_id = $1 AND r.attempt_id = ANY($2::uuid[])`,
      [organizationId, attemptIds, freeTextTypes],
    );
  }
}
