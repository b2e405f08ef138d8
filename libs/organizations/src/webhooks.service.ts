import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthenticatedMember } from '@assay/auth';
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
import { OrganizationsProblem } from './organizations.problems';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';

@Injectable()
export class WebhooksService {
  private readonly resolve: HostResolver = systemResolver;

  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveryLog: WebhookDeliveriesRepository,
    private readonly config: AssayConfig,
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
      throw unprocessable(
        OrganizationsProblem.UnsafeWebhookUrl,
        `The webhook URL is refused: ${verdict.reason}.`,
        errors,
      );
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
