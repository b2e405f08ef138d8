import { Inject, Injectable } from '@nestjs/common';
import type IORedis from 'ioredis';
import { AssayConfig, CoreProblem, Problem } from '@assay/core';
import { REDIS } from '@assay/queue';

export const API_KEY_WINDOW_SECONDS = 60;

export interface RateLimitState {
  limit: number;
  /** Requests counted in the current window, this one included. */
  used: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
}

/**
 * The IETF draft's RateLimit-Limit / -Remaining / -Reset (delta seconds) and RateLimit-Policy
 * (draft-ietf-httpapi-ratelimit-headers), plus Retry-After once the limit is passed.
 */
export function rateLimitHeaders(
  state: RateLimitState,
  windowSeconds = API_KEY_WINDOW_SECONDS,
): Record<string, string> {
  const reset = String(Math.min(windowSeconds, Math.max(1, Math.ceil(state.resetSeconds))));
  const headers: Record<string, string> = {
    'RateLimit-Limit': String(state.limit),
    'RateLimit-Remaining': String(Math.max(0, state.limit - state.used)),
    'RateLimit-Reset': reset,
    'RateLimit-Policy': `${state.limit};w=${windowSeconds}`,
  };
  if (state.used > state.limit) headers['Retry-After'] = reset;
  return headers;
}

// One fixed window per key: count, and start the window's expiry on its first request. Atomic, one round trip.
const HIT = `
local used = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {used, ttl}
`;

/** Each API key's own budget per minute, shared by every API replica through Redis. */
@Injectable()
export class ApiKeyRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: IORedis,
    private readonly config: AssayConfig,
  ) {}

  async hit(apiKeyId: string): Promise<RateLimitState> {
    const key = `${this.config.redis.prefix}:ratelimit:api-key:${apiKeyId}`;
    const [used, ttlMs] = (await this.redis.eval(HIT, 1, key, API_KEY_WINDOW_SECONDS * 1000)) as [
      number,
      number,
    ];
    return { limit: this.config.rateLimitApiKeyPerMinute, used, resetSeconds: ttlMs / 1000 };
  }
}

/** The 429 an API key gets past its budget, carrying the same headers as its other responses. */
export function apiKeyRateLimited(headers: Record<string, string>): Problem {
  return new Problem(
    429,
    CoreProblem.RateLimited,
    'This API key has used its requests for this minute. Retry after the number of seconds in Retry-After.',
    { headers, retryAfter: Number(headers['Retry-After']) },
  );
}
