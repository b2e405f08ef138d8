import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditLogService, actorOf } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { AuthenticatedMember } from '@assay/auth';
import { TransactionRunner } from '@assay/persistence';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { AssayConfig, notFound, Page, PageQuery, unprocessable, ValidationProblem } from '@assay/core';
import { afterId, DEFAULT_PAGE_SIZE, toPage } from './paging';
import { checkWebhookUrl, HostResolver, systemResolver } from './webhook-url';
import {
  CreateWebhookDto,
  WebhookCreatedDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookDto,
} from './webhooks.dto';
import { WebhookDeliveriesRepository, WebhookEndpointsRepository } from './webhook-endpoints.repository';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';

@Injectable()
export class WebhooksService {
  private readonly resolve: HostResolver = systemResolver;

  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveryLog: WebhookDeliveriesRepository,
    private readonly config: AssayConfig,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLogService,
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
      throw unprocessable('unsafe-webhook-url', `The webhook URL is refused: ${verdict.reason}.`, errors);
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
      const result = await m.delete(WebhookEndpointEntity, { id, organizationId });
      if (!result.affected) throw notFound('webhook');
      await this.audit.record(m, organizationId, who, 'webhook.deleted', { type: 'webhook', id });
    });
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
