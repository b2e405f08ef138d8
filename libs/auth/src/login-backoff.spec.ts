import fc from 'fast-check';
import { backoffSeconds, MAX_BACKOFF_SECONDS } from './login-backoff';

describe('backoffSeconds', () => {
  it('waits nothing below the threshold, then 1, 2, 4 … seconds up to the cap', () => {
    expect([19, 20, 21, 22, 23].map((n) => backoffSeconds(n, 20))).toEqual([0, 1, 2, 4, 8]);
    expect(backoffSeconds(20 + 9, 20)).toBe(MAX_BACKOFF_SECONDS);
    expect(backoffSeconds(1e9, 20)).toBe(MAX_BACKOFF_SECONDS);
  });

  it('never decreases with more failures and never passes the cap', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(200),
        fc.integer({ min: 1, max: 200 }),
        (failures, more, threshold) => {
          const now = backoffSeconds(failures, threshold);
          const later = backoffSeconds(failures + more, threshold);
          expect(later).toBeGreaterThanOrEqual(now);
          expect(later).toBeLessThanOrEqual(MAX_BACKOFF_SECONDS);
          expect(now === 0).toBe(failures < threshold);
        },
      ),
    );
  });
});
