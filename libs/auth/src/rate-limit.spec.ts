import { accountKey } from './rate-limit';

describe('accountKey', () => {
  it('keys by the normalized email, or by the hash of a refresh token', () => {
    expect(accountKey({ email: '  Ada@Example.COM ' })).toBe('email:ada@example.com');
    expect(accountKey({ refreshToken: 'abc' })).toMatch(/^refresh:[0-9a-f]{64}$/);
    expect(accountKey({ refreshToken: 'abc' })).not.toContain('abc');
  });

  it('has no key for bodies without an account', () => {
    expect(accountKey(undefined)).toBeNull();
    expect(accountKey({ email: 42 })).toBeNull();
    expect(accountKey({ email: '   ' })).toBeNull();
  });
});
