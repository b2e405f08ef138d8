import { randomBytes } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer, AddressInfo } from 'node:net';
import path from 'node:path';
import IORedis from 'ioredis';

export interface LocalRedis {
  /** Carries the password: never print it whole. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Zero-configuration Redis: no npm package ships a Redis binary, so start the `redis-server` found on
 * PATH on a free port, with its files under `<dataDir>/redis` (AOF on, no eviction). A pidfile lets the
 * next start reap a server orphaned by a killed parent.
 */
export async function startLocalRedis(dataDir: string): Promise<LocalRedis> {
  const binary = findRedisServer();
  if (!binary) {
    throw new Error(
      'REDIS_URL is not set and no redis-server is on PATH. Install Redis ≥ 6.2 ' +
        '(Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL.',
    );
  }
  const dir = path.resolve(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'redis.pid');
  reapOrphan(pidFile);

  const port = await freePort();
  // A password new at each start: any local process can reach a loopback port. The configuration goes in on
  // stdin (`redis-server -`), so the password never shows in the process list.
  const password = randomBytes(24).toString('base64url');
  const quoted = (v: string) => JSON.stringify(v);
  const config = [
    `port ${port}`,
    'bind 127.0.0.1',
    `dir ${quoted(dir)}`,
    'appendonly yes',
    'save ""',
    'maxmemory-policy noeviction',
    `pidfile ${quoted(pidFile)}`,
    'daemonize no',
    `logfile ${quoted(path.join(dir, 'redis.log'))}`,
    `requirepass ${password}`,
  ];
  const child = spawn(
    binary,
    ['-'],
    // Its own process group: a terminal's Ctrl-C must not stop Redis before the app has closed its
    // connections (that printed a burst of ECONNREFUSED); stop() ends it, and the pidfile reaps orphans.
    { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
  );
  child.stdin!.end(config.join('\n') + '\n');
  writeFileSync(pidFile, String(child.pid));
  const url = `redis://:${password}@127.0.0.1:${port}`;
  await waitForRedis(url, child);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          rmSync(pidFile, { force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

function findRedisServer(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const p = found.stdout.trim();
  return found.status === 0 && p ? p : null;
}

function reapOrphan(pidFile: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 1) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(pidFile, { force: true });
}

async function waitForRedis(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    const probe = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    // Refused connections are expected while the server boots; without a listener ioredis prints them as
    // "Unhandled error event".
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return;
    } catch {
      probe.disconnect();
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error('redis-server did not start within 10 s');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
