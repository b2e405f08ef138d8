import { Injectable, OnModuleInit } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import type { Options } from '@node-rs/argon2';
import { randomToken } from '@assay/core';

/**
 * argon2id at the OWASP minimum (m = 19 MiB, t = 2, p = 1): about 35 ms per hash and 45 ms per verify on
 * the 2-core development machine (docs/decisions/0202-password-policy.md). Raising it later is safe:
 * verify() reads the parameters from each stored hash.
 */
export const ARGON2_PARAMS: Readonly<Options> = Object.freeze({
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolated modules cannot read)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
});

@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** A real hash of a random password, verified against when the account does not exist. */
  private dummyHash: Promise<string> | null = null;

  onModuleInit(): void {
    this.dummyHash = hash(randomToken(16), ARGON2_PARAMS);
  }

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_PARAMS);
  }

  /**
   * Verifies `password` against `stored`, or against a dummy hash when there is no account, so an
   * unknown email costs the same hashing work as a wrong password (no user enumeration by timing).
   */
  async verify(stored: string | null | undefined, password: string): Promise<boolean> {
    if (!stored) {
      this.dummyHash ??= hash(randomToken(16), ARGON2_PARAMS);
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    try {
      return await verify(stored, password);
    } catch {
      return false; // a malformed stored hash is a failed login, not a 500
    }
  }
}
