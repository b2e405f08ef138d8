import fc from 'fast-check';
import { nextPageLink } from './pagination-link';

describe('nextPageLink', () => {
  it('keeps the path and every other query parameter, replaces the cursor, on APP_URL', () => {
    expect(
      nextPageLink('https://app.example/', '/api/v1/assessments?status=open&cursor=old&limit=5', 'abc'),
    ).toBe('<https://app.example/api/v1/assessments?status=open&limit=5&cursor=abc>; rel="next"');
  });

  it('always yields one parseable link whose cursor round-trips', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string()),
        (cursor, query) => {
          const search = new URLSearchParams(query).toString();
          const link = nextPageLink(
            'http://localhost:3000',
            `/api/v1/x${search ? `?${search}` : ''}`,
            cursor,
          );
          const match = /^<([^<>\s]+)>; rel="next"$/.exec(link);
          expect(match).not.toBeNull();
          const url = new URL(match![1]);
          expect(url.origin + url.pathname).toBe('http://localhost:3000/api/v1/x');
          expect(url.searchParams.get('cursor')).toBe(cursor);
          for (const [name, value] of Object.entries(query)) {
            if (name !== 'cursor') expect(url.searchParams.get(name)).toBe(value);
          }
        },
      ),
    );
  });
});
