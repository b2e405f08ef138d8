import fc from 'fast-check';
import { cookieValue, refreshCookie, REFRESH_COOKIE } from './session-cookie';

describe('session cookie', () => {
  it('sets HttpOnly, Secure, SameSite=Strict on the auth path, and clears with Max-Age=0', () => {
    const set = refreshCookie('abc');
    expect(set).toMatch(
      /^assay_refresh=abc; Path=\/api\/v1\/auth; Max-Age=\d+; HttpOnly; Secure; SameSite=Strict$/,
    );
    expect(refreshCookie(null)).toContain('Max-Age=0');
  });

  it('reads one cookie among others, and nothing from a look-alike name', () => {
    expect(cookieValue('a=1; assay_refresh=tok%2Fen; b=2', REFRESH_COOKIE)).toBe('tok/en');
    expect(cookieValue('xassay_refresh=nope', REFRESH_COOKIE)).toBeNull();
    expect(cookieValue(undefined, REFRESH_COOKIE)).toBeNull();
    expect(cookieValue('assay_refresh=%E0%A4%A', REFRESH_COOKIE)).toBeNull();
  });

  it('property: what refreshCookie sets, cookieValue reads back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (token) => {
        const pair = refreshCookie(token).split(';')[0];
        expect(cookieValue(`other=x; ${pair}`, REFRESH_COOKIE)).toBe(token);
      }),
    );
  });
});
