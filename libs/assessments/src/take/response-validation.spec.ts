import { validateResponse } from './response-validation';
import { seededShuffle } from './seeded-shuffle';

const choice = {
  type: 'single_choice',
  content: {
    prompt: 'p',
    options: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ],
  },
};

describe('validateResponse', () => {
  it('accepts an option of the question and refuses others', () => {
    expect(validateResponse(choice, { optionId: 'a' })).toEqual([]);
    expect(validateResponse(choice, { optionId: 'z' })).toEqual([
      { field: 'response.optionId', message: 'is not an option of this question' },
    ]);
  });

  it('refuses extra fields and wrong shapes', () => {
    expect(validateResponse(choice, { optionId: 'a', extra: 1 })[0].field).toBe('response.extra');
    expect(validateResponse(choice, 'a')[0].message).toBe('must be an object');
    expect(validateResponse(choice, [1])[0].message).toBe('must be an object');
  });

  it('checks multiple choice ids and duplicates', () => {
    const q = { ...choice, type: 'multiple_choice' };
    expect(validateResponse(q, { optionIds: ['a', 'b'] })).toEqual([]);
    expect(validateResponse(q, { optionIds: ['a', 'a'] })[0].message).toContain('repeat');
    expect(validateResponse(q, { optionIds: ['c'] })[0].field).toBe('response.optionIds');
  });

  it('caps code at 64 KiB and checks the language', () => {
    const q = { type: 'code', content: { prompt: 'p', languages: ['javascript', 'typescript'] } };
    expect(validateResponse(q, { language: 'typescript', code: 'x' })).toEqual([]);
    expect(validateResponse(q, { language: 'python', code: 'x' })[0].field).toBe('response.language');
    expect(validateResponse(q, { language: 'javascript', code: 'x'.repeat(64 * 1024 + 1) })[0].field).toBe(
      'response.code',
    );
  });

  it('requires finite numbers', () => {
    const q = { type: 'numeric', content: { prompt: 'p' } };
    expect(validateResponse(q, { value: 3.5 })).toEqual([]);
    expect(validateResponse(q, { value: '3.5' })[0].field).toBe('response.value');
  });
});

describe('seededShuffle', () => {
  it('is a deterministic permutation', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const a = seededShuffle(items, 'seed-1');
    expect(seededShuffle(items, 'seed-1')).toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(seededShuffle(items, 'seed-2')).not.toEqual(a);
  });
});
