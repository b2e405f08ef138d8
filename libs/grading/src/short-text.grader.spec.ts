import type { GradableQuestion } from './grading.types';
import { gradeShortText, normalizeShortText, SHORT_TEXT_MAX_LENGTH } from './short-text.grader';

function question(answerKey: unknown): GradableQuestion {
  return { id: 't', type: 'short_text', skill: 'http', difficulty: 1, points: 1, answerKey };
}

describe('normalizeShortText', () => {
  it('folds Unicode compatibility forms, case, quotes, whitespace and sentence punctuation', () => {
    expect(normalizeShortText('  ＩＤＥＭ\u00A0Potent. ')).toBe('idem potent');
    expect(normalizeShortText('"Idempotent"!')).toBe('idempotent');
    expect(normalizeShortText('Hello,   world.')).toBe('hello world');
    expect(normalizeShortText('Idempotent', true)).toBe('Idempotent');
  });

  it('keeps symbols that carry meaning in technical answers', () => {
    expect(normalizeShortText('C#')).not.toBe(normalizeShortText('C'));
    expect(normalizeShortText('C++')).toBe('c++');
    expect(normalizeShortText('Node.js')).toBe('node.js');
    expect(normalizeShortText('3.14')).toBe('3.14');
  });
});

describe('gradeShortText', () => {
  const key = { accepted: ['idempotent', 'idempotency'], caseSensitive: false };

  it('accepts any listed spelling after normalisation', () => {
    expect(gradeShortText(question(key), { text: ' Idempotent. ' })).toMatchObject({
      verdict: 'correct',
      score: 1,
    });
    expect(gradeShortText(question(key), { text: 'IDEMPOTENCY' }).verdict).toBe('correct');
    expect(gradeShortText(question(key), { text: 'safe' })).toMatchObject({ verdict: 'incorrect', score: 0 });
  });

  it('respects caseSensitive', () => {
    const q = question({ accepted: ['GET'], caseSensitive: true });
    expect(gradeShortText(q, { text: 'GET' }).verdict).toBe('correct');
    expect(gradeShortText(q, { text: 'get' }).verdict).toBe('incorrect');
  });

  it('matches an optional whole-string pattern', () => {
    const q = question({ accepted: [], pattern: '\\d{3} ?ms' });
    expect(gradeShortText(q, { text: '250 ms' }).verdict).toBe('correct');
    expect(gradeShortText(q, { text: 'about 250 ms' }).verdict).toBe('incorrect');
  });

  it('stops a catastrophic pattern instead of freezing the thread', () => {
    const q = question({ accepted: ['x'], pattern: '(a+)+$' });
    const started = Date.now();
    const result = gradeShortText(q, { text: `${'a'.repeat(40)}b` });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ verdict: 'incorrect', details: { patternTimedOut: true } });
  });

  it('rejects over-long input without matching it', () => {
    const q = question({ accepted: ['x'], pattern: '.*' });
    expect(gradeShortText(q, { text: 'x'.repeat(SHORT_TEXT_MAX_LENGTH + 1) })).toMatchObject({
      verdict: 'incorrect',
      details: { reason: 'too_long' },
    });
  });

  it('treats blank text as unanswered and a wrong shape as incorrect', () => {
    expect(gradeShortText(question(key), { text: '   ' }).verdict).toBe('unanswered');
    expect(gradeShortText(question(key), { text: 42 }).verdict).toBe('incorrect');
  });

  it('sends a key without accepted answers or with an invalid pattern to review', () => {
    expect(gradeShortText(question({ accepted: [] }), { text: 'x' }).verdict).toBe('pending_review');
    expect(gradeShortText(question({ accepted: ['y'], pattern: '(' }), { text: 'x' }).verdict).toBe(
      'pending_review',
    );
  });
});
