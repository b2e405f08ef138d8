import { createHmac } from 'node:crypto';
import { AssayConfig, newId } from '@assay/core';
import { AccessTokenService } from './access-tokens';

const config = AssayConfig.fromEnv({ JWT_SECRET: 's'.repeat(40) });
const tokens = new AccessTokenService(config);
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const sign = (header: object, claims: object, key = config.jwt.secret, hash = 'sha256') => {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac(hash, key).update(input).digest('base64url')}`;
};

describe('AccessTokenService', () => {
  const subject = { userId: newId(), organizationId: newId(), role: 'admin' as const };
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    sub: subject.userId,
    org: subject.organizationId,
    role: 'admin',
    typ: 'access',
    iss: 'assay',
    aud: 'assay-api',
    iat: now,
    exp: now + 60,
  };

  it('round-trips its own tokens', () => {
    expect(tokens.verify(tokens.sign(subject))).toMatchObject({
      sub: subject.userId,
      org: subject.organizationId,
      role: 'admin',
      typ: 'access',
      iss: 'assay',
      aud: 'assay-api',
    });
  });

  it('carries the token epoch it was issued in', () => {
    expect(tokens.verify(tokens.sign(subject, 7)).ep).toBe(7);
    expect(tokens.verify(sign({ alg: 'HS256' }, claims)).ep).toBeUndefined(); // older tokens: epoch 0
  });

  it('accepts a hand-made token with the right key and claims', () => {
    expect(tokens.verify(sign({ alg: 'HS256' }, claims)).sub).toBe(subject.userId);
  });

  it.each([
    ['alg none', `${b64({ alg: 'none' })}.${b64(claims)}.`],
    ['HS512', sign({ alg: 'HS512' }, claims, config.jwt.secret, 'sha512')],
    ['a wrong key', sign({ alg: 'HS256' }, claims, 'k'.repeat(40))],
    ['expired', sign({ alg: 'HS256' }, { ...claims, exp: now - 60 })],
    ['wrong audience', sign({ alg: 'HS256' }, { ...claims, aud: 'other' })],
    ['wrong issuer', sign({ alg: 'HS256' }, { ...claims, iss: 'other' })],
    ['another type', sign({ alg: 'HS256' }, { ...claims, typ: 'refresh' })],
    ['an unknown role', sign({ alg: 'HS256' }, { ...claims, role: 'god' })],
    ['a subject that is not a UUID', sign({ alg: 'HS256' }, { ...claims, sub: 'admin' })],
    ['an epoch that is not an integer', sign({ alg: 'HS256' }, { ...claims, ep: '1' })],
  ])('refuses %s with a 401 problem', (_what, token) => {
    expect(() => tokens.verify(token)).toThrow(expect.objectContaining({ status: 401 }));
  });
});
