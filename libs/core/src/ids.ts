import { randomBytes } from 'node:crypto';
import { v7 as uuidv7, validate, version } from 'uuid';

/** Time-ordered UUIDs (v7): index-friendly primary keys that still reveal nothing guessable. */
export function newId(): string {
  return uuidv7();
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && validate(value) && version(value) > 0;
}

/** URL-safe random token with `bytes` bytes of entropy (default 32 = 256 bits). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
