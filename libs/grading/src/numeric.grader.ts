import type { AnswerGrade, GradableQuestion } from './grading.types';
import { grade, isBlankResponse, isRecord, needsReview, unanswered, wrongShape } from './grading.utils';

// Plain decimal notation only: no hex, no "Infinity", no thousands separators, no units.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Accepts a JSON number, or a string holding a plain decimal number ("42", " -0.5 ", "1e3"):
 * a text box in the web app may send the typed text as is, and "42" is unambiguous.
 * Anything else (non-finite, "42 ms", "0x2A", booleans) is not a number.
 */
export function parseNumericResponse(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length === 0 || text.length > 64 || !DECIMAL.test(text)) return null;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * |answer − value| ≤ tolerance (absolute), or ≤ tolerance × |value| when `relative: true`.
 * A few ulps of slack absorb binary representation (0.1 + 0.2 is accepted for 0.3 at tolerance 0).
 */
export function gradeNumeric(question: GradableQuestion, response: unknown): AnswerGrade {
  const key = question.answerKey;
  if (!isRecord(key) || typeof key.value !== 'number' || !Number.isFinite(key.value)) {
    return needsReview(question, 'invalid_answer_key', 'numeric needs a finite answerKey.value');
  }
  const tolerance = key.tolerance ?? 0;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    return needsReview(question, 'invalid_answer_key', 'answerKey.tolerance must be a finite number ≥ 0');
  }
  if (isBlankResponse(response)) return unanswered(question);
  if (!isRecord(response) || !('value' in response)) return wrongShape(question, '{ value }');
  if (typeof response.value === 'string' && response.value.trim() === '') return unanswered(question);
  const answer = parseNumericResponse(response.value);
  if (answer === null) return grade(question, 'incorrect', 0, { reason: 'not_a_number' });

  const expected = key.value;
  const allowed = key.relative === true ? tolerance * Math.abs(expected) : tolerance;
  const slack = 4 * Number.EPSILON * Math.max(Math.abs(answer), Math.abs(expected));
  const difference = Math.abs(answer - expected);
  const correct = difference <= allowed + slack;
  const details = Number.isFinite(difference) ? { answer, difference } : { answer };
  return grade(question, correct ? 'correct' : 'incorrect', correct ? 1 : 0, details);
}
