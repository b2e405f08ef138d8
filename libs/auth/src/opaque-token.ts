import { hash, timingSafeEqual } from 'node:crypto';
import { randomToken } from '@assay/core';

/**
 * Opaque secrets (refresh tokens, email/reset/invitation tokens, API keys) are random, ≥ 256 bits, and
 * stored only as their SHA-256: a stolen table grants nothing, and a plain hash is enough because the
 * input is uniformly random (no dictionary to try), unlike a password.
 */
export function newOpaqueToken(prefix = ''): { token: string; hash: string } {
  const token = prefix + randomToken(32);
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
