import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { newId } from '@assay/core';
import {
  EVENTS,
  OutboxRelay,
  QUEUES,
  QueueRegistry,
  pingCounterKey,
  startLocalRedis,
  appendToOutbox,
} from '@assay/queue';
import { eventually, Http, type ServedDocument, startApi, startWorker } from '@assay/testing';
import { API_V8_FLAGS } from '../apps/api/src/v8-flags';

describe('foundation (real PostgreSQL and Redis)', () => {
  let app: NestFastifyApplication;
  let http: Http;

  beforeAll(async () => {
    app = await startApi();
    http = new Http(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers liveness and readiness', async () => {
    const live = await http.get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks.database.status).toBe('up');
    expect(ready.body.checks.redis.status).toBe('up');
  });

  it('runs with the API V8 flags once the app is built (decision 0404)', () => {
    // v8.cachedDataVersionTag() hashes V8's flags: this process, with the app built, against a fresh one started
    // with this process's own flags and the API's on its command line.
    const expected = execFileSync(
      process.execPath,
      [
        ...process.execArgv,
        ...API_V8_FLAGS,
        '-e',
        "process.stdout.write(String(require('node:v8').cachedDataVersionTag()))",
      ],
      { encoding: 'utf8' },
    );
    expect(String(cachedDataVersionTag())).toBe(expected);
  });

  it('ran the migrations at start', async () => {
    const ds = app.get(DataSource);
    const rows = await ds.query(`SELECT name FROM migrations`);
    expect(rows.map((r: { name: string }) => r.name)).toContain('Foundation1764201600000');
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await http.get<ServedDocument>('/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
    const ui = await http.get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await http.request('POST', '/api/v1/anything', { raw: '{"a": ' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.problem).toMatchObject({ status: 400, title: 'Bad Request', instance: '/api/v1/anything' });
    expect(res.text).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('refuses a NUL character (which PostgreSQL cannot store) with a 400 naming the field, not a 500', async () => {
    const res = await http.request('POST', '/api/v1/signup', {
      raw: JSON.stringify({
        organizationName: 'Nul Org',
        fullName: 'Ada\u0000Lovelace',
        email: 'nul@example.com',
        password: 'a long enough passphrase 42',
      }),
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.problem.errors).toEqual([{ field: 'fullName', message: expect.stringContaining('NUL') }]);
  });

  it('refuses a body nested deeper than 64 levels with a 400, and lets 64 levels through to validation', async () => {
    const nested = (depth: number) => '['.repeat(depth - 1) + '{}' + ']'.repeat(depth - 1);
    const deep = await http.request('POST', '/api/v1/signup', { raw: `{"fullName":${nested(64)}}` });
    expect(deep.status).toBe(400);
    expect(deep.problem.errors).toEqual([{ field: '(body)', message: expect.stringContaining('64 levels') }]);
    // 64 levels in all (the outer object and 63 arrays, in 128 characters): past the depth check, refused by
    // the ordinary validation instead.
    const ok = await http.request('POST', '/api/v1/signup', { raw: `{"fullName":${nested(63)}}` });
    expect(ok.status).toBe(400);
    expect(JSON.stringify(ok.problem.errors)).not.toContain('levels');
  });

  it('tells an escaped backslash before "u0000" from a NUL character', async () => {
    const res = await http.request('POST', '/api/v1/signup', {
      raw: JSON.stringify({ organizationName: 'Slash Org', fullName: 'Ada\\u0000 Lovelace' }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.problem.errors)).not.toContain('NUL');
    expect(res.problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'email' })]));
  });

  it('answers an over-large body with a 413 problem', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(1024 * 1024 + 10) });
    const res = await http.request('POST', '/api/v1/anything', { raw: big });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.problem.status).toBe(413);
  });

  it('answers an absurdly nested body with a 400 problem, not a stack overflow', async () => {
    const nested = '['.repeat(5000) + ']'.repeat(5000);
    const res = await http.request('POST', '/api/v1/signup', { raw: `{"organizationName":${nested}}` });
    expect(res.status).toBe(400);
    expect(res.problem.errors![0].field).toBe('(body)');
  });

  it('treats an empty JSON body as no body', async () => {
    const res = await http.request('POST', '/api/v1/auth/logout', { raw: '' });
    expect(res.status).toBe(400); // a validation error naming refreshToken, not a parse error
    expect(res.problem.errors!.map((e) => e.field)).toContain('refreshToken');
  });

  it('answers an unknown route with a 404 problem and a request id', async () => {
    const res = await http.get('/api/v1/no-such-thing', { headers: { 'x-request-id': 'trace-123' } });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['x-request-id']).toBe('trace-123');
  });

  it('sets security headers', async () => {
    const res = await http.get('/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
  });

  it('exposes Prometheus metrics with HTTP latency by route and queue depths', async () => {
    await http.get('/health/live');
    const res = await http.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('http_request_duration_seconds_bucket');
    expect(res.text).toMatch(/route="\/health\/live"/);
    expect(res.text).toMatch(/queue_jobs\{queue="grading",state="waiting"\}/);
  });

  describe('outbox relay', () => {
    let worker: INestApplicationContext;
    let redis: IORedis;

    beforeAll(async () => {
      worker = await startWorker({ OUTBOX_POLL_INTERVAL_MS: '100000' }); // relayed by hand below
      await worker.get(OutboxRelay).stop();
      redis = new IORedis(process.env.REDIS_URL!);
    });
    afterAll(async () => {
      redis?.disconnect();
      await worker?.close();
    });

    it('delivers an outbox row to the worker exactly once, even with two relays racing', async () => {
      const ds = app.get(DataSource);
      const pingIds = Array.from({ length: 25 }, () => newId());
      await ds.transaction((m) =>
        appendToOutbox(m, ...pingIds.map((id) => ({ type: EVENTS.SYSTEM_PING, aggregateId: id }))),
      );
      const relayA = app.get(OutboxRelay);
      const relayB = worker.get(OutboxRelay);
      // Other test files write outbox rows too (signup emails): race the two relays until ours are all sent.
      const pendingOfOurs = async () =>
        (
          await ds.query(
            `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND aggregate_id = ANY($1)`,
            [pingIds],
          )
        )[0].n as number;
      for (let i = 0; i < 50 && (await pendingOfOurs()) > 0; i++) {
        await Promise.all([relayA.relayOnce(10), relayB.relayOnce(10)]);
      }
      expect(await pendingOfOurs()).toBe(0);

      // Relaying a row again (as after a crash between add and commit) must not make a second job.
      await ds.query(`UPDATE outbox SET sent_at = NULL WHERE aggregate_id = $1`, [pingIds[0]]);
      while ((await pendingOfOurs()) > 0) await relayA.relayOnce();

      const prefix = process.env.REDIS_PREFIX!;
      const counts = await eventually(
        () => Promise.all(pingIds.map((id) => redis.get(pingCounterKey(prefix, id)))),
        (values) => values.every((v) => v !== null),
      );
      expect(counts).toEqual(pingIds.map(() => '1'));
      const queue = worker.get(QueueRegistry).get(QUEUES.SYSTEM);
      const completed = await queue.getJobCounts('completed');
      expect(completed.completed).toBeGreaterThanOrEqual(pingIds.length);
    });
  });
});

describe('readiness when Redis goes away', () => {
  it('reports 503 naming Redis as down', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assay-redis-'));
    const local = await startLocalRedis(dir);
    const app = await startApi({ REDIS_URL: local.url });
    try {
      const http = new Http(app);
      expect((await http.get('/health/ready')).status).toBe(200);
      await local.stop();
      const res = await http.get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body.checks.redis.status).toBe('down');
      expect(res.body.checks.database.status).toBe('up');
    } finally {
      await app.close().catch(() => undefined);
      await local.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
