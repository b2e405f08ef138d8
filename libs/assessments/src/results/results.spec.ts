import { manualVerdict, roundScore } from './manual-score';
import { storableJson, storableText } from './result-store';
import { withTestInputs } from './result.views';

describe('results', () => {
  it('stores what jsonb accepts: NUL becomes U+FFFD, an escaped backslash stays', () => {
    const value = { actual: 'a\u0000b', literal: '\\u0000', nested: ['\u0000'] };
    const text = storableJson(value);
    expect(text).not.toMatch(/(?<!\\)(\\\\)*\\u0000/);
    expect(JSON.parse(text)).toEqual({ actual: 'a\ufffdb', literal: '\\u0000', nested: ['\ufffd'] });
    expect(storableText('x\u0000y')).toBe('x\ufffdy');
  });

  it('names a hand score by its share of the points', () => {
    expect(manualVerdict(10, 10)).toBe('correct');
    expect(manualVerdict(7.5, 10)).toBe('partial');
    expect(manualVerdict(0, 10)).toBe('incorrect');
    expect(roundScore(7.456)).toBe(7.46);
  });

  it('shows the organization every code test’s input, hidden ones with their expected value', () => {
    const details = {
      passed: 1,
      tests: [
        { index: 0, hidden: false, status: 'passed', expected: '3' },
        { index: 1, hidden: true, status: 'wrong_answer' },
      ],
    };
    const key = {
      tests: [
        { args: [1, 2], expected: 3, hidden: false },
        { args: [2, 2], expected: 4, hidden: true },
      ],
    };
    expect(withTestInputs('code', details, key)).toEqual({
      passed: 1,
      tests: [
        { index: 0, hidden: false, status: 'passed', expected: '3', args: [1, 2] },
        { index: 1, hidden: true, status: 'wrong_answer', args: [2, 2], expected: 4 },
      ],
    });
    expect(withTestInputs('sql', details, key)).toBe(details);
  });
});
