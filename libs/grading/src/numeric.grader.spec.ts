import type { GradableQuestion } from './grading.types';
import { gradeNumeric, parseNumericResponse } from './numeric.grader';

function question(answerKey: unknown): GradableQuestion {
  return { id: 'n', type: 'numeric', skill: 'caching', difficulty: 2, points: 1, answerKey };
}

describe('gradeNumeric', () => {
  it('accepts answers within the absolute tolerance, inclusive', () => {
    const q = question({ value: 100, tolerance: 0.5 });
    expect(gradeNumeric(q, { value: 100.5 }).verdict).toBe('correct');
    expect(gradeNumeric(q, { value: 99.5 }).verdict).toBe('correct');
    expect(gradeNumeric(q, { value: 100.51 }).verdict).toBe('incorrect');
  });

  it('uses the tolerance as a share of the value when relative', () => {
    const q = question({ value: 200, tolerance: 0.01, relative: true });
    expect(gradeNumeric(q, { value: 202 }).verdict).toBe('correct');
    expect(gradeNumeric(q, { value: 202.5 }).verdict).toBe('incorrect');
  });

  it('absorbs binary floating-point noise at tolerance 0', () => {
    expect(gradeNumeric(question({ value: 0.3, tolerance: 0 }), { value: 0.1 + 0.2 }).verdict).toBe(
      'correct',
    );
    expect(gradeNumeric(question({ value: 0.3, tolerance: 0 }), { value: 0.3000001 }).verdict).toBe(
      'incorrect',
    );
  });

  it('accepts plain decimal strings but nothing else that is not a finite number', () => {
    const q = question({ value: 42, tolerance: 0 });
    expect(gradeNumeric(q, { value: ' 42 ' }).verdict).toBe('correct');
    expect(gradeNumeric(q, { value: '4.2e1' }).verdict).toBe('correct');
    for (const value of ['0x2A', '42 ms', 'Infinity', '1,000', true, [42], { v: 42 }, NaN, Infinity]) {
      expect(gradeNumeric(q, { value })).toMatchObject({ verdict: 'incorrect', score: 0 });
    }
    expect(parseNumericResponse('-.5')).toBe(-0.5);
    expect(parseNumericResponse('1e400')).toBeNull();
  });

  it('treats a missing or empty value as unanswered', () => {
    const q = question({ value: 1 });
    expect(gradeNumeric(q, null).verdict).toBe('unanswered');
    expect(gradeNumeric(q, { value: '  ' }).verdict).toBe('unanswered');
    expect(gradeNumeric(q, { value: null }).verdict).toBe('unanswered');
  });

  it('sends a key without a finite value or with a negative tolerance to review', () => {
    expect(gradeNumeric(question({ value: '42' }), { value: 42 }).verdict).toBe('pending_review');
    expect(gradeNumeric(question({ value: 42, tolerance: -1 }), { value: 42 }).verdict).toBe(
      'pending_review',
    );
  });
});
