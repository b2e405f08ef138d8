import type { AnswerGrade, GradableQuestion } from './grading.types';
import { grade, isBlankResponse, isRecord, unanswered, wrongShape } from './grading.utils';

/** Essays are read by a person: no automatic score, ever. */
export function gradeEssay(question: GradableQuestion, response: unknown): AnswerGrade {
  if (isBlankResponse(response)) return unanswered(question);
  if (!isRecord(response) || typeof response.text !== 'string') return wrongShape(question, '{ text }');
  if (response.text.trim().length === 0) return unanswered(question);
  return grade(question, 'pending_review', 0, { length: response.text.length });
}
