import { Inject, Injectable } from '@nestjs/common';
import type IORedis from 'ioredis';
import { AssayConfig, CoreProblem, Problem } from '@assay/core';
import { REDIS } from '@assay/queue';
import { hashToken } from './opaque-token';

/** Failures of one account are remembered this long after the last one. */
const FAILURE_MEMORY_SECONDS = 3_600;
/** An address that signed in to an account is remembered this long (it skips the backoff). */
const KNOWN_ADDRESS_SECONDS = 30 * 86_400;
/** The longest wait the backoff imposes between attempts. */
export const MAX_BACKOFF_SECONDS = 300;

/**
 * The wait, in seconds, before the next attempt on an account with `failures` failed logins in a row
 * (from any address), once past `threshold`: 1, 2, 4, … capped at MAX_BACKOFF_SECONDS. Zero below it.
 */
export function backoffSeconds(failures: number, threshold: number): number {
  if (failures < threshold) return 0;
  return Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(30, failures - threshold));
}

/**
 * The global, per-account side of the login throttle (docs/decisions/0604). The per-(account, IP) and
 * per-IP limits are the throttler's; this one slows a guessing campaign spread over many addresses with
 * an exponential backoff after `2 × RATE_LIMIT_AUTH_PER_MINUTE` failures in a row — but never for an
 * address that has signed in to the account before, so the owner is not locked out by it.
 */
@Injectable()
export class LoginBackoff {
  private readonly threshold: number;

  constructor(
    @Inject(REDIS) private readonly redis: IORedis,
    private readonly config: AssayConfig,
  ) {
    this.threshold = 2 * config.rateLimitAuthPerMinute;
  }

  /** 429 with Retry-After while the account is backing off and `ip` is not one it signed in from. */
  async check(email: string, ip: string): Promise<void> {
    const [[, state], [, known]] = (await this.redis
      .multi()
      .hmget(this.failKey(email), 'count', 'last')
      .sismember(this.knownKey(email), this.address(ip))
      .exec()) as [[unknown, [string | null, string | null]], [unknown, number]];
    if (known === 1) return;
    const wait = backoffSeconds(Number(state[0] ?? 0), this.threshold);
    if (!wait) return;
    const remainingMs = Number(state[1] ?? 0) + wait * 1000 - Date.now();
    if (remainingMs <= 0) return;
    const retryAfter = Math.ceil(remainingMs / 1000);
    throw new Problem(429, CoreProblem.RateLimited, 'Too many attempts. Try again later.', {
      headers: { 'Retry-After': String(retryAfter) },
      retryAfter,
    });
  }

  async failed(email: string): Promise<void> {
    await this.redis
      .multi()
      .hincrby(this.failKey(email), 'count', 1)
      .hset(this.failKey(email), 'last', String(Date.now()))
      .expire(this.failKey(email), FAILURE_MEMORY_SECONDS)
      .exec();
  }

  /** The password was right: the failures are forgotten and this address is known from now on. */
  async succeeded(email: string, ip: string): Promise<void> {
    await this.redis
      .multi()
      .del(this.failKey(email))
      .sadd(this.knownKey(email), this.address(ip))
      .expire(this.knownKey(email), KNOWN_ADDRESS_SECONDS)
      .exec();
  }

  /** A password reset proves the mailbox: whatever campaign ran against the account, it starts afresh. */
  async reset(email: string): Promise<void> {
    await this.redis.del(this.failKey(email));
  }

  private failKey(email: string): string {
    return `${this.config.redis.prefix}:login:failures:${hashToken(email)}`;
  }

  private knownKey(email: string): string {
    return `${this.config.redis.prefix}:login:known:${hashToken(email)}`;
  }

  private address(ip: string): string {
    return hashToken(`ip:${ip}`).slice(0, 32);
  }
}
