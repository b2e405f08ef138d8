import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  addMember,
  eventually,
  Http,
  isolatedDatabase,
  signUp,
  startApi,
  startWorker,
  TestRedis,
  WebhookReceiver,
  type IsolatedDatabase,
  type SignedUp,
} from '@assay/testing';

jest.setTimeout(60_000);

/**
 * The console's webhook controls: a signed test delivery through the real outbox, worker and HTTP, and
 * re-enabling an endpoint the delivery processor disabled. Own database and Redis: the run's shared
 * workers refuse private webhook URLs and would take these jobs.
 */
describe('webhook test delivery and re-enable', () => {
  let db: IsolatedDatabase;
  let redis: TestRedis;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let ds: DataSource;
  let org: SignedUp;
  let other: SignedUp;
  let receiver: WebhookReceiver;
  let webhookId: string;

  beforeAll(async () => {
    db = await isolatedDatabase('hooktest');
    redis = await TestRedis.start();
    const env = { DATABASE_URL: db.url, REDIS_URL: redis.url, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' };
    app = await startApi(env);
    worker = await startWorker(env);
    http = new Http(app);
    ds = app.get(DataSource);
    org = await signUp(http);
    other = await signUp(http);
    receiver = await WebhookReceiver.start([200]);
    const created = await http.post(
      '/api/v1/organization/webhooks',
      { url: receiver.url(), events: ['attempt.graded'] },
      { token: org.accessToken },
    );
    expect(created.status).toBe(201);
    webhookId = created.body.id;
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await receiver?.close();
    await redis?.stop();
    await db?.drop();
  });

  const as = (who: SignedUp) => ({ token: who.accessToken });

  it('sends a signed webhook.test delivery and logs it as succeeded', async () => {
    const before = receiver.received.length;
    const res = await http.post(`/api/v1/organization/webhooks/${webhookId}/test`, undefined, as(org));
    expect(res.status).toBe(202);
    expect(res.body.deliveryId).toEqual(expect.any(String));
    const count = await eventually(
      async () => receiver.received.length,
      (n) => n > before,
      20_000,
    );
    expect(count).toBe(before + 1);
    const got = receiver.received[before];
    expect(JSON.parse(got.body)).toMatchObject({ type: 'webhook.test', data: { webhookId } });
    expect(got.headers['webhook-signature']).toMatch(/^v1,/);
    expect(got.headers['webhook-id']).toEqual(expect.any(String));
    const list = await eventually(
      () => http.get(`/api/v1/organization/webhooks/${webhookId}/deliveries`, as(org)),
      (r) => r.body.items[0]?.status !== 'pending',
      20_000,
    );
    expect(list.body.items[0]).toMatchObject({
      id: res.body.deliveryId,
      event: 'webhook.test',
      status: 'succeeded',
      attempts: 1,
      responseStatus: 200,
    });
  });

  it('lists a disabled endpoint as disabled, refuses a test (409) and re-enables it', async () => {
    // What the delivery processor does after about a day of failures.
    await ds.query(
      `UPDATE webhook_endpoints SET failing_since = now() - interval '2 days', disabled_at = now() WHERE id = $1`,
      [webhookId],
    );
    const listed = await http.get('/api/v1/organization/webhooks', as(org));
    expect(listed.body.items[0]).toMatchObject({ id: webhookId, disabledAt: expect.any(String) });
    const refused = await http.post(`/api/v1/organization/webhooks/${webhookId}/test`, undefined, as(org));
    expect(refused.status).toBe(409);

    const enabled = await http.post(`/api/v1/organization/webhooks/${webhookId}/enable`, undefined, as(org));
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({ id: webhookId, disabledAt: null, failingSince: null });
    const [row] = await ds.query(`SELECT disabled_at, failing_since FROM webhook_endpoints WHERE id = $1`, [
      webhookId,
    ]);
    expect(row).toEqual({ disabled_at: null, failing_since: null });
    const audited = await ds.query(
      `SELECT action FROM audit_log WHERE organization_id = $1 AND action = $2`,
      [org.organizationId, 'webhook.enabled'],
    );
    expect(audited).toHaveLength(1);
    expect(
      (await http.post(`/api/v1/organization/webhooks/${webhookId}/test`, undefined, as(org))).status,
    ).toBe(202);
  });

  it('another organization gets 404 and a recruiter 403; nothing is sent', async () => {
    const before = receiver.received.length;
    for (const path of ['test', 'enable']) {
      const res = await http.post(`/api/v1/organization/webhooks/${webhookId}/${path}`, undefined, as(other));
      expect(res.status).toBe(404);
    }
    const recruiter = await addMember(http, org, 'recruiter');
    expect(
      (await http.post(`/api/v1/organization/webhooks/${webhookId}/test`, undefined, as(recruiter))).status,
    ).toBe(403);
    const [{ count }] = await ds.query(
      `SELECT count(*)::int AS count FROM webhook_deliveries WHERE webhook_endpoint_id = $1`,
      [webhookId],
    );
    expect(count).toBe(2);
    // The second test delivery (after re-enabling) may still be on its way; no third one ever comes.
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.received.length).toBeLessThanOrEqual(before + 1);
  });
});
