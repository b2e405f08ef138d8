import { gradeMultipleChoice, gradeSingleChoice } from './choice.grader';
import type { GradableQuestion } from './grading.types';

const options = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `option ${id}` }));

function single(answerKey: unknown = { optionId: 'b' }): GradableQuestion {
  return { id: 'q1', type: 'single_choice', skill: 'http', difficulty: 2, points: 2, options, answerKey };
}

function multiple(optionIds: string[] = ['a', 'c'], points = 4): GradableQuestion {
  return {
    id: 'q2',
    type: 'multiple_choice',
    skill: 'http',
    difficulty: 3,
    points,
    options,
    answerKey: { optionIds },
  };
}

describe('gradeSingleChoice', () => {
  it('gives all the points for the keyed option and none otherwise', () => {
    expect(gradeSingleChoice(single(), { optionId: 'b' })).toMatchObject({
      score: 2,
      maxScore: 2,
      verdict: 'correct',
    });
    expect(gradeSingleChoice(single(), { optionId: 'c' })).toMatchObject({
      score: 0,
      maxScore: 2,
      verdict: 'incorrect',
    });
  });

  it('treats null, missing and empty responses as unanswered', () => {
    for (const response of [null, undefined, {}, { optionId: null }]) {
      expect(gradeSingleChoice(single(), response).verdict).toBe('unanswered');
    }
  });

  it('marks a response of the wrong shape or an unknown option incorrect', () => {
    expect(gradeSingleChoice(single(), { optionIds: ['b'] })).toMatchObject({
      verdict: 'incorrect',
      score: 0,
    });
    expect(gradeSingleChoice(single(), 'b')).toMatchObject({
      verdict: 'incorrect',
      details: { reason: 'invalid_response' },
    });
    expect(gradeSingleChoice(single(), { optionId: 'zz' })).toMatchObject({
      verdict: 'incorrect',
      details: { reason: 'unknown_option' },
    });
  });

  it('sends a question with a broken key to review instead of failing the candidate', () => {
    expect(gradeSingleChoice(single({ optionIds: ['b'] }), { optionId: 'b' })).toMatchObject({
      verdict: 'pending_review',
      score: 0,
      details: { reason: 'invalid_answer_key' },
    });
  });
});

describe('gradeMultipleChoice (ADR 0101)', () => {
  it('gives full points for exactly the keyed set, in any order and with duplicates', () => {
    expect(gradeMultipleChoice(multiple(), { optionIds: ['c', 'a', 'a'] })).toMatchObject({
      score: 4,
      verdict: 'correct',
    });
  });

  it('gives partial credit per correct pick', () => {
    // 1 of 2 correct, no wrong pick: half the points.
    expect(gradeMultipleChoice(multiple(), { optionIds: ['a'] })).toMatchObject({
      score: 2,
      verdict: 'partial',
    });
  });

  it('takes off 1/|wrong options| of the points per wrong pick, floored at 0', () => {
    // 2/2 correct − 1/3 wrong = 2/3 of 4 points.
    expect(gradeMultipleChoice(multiple(), { optionIds: ['a', 'c', 'b'] })).toMatchObject({
      score: 2.6667,
      verdict: 'partial',
    });
    // 1/2 − 2/3 < 0 → 0.
    expect(gradeMultipleChoice(multiple(), { optionIds: ['a', 'b', 'd'] })).toMatchObject({
      score: 0,
      verdict: 'incorrect',
    });
  });

  it('gives nothing for ticking every box', () => {
    expect(gradeMultipleChoice(multiple(), { optionIds: ['a', 'b', 'c', 'd', 'e'] })).toMatchObject({
      score: 0,
      verdict: 'incorrect',
    });
    expect(
      gradeMultipleChoice(multiple(['a', 'b', 'c', 'd']), { optionIds: ['a', 'b', 'c', 'd', 'e'] }),
    ).toMatchObject({
      score: 0,
    });
  });

  it('counts an id that is not an option as a wrong pick', () => {
    expect(gradeMultipleChoice(multiple(), { optionIds: ['a', 'c', 'zz'] })).toMatchObject({
      verdict: 'partial',
    });
  });

  it('treats an empty selection as unanswered and a wrong shape as incorrect', () => {
    expect(gradeMultipleChoice(multiple(), { optionIds: [] }).verdict).toBe('unanswered');
    expect(gradeMultipleChoice(multiple(), { optionIds: 'a' })).toMatchObject({
      verdict: 'incorrect',
      score: 0,
    });
    expect(gradeMultipleChoice(multiple(), { optionIds: [1, 2] })).toMatchObject({
      verdict: 'incorrect',
      score: 0,
    });
  });

  it('sends an empty key to review', () => {
    expect(gradeMultipleChoice(multiple([]), { optionIds: ['a'] }).verdict).toBe('pending_review');
  });
});
