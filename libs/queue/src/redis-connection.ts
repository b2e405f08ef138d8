import type { RedisOptions } from 'ioredis';
import IORedis from 'ioredis';

/** ioredis options from a redis:// or rediss:// URL. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const u = new URL(url);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number.isFinite(db) ? db : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}

export function createRedis(url: string, options: RedisOptions = {}): IORedis {
  return new IORedis({ ...redisOptionsFromUrl(url), ...options });
}

/**
 * BullMQ loses jobs silently if Redis evicts keys; refuse to run unless eviction is off.
 * Managed Redis services that forbid CONFIG GET are given the benefit of the doubt, with a warning.
 */
export async function checkEvictionPolicy(redis: IORedis): Promise<{ ok: boolean; policy: string | null }> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply?.[1] ?? null;
    return { ok: policy === 'noeviction', policy };
  } catch {
    return { ok: true, policy: null };
  }
}
