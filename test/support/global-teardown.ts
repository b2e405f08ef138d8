import { rmSync } from 'node:fs';
import IORedis from 'ioredis';
import type { SmtpCapture } from './smtp-capture';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const marks = globalThis as { __ASSAY_TEARDOWN_DONE__?: boolean };
  if (marks.__ASSAY_TEARDOWN_DONE__) return;
  marks.__ASSAY_TEARDOWN_DONE__ = true;
  const capture = (globalThis as { __ASSAY_SMTP__?: SmtpCapture }).__ASSAY_SMTP__;
  if (capture) {
    await capture.stop();
    rmSync(capture.dir, { recursive: true, force: true });
  }
  const name = process.env.TEST_DATABASE_NAME;
  if (name) {
    const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const client = new Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  const prefix = process.env.REDIS_PREFIX;
  if (prefix && process.env.REDIS_URL) {
    const redis = new IORedis(process.env.REDIS_URL);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
}
