import { compareValues, decodeResult, preview } from './code-compare.js';

const TAG = '\u0000';
const tagged = (name: string) => JSON.stringify({ [TAG]: name });

describe('code result comparison', () => {
  it('compares arrays in order and objects regardless of key order', () => {
    expect(compareValues([1, 2, 3], [1, 2, 3])).toBe(true);
    expect(compareValues([1, 2, 3], [3, 2, 1])).toBe(false);
    expect(compareValues({ a: 1, b: [{ c: 'x' }] }, { b: [{ c: 'x' }], a: 1 })).toBe(true);
    expect(compareValues({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(compareValues([1], { 0: 1 })).toBe(false);
  });

  it('treats -0 as 0 and NaN as NaN, but undefined as distinct from null', () => {
    expect(compareValues(decodeResult('0'), -0)).toBe(true);
    expect(compareValues(decodeResult(tagged('NaN')), NaN)).toBe(true);
    expect(compareValues(decodeResult(tagged('NaN')), null)).toBe(false);
    expect(compareValues(decodeResult(tagged('undefined')), null)).toBe(false);
    expect(compareValues(decodeResult(`[${tagged('undefined')}]`), [null])).toBe(false);
    expect(compareValues(decodeResult(tagged('Infinity')), Infinity)).toBe(true);
  });

  it('ignores object properties holding undefined, as JSON does', () => {
    expect(compareValues({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('decodes Maps to entries, Sets to arrays and BigInts to numbers of equal value', () => {
    expect(compareValues(decodeResult(JSON.stringify({ [TAG]: 'Map', v: [['k', 1]] })), [['k', 1]])).toBe(
      true,
    );
    expect(compareValues(decodeResult(JSON.stringify({ [TAG]: 'Set', v: [1, 2] })), [1, 2])).toBe(true);
    expect(compareValues(decodeResult(JSON.stringify({ [TAG]: 'bigint', v: '42' })), 42)).toBe(true);
    expect(compareValues(decodeResult(tagged('function')), {})).toBe(false);
  });

  it('previews values that are not JSON', () => {
    expect(preview(decodeResult(`[${tagged('NaN')},${tagged('undefined')}]`))).toBe('["NaN","undefined"]');
    expect(preview('x'.repeat(5000)).length).toBeLessThanOrEqual(1025);
  });
});
