import type { EntityManager } from 'typeorm';
import { newId } from '@assay/core';
import type { ResultMeasurement, ResultReason, ResultTimings, StoredLevelFit } from '../entities';

/** Everything one result revision stores: the totals, per-skill scores and every answer's verdict. */
export interface ResultRevisionInput {
  organizationId: string;
  attemptId: string;
  reason: ResultReason;
  score: number;
  maxScore: number;
  percentage: number;
  passed: boolean;
  levelFit: StoredLevelFit;
  /** Questions with points and the attempt's binomial SEM (absent on revisions that predate it). */
  measurement?: ResultMeasurement;
  graderVersion: string;
  timings: ResultTimings;
  requestId?: string | null;
  requestedByUserId?: string | null;
  skills: {
    skill: string;
    score: number;
    maxScore: number;
    percentage: number;
    proficiency: number | null;
    itemCount?: number | null;
    confidence?: string | null;
  }[];
  grades: {
    assessmentQuestionId: string;
    verdict: string;
    score: number;
    maxScore: number;
    details: Record<string, unknown>;
    scoredByUserId?: string | null;
    comment?: string | null;
  }[];
}

/**
 * The first grading of an attempt: revision 1 with `ON CONFLICT DO NOTHING`, so a job that runs twice
 * (a retry, a stalled job re-run, the reconciler) stores one result. Returns the new id, or null when
 * another run got there first — then nothing else is written either.
 */
export async function insertInitialResult(
  m: EntityManager,
  input: ResultRevisionInput,
): Promise<string | null> {
  const id = newId();
  const inserted: { id: string }[] = await m.query(
    `INSERT INTO attempt_results
       (id, organization_id, attempt_id, revision, is_current, reason, score, max_score, percentage, passed,
        recommended_level, level_fit, grader_version, timings, measurement)
     VALUES ($1, $2, $3, 1, true, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12::jsonb, $13::jsonb)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [id, ...resultValues(input)],
  );
  if (!inserted.length) return null;
  await insertParts(m, id, input);
  return id;
}

/**
 * The first grading in ONE statement (docs/decisions/0900): revision 1 (`ON CONFLICT DO NOTHING`, so a job
 * that runs twice stores one result), its skill scores and answer verdicts (set-based, from arrays), and the
 * attempt marked `graded` — each part only if the result row was inserted. Data-modifying CTEs share one
 * snapshot and foreign keys are checked at the end of the statement, so the children may reference the new
 * result. Returns the new id, or null when another run got there first (then nothing was written).
 */
export async function storeInitialGrading(
  m: EntityManager,
  input: ResultRevisionInput,
): Promise<string | null> {
  const rows: { id: string }[] = await m.query(
    `WITH r AS (
       INSERT INTO attempt_results
         (id, organization_id, attempt_id, revision, is_current, reason, score, max_score, percentage, passed,
          recommended_level, level_fit, grader_version, timings, measurement)
       VALUES ($1, $2, $3, 1, true, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12::jsonb, $13::jsonb)
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
         FROM r WHERE t.id = r.attempt_id AND t.status IN ('submitted', 'grading_error')
     )
     SELECT id FROM r`,
    [newId(), ...resultValues(input), ...skillArrays(input), ...gradeArrays(input)],
  );
  return rows[0]?.id ?? null;
}

/**
 * A further revision (re-grade, hand-scored essay). The caller holds the attempt's row lock, so revisions are
 * numbered without gaps or races; the previous current revision is kept, no longer current. With a
 * `requestId` already answered, nothing is written and null is returned.
 */
export async function insertNextRevision(
  m: EntityManager,
  input: ResultRevisionInput,
): Promise<{ id: string; revision: number } | null> {
  if (input.requestId) {
    const done: unknown[] = await m.query(
      `SELECT 1 FROM attempt_results WHERE attempt_id = $1 AND request_id = $2`,
      [input.attemptId, input.requestId],
    );
    if (done.length) return null;
  }
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
  await insertParts(m, id, input);
  return { id, revision: Number(next) };
}

function resultValues(input: ResultRevisionInput): unknown[] {
  return [
    input.organizationId,
    input.attemptId,
    input.reason,
    input.score,
    input.maxScore,
    input.percentage,
    input.passed,
    input.levelFit.recommended,
    storableJson(input.levelFit),
    input.graderVersion,
    storableJson(input.timings),
    storableJson(input.measurement ?? {}),
  ];
}

async function insertParts(m: EntityManager, resultId: string, input: ResultRevisionInput): Promise<void> {
  if (input.skills.length) {
    await m.query(
      `INSERT INTO skill_scores
         (result_id, organization_id, skill, score, max_score, percentage, proficiency, item_count, confidence)
       SELECT $1, $2, * FROM unnest($3::text[], $4::numeric[], $5::numeric[], $6::numeric[], $7::smallint[],
                                    $8::smallint[], $9::text[])`,
      [resultId, input.organizationId, ...skillArrays(input)],
    );
  }
  if (input.grades.length) {
    await m.query(
      `INSERT INTO answer_grades
         (result_id, organization_id, assessment_question_id, verdict, score, max_score, details, scored_by_user_id, comment)
       SELECT $1, $2, * FROM unnest($3::uuid[], $4::text[], $5::numeric[], $6::numeric[], $7::jsonb[], $8::uuid[], $9::text[])`,
      [resultId, input.organizationId, ...gradeArrays(input)],
    );
  }
}

/** The skill scores as column arrays, for `unnest` (one INSERT for all of them). */
function skillArrays(input: ResultRevisionInput): unknown[] {
  return [
    input.skills.map((s) => s.skill),
    input.skills.map((s) => s.score),
    input.skills.map((s) => s.maxScore),
    input.skills.map((s) => s.percentage),
    input.skills.map((s) => s.proficiency),
    input.skills.map((s) => s.itemCount ?? null),
    input.skills.map((s) => s.confidence ?? null),
  ];
}

/** The answer verdicts as column arrays, for `unnest`. */
function gradeArrays(input: ResultRevisionInput): unknown[] {
  return [
    input.grades.map((g) => g.assessmentQuestionId),
    input.grades.map((g) => g.verdict),
    input.grades.map((g) => g.score),
    input.grades.map((g) => g.maxScore),
    input.grades.map((g) => storableJson(g.details ?? {})),
    input.grades.map((g) => g.scoredByUserId ?? null),
    input.grades.map((g) => (g.comment == null ? null : storableText(g.comment))),
  ];
}

/**
 * JSON text PostgreSQL's jsonb accepts: it refuses the NUL character (`\u0000`), which a candidate's program
 * can print or return. NUL becomes U+FFFD; an escaped backslash before "u0000" is left alone.
 */
export function storableJson(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}

/** Text PostgreSQL accepts (no NUL). */
export function storableText(value: string): string {
  return value.replaceAll('\u0000', '\ufffd');
}
