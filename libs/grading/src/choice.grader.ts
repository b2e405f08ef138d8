import type { AnswerGrade, GradableQuestion } from './grading.types';
import { grade, isBlankResponse, isRecord, needsReview, unanswered, wrongShape } from './grading.utils';

function optionIdsOf(question: GradableQuestion): Set<string> | null {
  if (!Array.isArray(question.options)) return null;
  const ids = question.options
    .map((o: unknown) => (isRecord(o) && typeof o.id === 'string' ? o.id : null))
    .filter((id): id is string => id !== null);
  return ids.length > 0 ? new Set(ids) : null;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** All or nothing. */
export function gradeSingleChoice(question: GradableQuestion, response: unknown): AnswerGrade {
  const key = question.answerKey;
  if (!isRecord(key) || typeof key.optionId !== 'string') {
    return needsReview(question, 'invalid_answer_key', 'single_choice needs answerKey.optionId');
  }
  if (isBlankResponse(response)) return unanswered(question);
  if (!isRecord(response) || typeof response.optionId !== 'string')
    return wrongShape(question, '{ optionId }');
  const known = optionIdsOf(question);
  if (known && !known.has(response.optionId)) {
    return grade(question, 'incorrect', 0, { reason: 'unknown_option', chosen: [response.optionId] });
  }
  const correct = response.optionId === key.optionId;
  return grade(question, correct ? 'correct' : 'incorrect', correct ? 1 : 0, { chosen: [response.optionId] });
}

/**
 * Partial credit, see docs/decisions/0101-multiple-choice-partial-credit.md:
 * share = hits / |correct| − wrongPicks / |wrong options|, floored at 0, so ticking every box earns
 * nothing while each right pick is worth the same. Random guessing still earns about 19 % on average (the
 * floor cuts off the negative outcomes; measured in the ADR).
 */
export function gradeMultipleChoice(question: GradableQuestion, response: unknown): AnswerGrade {
  const key = question.answerKey;
  if (!isRecord(key) || !isStringArray(key.optionIds) || key.optionIds.length === 0) {
    return needsReview(
      question,
      'invalid_answer_key',
      'multiple_choice needs a non-empty answerKey.optionIds',
    );
  }
  if (isBlankResponse(response)) return unanswered(question);
  if (!isRecord(response) || !isStringArray(response.optionIds)) return wrongShape(question, '{ optionIds }');
  const chosen = [...new Set(response.optionIds)];
  if (chosen.length === 0) return unanswered(question);

  const correct = new Set(key.optionIds);
  const known = optionIdsOf(question);
  const wrongOptionCount = known ? [...known].filter((id) => !correct.has(id)).length : 0;
  const hits = chosen.filter((id) => correct.has(id)).length;
  // An id that is not an option at all is a wrong pick too.
  const wrongPicks = chosen.length - hits;
  const penaltyPerPick = 1 / (wrongOptionCount > 0 ? wrongOptionCount : correct.size);
  const share = Math.max(0, hits / correct.size - wrongPicks * penaltyPerPick);

  const verdict = hits === correct.size && wrongPicks === 0 ? 'correct' : share > 0 ? 'partial' : 'incorrect';
  return grade(question, verdict, verdict === 'correct' ? 1 : share, {
    chosen,
    hits,
    wrongPicks,
    correctCount: correct.size,
  });
}
