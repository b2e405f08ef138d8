import { applyDecorators, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import {
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModuleOptions,
  ThrottlerStorage,
} from '@nestjs/throttler';
import type IORedis from 'ioredis';
import { CoreProblem, Problem } from '@assay/core';
import { hashToken } from './opaque-token';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const WINDOW_MS = 60_000;

// Fixed window per key, plus a block key once the limit is passed: one round trip, atomic.
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
  return {hits, redis.call('PTTL', KEYS[1]), 1, blocked}
end
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}
`;

/** Throttler counters in Redis, so every API replica shares one limit per key. */
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly redis: IORedis,
    private readonly prefix: string,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const base = `${this.prefix}:throttle:${throttlerName}:${key}`;
    const [hits, ttlMs, blocked, blockMs] = (await this.redis.eval(
      INCREMENT,
      2,
      base,
      `${base}:blocked`,
      ttl,
      limit,
      Math.max(1, blockDuration),
    )) as [number, number, number, number];
    return {
      totalHits: hits,
      timeToExpire: Math.ceil(ttlMs / 1000),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.ceil(blockMs / 1000),
    };
  }
}

/** The account a request is about: the email it names, or the refresh token it presents. */
export function accountKey(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const { email, refreshToken } = body as { email?: unknown; refreshToken?: unknown };
  if (typeof email === 'string' && email.trim()) return `email:${email.trim().toLowerCase()}`;
  if (typeof refreshToken === 'string' && refreshToken) return `refresh:${hashToken(refreshToken)}`;
  return null;
}

/**
 * Two limits on each credential route, `perMinute` each: per client IP, and per (account, client IP) — so
 * someone else hammering an account from elsewhere cannot use up its owner's budget. The global side per
 * account is LoginBackoff's (docs/decisions/0604).
 */
export function authThrottlerOptions(perMinute: number, storage: ThrottlerStorage): ThrottlerModuleOptions {
  return {
    storage,
    throttlers: [
      {
        name: 'ip',
        ttl: WINDOW_MS,
        limit: perMinute,
        // request.ip honours TRUST_PROXY (Fastify's trustProxy): X-Forwarded-For only from trusted proxies.
        getTracker: (req) => `ip:${String(req.ip)}`,
      },
      {
        name: 'account',
        ttl: WINDOW_MS,
        limit: perMinute,
        getTracker: (req) => `${accountKey(req.body) ?? 'none'}|ip:${String(req.ip)}`,
        skipIf: (context) =>
          accountKey(context.switchToHttp().getRequest<{ body?: unknown }>().body) === null,
      },
    ],
  };
}

const RATE_LIMIT_BUCKET = 'assay:rateLimitBucket';

/** Answers a passed limit with a 429 problem and Retry-After (seconds). */
@Injectable()
export class AuthRateLimitGuard extends ThrottlerGuard {
  /** Routes that name a bucket share its counters (per IP, per account and IP) instead of having their own. */
  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    const bucket = this.reflector.get<string | undefined>(RATE_LIMIT_BUCKET, context.getHandler());
    return bucket
      ? `bucket:${bucket}:${hashToken(`${name}:${suffix}`)}`
      : super.generateKey(context, suffix, name);
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    throw new Problem(429, CoreProblem.RateLimited, 'Too many attempts. Try again later.', {
      headers: { 'Retry-After': String(retryAfter) },
      retryAfter,
    });
  }
}

/**
 * Rate-limits a credential route (login, signup, refresh, forgot/reset-password, verify-email, accepting
 * an invitation) per IP and per (account, IP).
 */
export const AuthRateLimit = (bucket?: string) =>
  applyDecorators(UseGuards(AuthRateLimitGuard), SetMetadata(RATE_LIMIT_BUCKET, bucket));

/** Forgot-password, reset-password and verify-email: one budget for the emailed-link routes together. */
export const ACCOUNT_RECOVERY_BUCKET = 'account-recovery';
