import fc from 'fast-check';
import { findNulCharacter } from './nul-characters';

describe('findNulCharacter', () => {
  it('names the path of the first string holding U+0000', () => {
    expect(findNulCharacter({ response: { code: 'ok' } })).toBeNull();
    expect(findNulCharacter('a\u0000b')).toBe('(body)');
    expect(findNulCharacter({ response: { code: 'x\u0000' } })).toBe('response.code');
    expect(findNulCharacter({ tests: [{ args: ['ok', 'a\u0000'] }] })).toBe('tests[0].args[1]');
    expect(findNulCharacter({ ['k\u0000']: 1 })).toBe('(body)');
    expect(findNulCharacter({ a: { ['k\u0000']: 1 } })).toBe('a');
  });

  it('accepts every other control character, which PostgreSQL stores', () => {
    expect(findNulCharacter({ a: '\u0001\t\n\u007f' })).toBeNull();
  });

  it('finds a NUL wherever it is put in arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (json, text) => {
        const clean = JSON.parse(JSON.stringify(json).replace(/\\u0000/g, '')) as unknown;
        expect(findNulCharacter(clean)).toBeNull();
        expect(findNulCharacter({ wrapper: [clean, `${text}\u0000`] })).toBe('wrapper[1]');
      }),
    );
  });

  it('does not overflow the stack on deep nesting', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findNulCharacter(deep)).toMatch(/^\[0\]/);
  });
});
