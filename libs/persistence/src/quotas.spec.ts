import fc from 'fast-check';
import { toProblem } from '@assay/core';
import { assertWithinCount, quotaExceeded, secondsUntilNextUtcDay } from './quotas';

describe('quota answers', () => {
  it('tells a daily quota to come back at the next UTC midnight (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (now) => {
          const s = secondsUntilNextUtcDay(now);
          expect(s).toBeGreaterThanOrEqual(1);
          expect(s).toBeLessThanOrEqual(86_400);
          const back = new Date(now.getTime() + s * 1000);
          expect(back.getUTCDate() !== now.getUTCDate() || back.getUTCMonth() !== now.getUTCMonth()).toBe(
            true,
          );
          expect(back.getUTCHours() * 3600 + back.getUTCMinutes() * 60 + back.getUTCSeconds()).toBeLessThan(
            1 + 1,
          );
        },
      ),
    );
  });

  it('is a 429 problem naming the quota and its limit, with Retry-After', () => {
    const { problem, headers } = toProblem(
      quotaExceeded('regrades-per-day', 500, 12.2, 'Too many.'),
      '/x',
      'http://app.test',
    );
    expect(problem).toMatchObject({
      status: 429,
      code: 'quota-exceeded',
      quota: 'regrades-per-day',
      limit: 500,
    });
    expect(headers).toEqual({ 'Retry-After': '13' });
  });

  it('refuses a count that would pass the limit, and only then', () => {
    expect(() => assertWithinCount('webhook-endpoints', 10, 9)).not.toThrow();
    expect(() => assertWithinCount('webhook-endpoints', 10, 10)).toThrow(/limit of 10 webhook endpoints/);
    expect(() => assertWithinCount('own-questions', 5, 3, 3)).toThrow();
  });
});
