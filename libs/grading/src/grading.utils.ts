import type { AnswerGrade, GradableQuestion, GradingIssue, Verdict } from './grading.types';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The points a question is worth; garbage counts as 0 so a bad row never inflates a total. */
export function maxScoreOf(question: unknown): number {
  try {
    if (!isRecord(question)) return 0;
    const points = question.points;
    return typeof points === 'number' && Number.isFinite(points) && points > 0 ? points : 0;
  } catch {
    return 0; // a throwing getter: worth nothing rather than a crashed job
  }
}

/** Four decimals: enough for weighted partial credit, no 0.30000000000000004 in stored results. */
export function roundScore(value: number, maxScore: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  const rounded = Math.round(value * 1e4) / 1e4;
  return Math.min(rounded, maxScore);
}

export function grade(
  question: GradableQuestion,
  verdict: Verdict,
  fraction: number,
  details: Record<string, unknown> = {},
): AnswerGrade {
  const maxScore = maxScoreOf(question);
  const share = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return { score: roundScore(maxScore * share, maxScore), maxScore, verdict, details };
}

export function unanswered(question: GradableQuestion): AnswerGrade {
  return grade(question, 'unanswered', 0);
}

/** A response that is not the shape the question asks for: wrong, never an exception. */
export function wrongShape(question: GradableQuestion, expected: string): AnswerGrade {
  return grade(question, 'incorrect', 0, { reason: 'invalid_response', expected });
}

/**
 * The question itself cannot be graded (bad answer key, missing fixture): a person must look,
 * so the candidate is neither failed nor credited silently.
 */
export function needsReview(question: unknown, reason: GradingIssue, message: string): AnswerGrade {
  return {
    score: 0,
    maxScore: maxScoreOf(question),
    verdict: 'pending_review',
    details: { reason, message },
  };
}

/** `null`, `undefined`, `{}` and an object whose only fields are null/undefined mean "not answered". */
export function isBlankResponse(response: unknown): boolean {
  if (response === null || response === undefined) return true;
  if (!isRecord(response)) return false;
  return Object.values(response).every((v) => v === null || v === undefined);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
