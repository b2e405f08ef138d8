import fc from 'fast-check';
import { rateLimitHeaders } from './api-key-rate-limit';

describe('rateLimitHeaders', () => {
  it('counts down the remaining requests and adds Retry-After only past the limit', () => {
    expect(rateLimitHeaders({ limit: 600, used: 1, resetSeconds: 59.2 })).toEqual({
      'RateLimit-Limit': '600',
      'RateLimit-Remaining': '599',
      'RateLimit-Reset': '60',
      'RateLimit-Policy': '600;w=60',
    });
    expect(rateLimitHeaders({ limit: 2, used: 3, resetSeconds: 0.2 })).toMatchObject({
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': '1',
      'Retry-After': '1',
    });
  });

  it('stays within 0…limit remaining and 1…window seconds for any state', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 200000 }),
        fc.double({ min: -5, max: 120, noNaN: true }),
        (limit, used, resetSeconds) => {
          const h = rateLimitHeaders({ limit, used, resetSeconds });
          const remaining = Number(h['RateLimit-Remaining']);
          const reset = Number(h['RateLimit-Reset']);
          expect(remaining).toBe(Math.max(0, limit - used));
          expect(Number.isInteger(reset) && reset >= 1 && reset <= 60).toBe(true);
          expect('Retry-After' in h).toBe(used > limit);
        },
      ),
    );
  });
});
