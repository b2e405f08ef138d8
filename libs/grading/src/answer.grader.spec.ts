import { type QuestionType } from '@assay/core';
import fc from 'fast-check';
import { gradeAnswer } from './answer.grader';

import type { AnswerGrade, GradableQuestion, Verdict } from './grading.types';

const VERDICTS: Verdict[] = [
  'correct',
  'partial',
  'incorrect',
  'unanswered',
  'pending_review',
  'accepted',
  'wrong_answer',
  'time_limit_exceeded',
  'memory_limit_exceeded',
  'runtime_error',
  'compile_error',
];
const INLINE: QuestionType[] = ['single_choice', 'multiple_choice', 'numeric', 'short_text', 'essay'];
const optionIds = ['a', 'b', 'c', 'd', 'e'];

// Well-formed keys and responses mixed with arbitrary values, so the properties cover both the
// scoring arithmetic and the defensive paths.
const keyArb = fc.oneof(
  fc.record({ optionId: fc.constantFrom(...optionIds) }),
  fc.record({ optionIds: fc.subarray(optionIds, { minLength: 1 }) }),
  fc.record({ value: fc.double(), tolerance: fc.double({ min: 0, max: 10 }), relative: fc.boolean() }),
  fc.record({ accepted: fc.array(fc.string()), caseSensitive: fc.boolean() }),
  fc.record({ accepted: fc.array(fc.string()), pattern: fc.string({ maxLength: 8 }) }),
  fc.anything(),
);
const responseArb = fc.oneof(
  fc.record({ optionId: fc.oneof(fc.constantFrom(...optionIds), fc.anything()) }),
  fc.record({ optionIds: fc.oneof(fc.array(fc.constantFrom(...optionIds, 'zz')), fc.anything()) }),
  fc.record({ value: fc.oneof(fc.double(), fc.string(), fc.anything()) }),
  fc.record({ text: fc.oneof(fc.string(), fc.anything()) }),
  fc.anything(),
);
const questionArb = fc.record({
  id: fc.string(),
  type: fc.oneof(fc.constantFrom(...INLINE), fc.constantFrom('code', 'sql'), fc.string()),
  skill: fc.string(),
  difficulty: fc.integer({ min: 1, max: 5 }),
  points: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double(), fc.anything()),
  options: fc.oneof(fc.constant(optionIds.map((id) => ({ id, text: id }))), fc.anything()),
  answerKey: keyArb,
}) as fc.Arbitrary<GradableQuestion>;

function assertWellFormed(result: AnswerGrade): void {
  expect(Number.isFinite(result.maxScore)).toBe(true);
  expect(result.maxScore).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(result.maxScore);
  expect(VERDICTS).toContain(result.verdict);
  expect(typeof result.details).toBe('object');
}

describe('gradeAnswer', () => {
  it('dispatches by type', () => {
    const base = { id: 'q', skill: 's', difficulty: 1, points: 3 };
    expect(
      gradeAnswer({ ...base, type: 'single_choice', answerKey: { optionId: 'a' } }, { optionId: 'a' })
        .verdict,
    ).toBe('correct');
    expect(
      gradeAnswer({ ...base, type: 'numeric', answerKey: { value: 7, tolerance: 0 } }, { value: 7 }).score,
    ).toBe(3);
    expect(
      gradeAnswer({ ...base, type: 'essay', answerKey: { rubric: 'r' } }, { text: 'An essay.' }),
    ).toMatchObject({
      verdict: 'pending_review',
      score: 0,
      maxScore: 3,
    });
  });

  it('leaves code and SQL to the engine', () => {
    const q: GradableQuestion = {
      id: 'c',
      type: 'code',
      skill: 's',
      difficulty: 1,
      points: 10,
      answerKey: {},
    };
    expect(gradeAnswer(q, { language: 'javascript', code: 'x' })).toMatchObject({
      verdict: 'pending_review',
      details: { reason: 'sandbox_required' },
    });
    expect(gradeAnswer(q, null).verdict).toBe('unanswered');
  });

  it('never throws, and the score stays within [0, maxScore], on arbitrary questions and responses', () => {
    fc.assert(
      fc.property(questionArb, responseArb, (question, response) => {
        assertWellFormed(gradeAnswer(question, response));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on completely arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (question, response) => {
        assertWellFormed(gradeAnswer(question as GradableQuestion, response));
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(questionArb, responseArb, (question, response) => {
        expect(gradeAnswer(question, response)).toEqual(gradeAnswer(question, response));
      }),
      { numRuns: 500 },
    );
  });

  it('gives full points exactly for the keyed answer of a valid choice question', () => {
    fc.assert(
      fc.property(fc.subarray(optionIds, { minLength: 1 }), fc.subarray(optionIds), (key, picked) => {
        const q: GradableQuestion = {
          id: 'm',
          type: 'multiple_choice',
          skill: 's',
          difficulty: 2,
          points: 5,
          options: optionIds.map((id) => ({ id, text: id })),
          answerKey: { optionIds: key },
        };
        const result = gradeAnswer(q, { optionIds: picked });
        const exact = picked.length === key.length && key.every((k) => picked.includes(k));
        expect(result.score === 5).toBe(exact);
        if (picked.length > 0) expect(result.verdict === 'correct').toBe(exact);
      }),
    );
  });
});
