import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditLogService, actorOf } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { AuthenticatedMember } from '@assay/auth';
import { OrganizationDb, TransactionRunner } from '@assay/persistence';
import { EVENTS, appendToOutbox } from '@assay/queue';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
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
import { OrganizationsProblem } from './organizations.problems';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** The event of a test delivery (its body says so; receivers may ignore it). */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

@Injectable()
export class WebhooksService {
  private readonly resolve: HostResolver = systemResolver;

  constructor(
    private readonly organizationDb: OrganizationDb,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveryLog: WebhookDeliveriesRepository,
    private readonly config: AssayConfig,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async create(
    actor: AuthenticatedMember,
    dto: CreateWebhookDto,
    who: AuditActor = actorOf(actor),
  ): Promise<WebhookCreatedDto> {
    const verdict = await checkWebhookUrl(dto.url, {
      allowHttp: this.config.webhooks.allowHttp,
      allowPrivate: this.config.webhooks.allowPrivateUrls,
      resolve: this.resolve,
    });
    if (!verdict.ok) {
      const errors = [{ field: 'url', message: verdict.reason }];
      if (verdict.reason === 'url is not a valid absolute URL') throw new ValidationProblem(errors);
      throw unprocessable(
        OrganizationsProblem.UnsafeWebhookUrl,
        `The webhook URL is refused: ${verdict.reason}.`,
        errors,
      );
    }
    const secret = WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64');
    // The endpoint and its audit record in one transaction, which also holds the quota lock.
    const row = await this.tx.run(async (m) => {
      const endpoint = await this.endpoints.insert(
        actor.organizationId,
        {
          url: verdict.url.toString(),
          events: dto.events,
          secret,
          createdByUserId: actor.userId,
        },
        this.config.quotas.webhookEndpoints,
        m,
      );
      await this.audit.record(
        m,
        actor.organizationId,
        who,
        'webhook.created',
        { type: 'webhook', id: endpoint.id },
        { url: endpoint.url, events: endpoint.events },
      );
      return endpoint;
    });
    return { ...WebhookDto.from(row), secret };
  }

  async list(organizationId: string, query: PageQuery): Promise<Page<WebhookDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.endpoints.list(organizationId, limit, afterId(query.cursor));
    return toPage(rows, limit, (w) => w.id, WebhookDto.from);
  }

  async remove(organizationId: string, id: string, who: AuditActor): Promise<void> {
    await this.tx.run(async (m) => {
      const deleted = await this.organizationDb.delete(organizationId, WebhookEndpointEntity, { id }, m);
      if (!deleted) throw notFound('webhook');
      await this.audit.record(m, organizationId, who, 'webhook.deleted', { type: 'webhook', id });
    });
  }

  /**
   * Queues one signed test delivery to the endpoint (same signing, address checks and delivery log as
   * real events; one try). The delivery row and its outbox event are written together.
   */
  async sendTest(organizationId: string, id: string): Promise<WebhookTestQueuedDto> {
    const endpoint = await this.endpoints.getById(organizationId, id);
    if (endpoint.disabledAt) {
      throw conflict(
        OrganizationsProblem.WebhookDisabled,
        'The endpoint is disabled; re-enable it before sending a test.',
      );
    }
    const deliveryId = newId();
    const payload = {
      type: WEBHOOK_TEST_EVENT,
      timestamp: this.clock.now().toISOString(),
      data: { webhookId: endpoint.id, message: 'A test delivery from Assay.' },
    };
    await this.tx.run(async (m) => {
      await m.query(
        `INSERT INTO webhook_deliveries (id, organization_id, webhook_endpoint_id, event, event_id, payload)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
        [deliveryId, organizationId, endpoint.id, WEBHOOK_TEST_EVENT, newId(), JSON.stringify(payload)],
      );
      await appendToOutbox(m, { type: EVENTS.WEBHOOK_TEST_REQUESTED, aggregateId: deliveryId });
    });
    return { deliveryId };
  }

  /** Re-enables an endpoint the delivery processor disabled (and forgets its failing streak); audited. */
  async enable(organizationId: string, id: string, who: AuditActor): Promise<WebhookDto> {
    await this.tx.run(async (m) => {
      const updated = await this.organizationDb.update(
        organizationId,
        WebhookEndpointEntity,
        { id },
        { disabledAt: null, failingSince: null },
        m,
      );
      if (!updated) throw notFound('webhook');
      await this.audit.record(m, organizationId, who, 'webhook.enabled', { type: 'webhook', id });
    });
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
