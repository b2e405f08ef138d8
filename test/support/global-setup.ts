import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureWebBuilt } from '../../scripts/build-web';
import { startSmtpCapture } from './smtp-capture';

/**
 * One fresh PostgreSQL database and one Redis key prefix per test run, so runs (and developers'
 * parallel runs) never see each other's data. Test workers inherit these variables.
 */
export default async function globalSetup(): Promise<void> {
  // Projects (e2e, browser) share this setup: the run gets one database, one prefix, one capture.
  const marks = globalThis as { __ASSAY_SETUP_DONE__?: boolean };
  if (marks.__ASSAY_SETUP_DONE__) return;
  marks.__ASSAY_SETUP_DONE__ = true;
  // The API serves the web app's build; make it once per run (only when its sources changed).
  ensureWebBuilt();
  const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `assay_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.TEST_DATABASE_NAME = name;
  process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  process.env.REDIS_PREFIX = `assay-test-${name}`;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
  process.env.APP_URL = 'http://app.assay.test';
  process.env.WEBHOOK_ALLOW_PRIVATE_URLS = 'false';
  // Every API of the run shares one Redis prefix and one client IP (127.0.0.1): a laptop-sized auth rate
  // limit would throttle unrelated test files. The rate-limit tests start their own API with a small limit.
  process.env.RATE_LIMIT_AUTH_PER_MINUTE = '100000';
  // One SMTP capture for the run: whichever test file's worker sends an email, it lands here (mailbox()).
  const capture = await startSmtpCapture(path.join(tmpdir(), `assay-mail-${name}`));
  (globalThis as { __ASSAY_SMTP__?: typeof capture }).__ASSAY_SMTP__ = capture;
  process.env.SMTP_URL = capture.url;
  process.env.TEST_MAIL_DIR = capture.dir;
}
