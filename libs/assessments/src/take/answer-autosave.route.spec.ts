import fc from 'fast-check';
import { autosaveBodyErrors } from './answer-autosave.route';

describe('autosaveBodyErrors', () => {
  it('accepts exactly { response } with a present response', () => {
    expect(autosaveBodyErrors({ response: { optionId: 'a' } })).toEqual([]);
    expect(autosaveBodyErrors({ response: 0 })).toEqual([]);
    expect(autosaveBodyErrors({ response: '' })).toEqual([]);
  });

  it('names the missing response and every unknown field', () => {
    expect(autosaveBodyErrors(undefined).map((e) => e.field)).toEqual(['response']);
    expect(autosaveBodyErrors({}).map((e) => e.field)).toEqual(['response']);
    expect(autosaveBodyErrors({ response: null }).map((e) => e.field)).toEqual(['response']);
    expect(autosaveBodyErrors({ response: 1, a: 1, b: 2 }).map((e) => e.field)).toEqual(['a', 'b']);
    expect(autosaveBodyErrors([]).map((e) => e.field)).toEqual(['(body)']);
    expect(autosaveBodyErrors('text').map((e) => e.field)).toEqual(['(body)']);
  });

  it('reports each extra key once and accepts no object with extra keys', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string().filter((k) => k !== 'response' && k !== '__proto__'),
          fc.jsonValue(),
        ),
        fc.jsonValue(),
        (extra, response) => {
          const errors = autosaveBodyErrors({ ...extra, response });
          const fields = errors.map((e) => e.field);
          const expected = Object.keys(extra);
          if (response === null) expected.push('response');
          expect(fields.sort()).toEqual(expected.sort());
        },
      ),
    );
  });
});
