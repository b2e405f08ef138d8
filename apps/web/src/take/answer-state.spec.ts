import fc from 'fast-check';
import { formatRemaining, isAnswered } from './answer-state';

describe('candidate answer state (pure)', () => {
  it('counts a response as answered by type', () => {
    expect(isAnswered('single_choice', { optionId: 'a' })).toBe(true);
    expect(isAnswered('single_choice', {})).toBe(false);
    expect(isAnswered('multiple_choice', { optionIds: [] })).toBe(false);
    expect(isAnswered('multiple_choice', { optionIds: ['a'] })).toBe(true);
    expect(isAnswered('numeric', { value: 0 })).toBe(true);
    expect(isAnswered('numeric', undefined)).toBe(false);
    expect(isAnswered('short_text', { text: '  ' })).toBe(false);
    expect(isAnswered('essay', { text: 'An answer' })).toBe(true);
    // The untouched starter code is not an answer.
    expect(isAnswered('code', { language: 'javascript', code: 'function f() {}' }, 'function f() {}')).toBe(
      false,
    );
    expect(
      isAnswered('code', { language: 'javascript', code: 'function f() { return 1; }' }, 'function f() {}'),
    ).toBe(true);
    expect(isAnswered('sql', { query: 'SELECT 1' })).toBe(true);
  });

  it('formats time left as m:ss or h:mm:ss, rounding up and never negative', () => {
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5000)).toBe('0:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(5 * 60_000)).toBe('5:00');
    expect(formatRemaining(90 * 60_000)).toBe('1:30:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 3600_000 }), (ms) => {
        const parts = formatRemaining(ms).split(':').map(Number);
        const seconds = parts.reduce((sum, p) => sum * 60 + p, 0);
        expect(seconds).toBe(Math.ceil(ms / 1000));
      }),
    );
  });
});
