import type { FieldError } from '@assay/core';
import type { CandidateContent } from '../entities';

export const MAX_CODE_BYTES = 64 * 1024;
export const MAX_TEXT_CHARS = 20_000;
export const MAX_SQL_CHARS = 10_000;

export interface QuestionShape {
  type: string;
  content: CandidateContent;
}

/**
 * Checks a candidate's response against its question's type before it is saved (the response shapes of
 * API.md). Pure; returns field errors (empty when valid). The grader still treats anything odd as
 * incorrect; this is so a candidate's client learns at once that it sent something unusable.
 */
export function validateResponse(question: QuestionShape, response: unknown): FieldError[] {
  const bad = (message: string, field = 'response'): FieldError[] => [{ field, message }];
  if (response === null || typeof response !== 'object' || Array.isArray(response)) {
    return bad('must be an object');
  }
  const r = response as Record<string, unknown>;
  const only = (...keys: string[]): FieldError[] => {
    const extra = Object.keys(r).filter((k) => !keys.includes(k));
    return extra.map((k) => ({ field: `response.${k}`, message: 'is not allowed for this question type' }));
  };
  const optionIds = new Set((question.content.options ?? []).map((o) => o.id));

  switch (question.type) {
    case 'single_choice': {
      if (typeof r.optionId !== 'string') return bad('must be a string', 'response.optionId');
      if (!optionIds.has(r.optionId)) return bad('is not an option of this question', 'response.optionId');
      return only('optionId');
    }
    case 'multiple_choice': {
      if (!Array.isArray(r.optionIds)) return bad('must be an array of option ids', 'response.optionIds');
      const ids = r.optionIds as unknown[];
      if (ids.some((id) => typeof id !== 'string' || !optionIds.has(id))) {
        return bad('must contain only options of this question', 'response.optionIds');
      }
      if (new Set(ids).size !== ids.length) return bad('must not repeat an option', 'response.optionIds');
      return only('optionIds');
    }
    case 'numeric': {
      if (typeof r.value !== 'number' || !Number.isFinite(r.value))
        return bad('must be a finite number', 'response.value');
      return only('value');
    }
    case 'short_text':
    case 'essay': {
      if (typeof r.text !== 'string') return bad('must be a string', 'response.text');
      if (r.text.length > MAX_TEXT_CHARS)
        return bad(`must be at most ${MAX_TEXT_CHARS} characters`, 'response.text');
      return only('text');
    }
    case 'code': {
      const languages = question.content.languages ?? ['javascript'];
      if (typeof r.language !== 'string' || !languages.includes(r.language)) {
        return bad(`must be one of ${languages.join(', ')}`, 'response.language');
      }
      if (typeof r.code !== 'string') return bad('must be a string', 'response.code');
      if (Buffer.byteLength(r.code, 'utf8') > MAX_CODE_BYTES)
        return bad('must be at most 64 KiB', 'response.code');
      return only('language', 'code');
    }
    case 'sql': {
      if (typeof r.query !== 'string') return bad('must be a string', 'response.query');
      if (r.query.length > MAX_SQL_CHARS)
        return bad(`must be at most ${MAX_SQL_CHARS} characters`, 'response.query');
      return only('query');
    }
    default:
      return bad('this question does not accept answers');
  }
}
