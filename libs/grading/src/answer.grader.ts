import { type QuestionType } from '@assay/core';
import { gradeMultipleChoice, gradeSingleChoice } from './choice.grader';

import { gradeEssay } from './essay.grader';

import type { AnswerGrade, GradableQuestion } from './grading.types';
import { isBlankResponse, isRecord, needsReview, unanswered } from './grading.utils';

import { gradeNumeric } from './numeric.grader';

import { gradeShortText } from './short-text.grader';

/** The types graded synchronously, in the calling thread. */
export type InlineQuestionType = Exclude<QuestionType, 'code' | 'sql'>;

const INLINE_GRADERS: Record<InlineQuestionType, (q: GradableQuestion, r: unknown) => AnswerGrade> = {
  single_choice: gradeSingleChoice,
  multiple_choice: gradeMultipleChoice,
  numeric: gradeNumeric,
  short_text: gradeShortText,
  essay: gradeEssay,
};

export function isInlineQuestionType(type: unknown): type is InlineQuestionType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(INLINE_GRADERS, type);
}

/**
 * Grades one answer of a synchronous type. Never throws: a malformed response is `incorrect`,
 * a malformed question is `pending_review`. Code and SQL need the sandboxes of GradingEngine;
 * given here they come back `pending_review` with reason `sandbox_required`.
 */
export function gradeAnswer(question: GradableQuestion, response: unknown): AnswerGrade {
  try {
    if (!isRecord(question)) return needsReview(question, 'invalid_question', 'question is not an object');
    if (isInlineQuestionType(question.type)) return INLINE_GRADERS[question.type](question, response);
    if (question.type === 'code' || question.type === 'sql') {
      if (isBlankResponse(response)) return unanswered(question);
      return needsReview(
        question,
        'sandbox_required',
        `${question.type} answers are graded by GradingEngine`,
      );
    }
    return needsReview(question, 'invalid_question', 'unknown question type');
  } catch (error) {
    // Defensive: a getter or proxy in the input must not take the grading job down.
    return needsReview(
      question,
      'invalid_question',
      error instanceof Error ? error.message : 'grading failed',
    );
  }
}
