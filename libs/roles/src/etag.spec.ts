import { ifNoneMatchHits } from './etag';

describe('ifNoneMatchHits', () => {
  const etag = '"abc"';
  it.each([
    [undefined, false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abd"', false],
    ['abc', false],
  ])('%s → %s', (header, expected) => {
    expect(ifNoneMatchHits(header, etag)).toBe(expected);
  });
});
