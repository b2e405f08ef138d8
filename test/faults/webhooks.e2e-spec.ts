import type { INestApplicationContext } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { newId } from '@assay/core';
import { blockedAddressReason } from '@assay/organizations';
import { verifyWebhook } from '@assay/notifications';
import { JOBS, QUEUES, QueueRegistry } from '@assay/queue';
import {
  PipelineStack,
  SignedUp,
  WebhookReceiver,
  correctResponse,
  eventually,
  inviteCandidates,
  publishAssessmentOf,
  signUp,
  startWorker,
  takeAndSubmit,
} from '@assay/testing';

/** A host name of this machine that resolves to a loopback address (the DNS-rebinding case), if any. */
async function loopbackName(): Promise<string> {
  for (const name of [hostname(), 'localhost.localdomain']) {
    try {
      const found = await lookup(name, { all: true });
      if (found.length && found.every((a) => blockedAddressReason(a.address)?.includes('loopback')))
        return name;
    } catch {
      // not resolvable here
    }
  }
  return '127.0.0.1';
}

/** Webhook deliveries against a local receiver, with a worker in this process. */
describe('faults: webhook receivers that fail, and addresses that must not be called', () => {
  let stack: PipelineStack;
  let org: SignedUp;
  let worker: INestApplicationContext | null = null;

  beforeAll(async () => {
    // The API accepts local URLs (development setting), so the worker's own check at send time is what is tested.
    stack = await PipelineStack.start('hooks', { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    org = await signUp(stack.http);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await stack?.close();
  }, 60_000);

  async function useWorker(allowPrivate: boolean) {
    await worker?.close();
    worker = await startWorker({ ...stack.env, WEBHOOK_ALLOW_PRIVATE_URLS: String(allowPrivate) });
  }

  async function register(url: string): Promise<{ id: string; secret: string }> {
    const res = await stack.http.post(
      '/api/v1/organization/webhooks',
      { url, events: ['attempt.graded'] },
      { token: org.accessToken },
    );
    expect(res.status).toBe(201);
    return res.body;
  }

  async function gradeOne(tag: string): Promise<string> {
    const assessment = await publishAssessmentOf(stack.http, org.accessToken, stack.query.bind(stack), [
      'single_choice',
    ]);
    const byId = new Map(assessment.questions.map((q) => [q.id, q]));
    const [c] = await inviteCandidates(stack.http, org.accessToken, assessment.id, 1, tag);
    expect((await takeAndSubmit(stack.http, c.token, (q) => correctResponse(byId.get(q.id)!))).status).toBe(
      202,
    );
    const [{ id }] = await stack.query<{ id: string }>(`SELECT id FROM attempts WHERE invitation_id = $1`, [
      c.invitationId,
    ]);
    return id;
  }

  async function deliveriesOf(webhookId: string) {
    const res = await stack.http.get(`/api/v1/organization/webhooks/${webhookId}/deliveries`, {
      token: org.accessToken,
    });
    expect(res.status).toBe(200);
    return res.body.items as {
      id: string;
      status: string;
      attempts: number;
      responseStatus: number | null;
    }[];
  }

  it('500, 500, then 200: three recorded attempts, one success, every signature verifies', async () => {
    await useWorker(true);
    const receiver = await WebhookReceiver.start([500, 500, 200]);
    try {
      const hook = await register(receiver.url());
      const attemptId = await gradeOne('retry');
      const [delivery] = await eventually(
        () => deliveriesOf(hook.id),
        (items) => items[0]?.status === 'succeeded',
        90_000,
      );
      expect(delivery).toMatchObject({ status: 'succeeded', attempts: 3, responseStatus: 200 });
      expect(receiver.received.map((r) => r.status)).toEqual([500, 500, 200]);
      const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
      expect(ids.size).toBe(1); // the same message, retried: receivers can deduplicate
      expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1); // the same bytes each time
      for (const r of receiver.received) {
        expect(JSON.parse(r.body).data.attemptId).toBe(attemptId);
        const headers = {
          id: String(r.headers['webhook-id']),
          timestamp: String(r.headers['webhook-timestamp']),
          signature: String(r.headers['webhook-signature']),
        };
        expect(headers.signature).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
        expect(verifyWebhook(hook.secret, headers, r.body)).toBe(true);
        expect(verifyWebhook(hook.secret, headers, r.body.replace('"passed":true', '"passed":false'))).toBe(
          false,
        );
      }
      const [row] = await stack.query<{ attempt_log: { status: number }[]; last_error: string | null }>(
        `SELECT attempt_log, last_error FROM webhook_deliveries WHERE id = $1`,
        [delivery.id],
      );
      expect(row.attempt_log.map((a: { status: number }) => a.status)).toEqual([500, 500, 200]);
      expect(row.last_error).toBeNull();
      const [endpoint] = await stack.query(
        `SELECT failing_since, disabled_at FROM webhook_endpoints WHERE id = $1`,
        [hook.id],
      );
      expect(endpoint).toEqual({ failing_since: null, disabled_at: null });
    } finally {
      await stack.query(`DELETE FROM webhook_endpoints WHERE organization_id = $1`, [org.organizationId]);
      await receiver.close();
    }
  }, 150_000);

  it('refuses, at delivery time, a URL that resolves to 127.0.0.1 (outside the development setting)', async () => {
    await useWorker(false);
    const receiver = await WebhookReceiver.start([200]);
    try {
      const hook = await register(receiver.url(await loopbackName()));
      await gradeOne('rebind');
      const [delivery] = await eventually(
        () => deliveriesOf(hook.id),
        (items) => items[0]?.status === 'failed',
        60_000,
      );
      expect(delivery).toMatchObject({ status: 'failed', attempts: 1, responseStatus: null });
      const [row] = await stack.query(`SELECT last_error FROM webhook_deliveries WHERE id = $1`, [
        delivery.id,
      ]);
      expect(row.last_error).toMatch(
        /^refused: url host (resolves to a loopback address|is a loopback address)/,
      );
      expect(receiver.received).toHaveLength(0);
    } finally {
      await stack.query(`DELETE FROM webhook_endpoints WHERE organization_id = $1`, [org.organizationId]);
      await receiver.close();
    }
  }, 120_000);

  it('disables an endpoint that has failed without a break for about a day', async () => {
    await useWorker(true);
    const receiver = await WebhookReceiver.start([503]);
    try {
      const hook = await register(receiver.url());
      await stack.query(
        `UPDATE webhook_endpoints SET failing_since = now() - interval '2 days' WHERE id = $1`,
        [hook.id],
      );
      // The last try of a delivery that has been retried for a day (its earlier tries are not replayed here).
      const deliveryId = newId();
      await stack.query(
        `INSERT INTO webhook_deliveries (id, organization_id, webhook_endpoint_id, event, event_id, payload)
         VALUES ($1, $2, $3, 'attempt.graded', $4, '{"type":"attempt.graded"}'::jsonb)`,
        [deliveryId, org.organizationId, hook.id, newId()],
      );
      await stack.app
        .get(QueueRegistry)
        .get(QUEUES.WEBHOOKS)
        .add(JOBS.DELIVER_WEBHOOK, { deliveryId }, { jobId: `webhook-${deliveryId}`, attempts: 1 });
      const [endpoint] = await eventually(
        () => stack.query(`SELECT disabled_at FROM webhook_endpoints WHERE id = $1`, [hook.id]),
        (rows) => rows[0].disabled_at !== null,
      );
      expect(endpoint.disabled_at).not.toBeNull();
      expect((await deliveriesOf(hook.id))[0]).toMatchObject({
        status: 'failed',
        attempts: 1,
        responseStatus: 503,
      });

      // A disabled endpoint gets no new deliveries.
      const attemptId = await gradeOne('disabled');
      await eventually(
        () => stack.query(`SELECT status FROM attempts WHERE id = $1`, [attemptId]),
        (rows) => rows[0].status === 'graded',
      );
      await eventually(
        () =>
          stack.query(`SELECT sent_at FROM outbox WHERE type = 'attempt.graded' AND aggregate_id = $1`, [
            attemptId,
          ]),
        (rows) => rows[0]?.sent_at != null,
      );
      const queue = stack.app.get(QueueRegistry).get(QUEUES.NOTIFICATIONS);
      await eventually(
        async () => (await queue.getJobCounts('waiting', 'active')) as Record<string, number>,
        (c) => c.waiting + c.active === 0,
      );
      expect(await deliveriesOf(hook.id)).toHaveLength(1);
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  }, 120_000);
});
