import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedMember } from '@assay/auth';
import {
  AssayConfig,
  Clock,
  conflict,
  newId,
  notFound,
  Page,
  PageQuery,
  unprocessable,
  ValidationProblem,
} from '@assay/core';
import { appendToOutbox } from '@assay/persistence';
import { EVENTS } from '@assay/queue';
import { afterId, DEFAULT_PAGE_SIZE, toPage } from './paging';
import { checkWebhookUrl, HostResolver, systemResolver } from './webhook-url';
import {
  CreateWebhookDto,
  WebhookCreatedDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookDto,
  WebhookTestQueuedDto,
} from './webhooks.dto';
import { WebhookDeliveriesRepository, WebhookEndpointsRepository } from './webhook-endpoints.repository';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** The event of a test delivery (its body says so; receivers may ignore it). */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

@Injectable()
export class WebhooksService {
  private readonly resolve: HostResolver = systemResolver;

  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveryLog: WebhookDeliveriesRepository,
    private readonly config: AssayConfig,
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async create(actor: AuthenticatedMember, dto: CreateWebhookDto): Promise<WebhookCreatedDto> {
    const verdict = await checkWebhookUrl(dto.url, {
      allowHttp: this.config.webhooks.allowHttp,
      allowPrivate: this.config.webhooks.allowPrivateUrls,
      resolve: this.resolve,
    });
    if (!verdict.ok) {
      const errors = [{ field: 'url', message: verdict.reason }];
      if (verdict.reason === 'url is not a valid absolute URL') throw new ValidationProblem(errors);
      throw unprocessable('unsafe-webhook-url', `The webhook URL is refused: ${verdict.reason}.`, errors);
    }
    const secret = WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64');
    const row = await this.endpoints.insert(
      actor.organizationId,
      {
        url: verdict.url.toString(),
        events: dto.events,
        secret,
        createdByUserId: actor.userId,
      },
      this.config.quotas.webhookEndpoints,
    );
    return { ...WebhookDto.from(row), secret };
  }

  async list(organizationId: string, query: PageQuery): Promise<Page<WebhookDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.endpoints.list(organizationId, limit, afterId(query.cursor));
    return toPage(rows, limit, (w) => w.id, WebhookDto.from);
  }

  async remove(organizationId: string, id: string): Promise<void> {
    if (!(await this.endpoints.deleteById(organizationId, id))) throw notFound('webhook');
  }

  /**
   * Queues one signed test delivery to the endpoint (same signing, address checks and delivery log as
   * real events; one try). The delivery row and its outbox event are written together.
   */
  async sendTest(organizationId: string, id: string): Promise<WebhookTestQueuedDto> {
    const endpoint = await this.endpoints.getById(organizationId, id);
    if (endpoint.disabledAt) {
      throw conflict('webhook-disabled', 'The endpoint is disabled; re-enable it before sending a test.');
    }
    const deliveryId = newId();
    const payload = {
      type: WEBHOOK_TEST_EVENT,
      timestamp: this.clock.now().toISOString(),
      data: { webhookId: endpoint.id, message: 'A test delivery from Assay.' },
    };
    await this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO webhook_deliveries (id, organization_id, webhook_endpoint_id, event, event_id, payload)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
        [deliveryId, organizationId, endpoint.id, WEBHOOK_TEST_EVENT, newId(), JSON.stringify(payload)],
      );
      await appendToOutbox(m, { type: EVENTS.WEBHOOK_TEST_REQUESTED, aggregateId: deliveryId });
    });
    return { deliveryId };
  }

  /** Re-enables an endpoint the delivery processor disabled (and forgets its failing streak). */
  async enable(organizationId: string, id: string): Promise<WebhookDto> {
    if (!(await this.endpoints.enable(organizationId, id))) throw notFound('webhook');
    return WebhookDto.from(await this.endpoints.getById(organizationId, id));
  }

  async deliveries(
    organizationId: string,
    webhookId: string,
    query: PageQuery,
  ): Promise<WebhookDeliveryPageDto> {
    await this.endpoints.getById(organizationId, webhookId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.deliveryLog.listForEndpoint(
      organizationId,
      webhookId,
      limit,
      afterId(query.cursor),
    );
    return toPage(rows, limit, (d) => d.id, WebhookDeliveryDto.from);
  }
}
