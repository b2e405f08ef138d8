import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { isIP } from 'node:net';
import { DataSource } from 'typeorm';
import { AssayConfig, Clock } from '@assay/core';
import {
  HostResolver,
  checkWebhookUrl,
  clearWebhookEndpointFailing,
  disableWebhookEndpoint,
  markWebhookEndpointFailing,
  recordWebhookAttempt,
  systemResolver,
} from '@assay/organizations';
import { QUEUES } from '@assay/queue';
import type { DeliverWebhookJob } from '@assay/queue';
import { appendAttempt, isDelivered, shouldDisable } from './webhook-policy';
import { WebhookResponse, sendWebhook } from './webhook-sender';
import { webhookHeaders } from './webhook-signature';
import { webhookBody } from './webhook-payload';

interface DeliveryRow {
  id: string;
  organization_id: string;
  webhook_endpoint_id: string;
  event_id: string;
  payload: Record<string, unknown>;
  status: string;
  attempt_log: unknown;
  url: string;
  secret: string;
  disabled_at: Date | null;
}

export type DeliveryOutcome =
  'delivered' | 'missing' | 'already-succeeded' | 'already-failed' | 'endpoint-disabled';

/** DNS failures may pass; every other refusal is about where the URL points and will not change by waiting. */
const TRANSIENT_REFUSAL = 'url host does not resolve';

/**
 * Delivers one webhook (job `deliver-webhook`, retried with exponential backoff and jitter for about a day,
 * RETRY.webhooks). Each attempt: re-check the URL (resolve, refuse non-public addresses unless
 * WEBHOOK_ALLOW_PRIVATE_URLS), connect to the checked address only, sign the exact body (Standard Webhooks),
 * and record the attempt on the delivery. An endpoint failing without a success for about a day is disabled.
 */
@Processor(QUEUES.WEBHOOKS)
export class WebhookDeliveryProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('WebhookDelivery');
  private readonly resolve: HostResolver = systemResolver;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AssayConfig,
    private readonly clock: Clock,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Deliveries mostly wait on the network: several at once per process.
    this.worker.concurrency = Math.max(this.config.worker.concurrency, 8);
  }

  async process(job: Job<DeliverWebhookJob>): Promise<DeliveryOutcome> {
    const rows: DeliveryRow[] = await this.db.query(
      `SELECT d.id, d.organization_id, d.webhook_endpoint_id, d.event_id, d.payload, d.status, d.attempt_log,
              e.url, e.secret, e.disabled_at
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.webhook_endpoint_id
        WHERE d.id = $1`,
      [job.data.deliveryId],
    );
    const delivery = rows[0];
    if (!delivery) return 'missing'; // the endpoint was deleted with its deliveries
    if (delivery.status !== 'pending') return `already-${delivery.status}` as DeliveryOutcome;
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (delivery.disabled_at) {
      await this.record(delivery, { status: null, ms: 0, error: 'endpoint disabled' }, 'failed');
      return 'endpoint-disabled';
    }

    const verdict = await checkWebhookUrl(delivery.url, {
      allowHttp: this.config.webhooks.allowHttp,
      allowPrivate: this.config.webhooks.allowPrivateUrls,
      resolve: this.resolve,
    });
    if (!verdict.ok) {
      const permanent = verdict.reason !== TRANSIENT_REFUSAL;
      const error = `refused: ${verdict.reason}`;
      await this.record(
        delivery,
        { status: null, ms: 0, error },
        permanent || lastTry ? 'failed' : 'pending',
      );
      await this.endpointFailed(delivery, permanent || lastTry);
      this.logger.warn(
        { deliveryId: delivery.id, endpointId: delivery.webhook_endpoint_id, error },
        'webhook refused',
      );
      if (permanent) throw new UnrecoverableError(`webhook ${error}`);
      throw new Error(`webhook ${error}`);
    }

    const body = webhookBody(delivery.payload);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const response = await sendWebhook({
      url: verdict.url,
      address: preferredAddress(verdict.addresses),
      headers: webhookHeaders(delivery.secret, delivery.event_id, timestamp, body),
      body,
    });
    const delivered = isDelivered(response.status);
    await this.record(delivery, response, delivered ? 'succeeded' : lastTry ? 'failed' : 'pending');
    if (delivered) {
      await clearWebhookEndpointFailing(this.db, delivery.organization_id, delivery.webhook_endpoint_id);
      this.logger.log(
        { deliveryId: delivery.id, status: response.status, ms: response.ms },
        'webhook delivered',
      );
      return 'delivered';
    }
    await this.endpointFailed(delivery, lastTry);
    const why = response.status !== null ? `status ${response.status}` : (response.error ?? 'no response');
    this.logger.warn(
      {
        deliveryId: delivery.id,
        endpointId: delivery.webhook_endpoint_id,
        why,
        attempt: job.attemptsMade + 1,
      },
      'webhook attempt failed',
    );
    throw new Error(`webhook delivery failed: ${why}`);
  }

  private async record(
    delivery: DeliveryRow,
    response: WebhookResponse,
    status: 'pending' | 'succeeded' | 'failed',
  ): Promise<void> {
    const error =
      response.error ??
      (response.status !== null && !isDelivered(response.status) ? `status ${response.status}` : null);
    const log = appendAttempt(delivery.attempt_log, {
      at: this.clock.now().toISOString(),
      status: response.status,
      ms: response.ms,
      ...(error ? { error: error.slice(0, 300) } : {}),
    });
    await recordWebhookAttempt(this.db, {
      deliveryId: delivery.id,
      organizationId: delivery.organization_id,
      status,
      responseStatus: response.status,
      error: error?.replaceAll('\u0000', '').slice(0, 500) ?? null,
      attemptLog: log,
    });
  }

  /** Marks the endpoint failing (since its first failure after a success); disables it after about a day. */
  private async endpointFailed(delivery: DeliveryRow, retriesExhausted: boolean): Promise<void> {
    const failingSince = await markWebhookEndpointFailing(
      this.db,
      delivery.organization_id,
      delivery.webhook_endpoint_id,
    );
    if (shouldDisable(failingSince, this.clock.now(), retriesExhausted)) {
      await disableWebhookEndpoint(this.db, delivery.organization_id, delivery.webhook_endpoint_id);
      this.logger.warn(
        { endpointId: delivery.webhook_endpoint_id, failingSince },
        'webhook endpoint disabled: failing for about a day',
      );
    }
  }
}

/** IPv4 first: the address most likely reachable from a container network. */
function preferredAddress(addresses: string[]): string {
  return addresses.find((a) => isIP(a) === 4) ?? addresses[0];
}
