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

// The statements that store a revision are AttemptsRepository's (the tables' one writer); these helpers
// turn a revision into their parameters.

/** The result row's values, in the order of the repository's INSERTs ($2…$13 after the id). */
export function resultValues(input: ResultRevisionInput): unknown[] {
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

/** The skill scores as column arrays, for `unnest` (one INSERT for all of them). */
export function skillArrays(input: ResultRevisionInput): unknown[] {
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
export function gradeArrays(input: ResultRevisionInput): unknown[] {
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
