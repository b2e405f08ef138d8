import fc from 'fast-check';
import { metricsAuthorized } from './metrics-access';

describe('metricsAuthorized', () => {
  const token = 'metrics-token-0123456789abcdef';

  it('is open without a token', () => {
    expect(metricsAuthorized(undefined, undefined)).toBe(true);
    expect(metricsAuthorized(undefined, 'Bearer anything')).toBe(true);
  });

  it('accepts exactly "Bearer <token>"', () => {
    expect(metricsAuthorized(token, `Bearer ${token}`)).toBe(true);
    expect(metricsAuthorized(token, `bearer ${token}`)).toBe(true);
    expect(metricsAuthorized(token, undefined)).toBe(false);
    expect(metricsAuthorized(token, token)).toBe(false);
    expect(metricsAuthorized(token, `Basic ${token}`)).toBe(false);
    expect(metricsAuthorized(token, `Bearer ${token}x`)).toBe(false);
    expect(metricsAuthorized(token, `Bearer ${token.slice(1)}`)).toBe(false);
    expect(metricsAuthorized(token, [`Bearer ${token}`])).toBe(false);
  });

  it('refuses every other credential', () => {
    fc.assert(
      fc.property(fc.string(), (guess) => {
        fc.pre(guess.trim() !== token);
        expect(metricsAuthorized(token, `Bearer ${guess}`)).toBe(false);
      }),
    );
  });
});
