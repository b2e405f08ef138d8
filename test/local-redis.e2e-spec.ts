import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { startLocalRedis, type LocalRedis } from '@assay/queue';

/*
 * The zero-configuration start's redis-server: on a loopback port any local process can reach, so it asks
 * for a password new at each start, which never appears in the process list.
 */
describe('local redis-server (zero-configuration start)', () => {
  let dir: string;
  let local: LocalRedis;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'assay-local-redis-'));
    local = await startLocalRedis(dir);
  });
  afterAll(async () => {
    await local?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const probe = async (url: string): Promise<string> => {
    const redis = new IORedis(url, {
      lazyConnect: true,
      enableReadyCheck: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    // A refused AUTH comes as an error event, and the command then fails with "Connection is closed".
    const said: string[] = [];
    redis.on('error', (error: Error) => said.push(error.message));
    try {
      await redis.connect();
      return await redis.ping();
    } catch (error) {
      return [...said, (error as Error).message].join('; ');
    } finally {
      redis.disconnect();
    }
  };

  it('answers its own URL and refuses a client without the password', async () => {
    const url = new URL(local.url);
    expect(url.password.length).toBeGreaterThanOrEqual(32);
    expect(await probe(local.url)).toBe('PONG');
    url.password = '';
    expect(await probe(url.toString())).toMatch(/NOAUTH/);
    url.password = 'guess';
    expect(await probe(url.toString())).toMatch(/WRONGPASS|invalid password/i);
  });

  it('keeps the password out of its command line', () => {
    const pid = readFileSync(path.join(dir, 'redis', 'redis.pid'), 'utf8').trim();
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    expect(commandLine).toContain('redis-server');
    expect(commandLine).not.toContain(decodeURIComponent(new URL(local.url).password));
  });
});
