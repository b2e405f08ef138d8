import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OrganizationScopedRepository, assertWithinCount, lockQuota } from '@assay/persistence';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

@Injectable()
export class WebhookEndpointsRepository extends OrganizationScopedRepository<WebhookEndpointEntity> {
  constructor(@InjectRepository(WebhookEndpointEntity) repo: Repository<WebhookEndpointEntity>) {
    super(repo, 'webhook');
  }

  /** Inserts the endpoint unless the organization already has `limit` of them (429); race-safe. */
  insert(
    organizationId: string,
    values: Pick<WebhookEndpointEntity, 'url' | 'events' | 'secret' | 'createdByUserId'>,
    limit: number,
  ): Promise<WebhookEndpointEntity> {
    return this.repo.manager.transaction(async (m) => {
      await lockQuota(m, organizationId, 'webhook-endpoints');
      assertWithinCount(
        'webhook-endpoints',
        limit,
        await m.count(WebhookEndpointEntity, { where: { organizationId } }),
      );
      return m.save(WebhookEndpointEntity, m.create(WebhookEndpointEntity, { ...values, organizationId }));
    });
  }

  list(organizationId: string, limit: number, afterId?: string): Promise<WebhookEndpointEntity[]> {
    const query = this.repo
      .createQueryBuilder('w')
      .where('w.organizationId = :organizationId', { organizationId })
      .orderBy('w.id', 'ASC')
      .limit(limit + 1);
    if (afterId) query.andWhere('w.id > :afterId', { afterId });
    return query.getMany();
  }

  /** Clears a disabled (and failing) endpoint so deliveries go to it again; false when it is not the organization's. */
  async enable(organizationId: string, id: string): Promise<boolean> {
    const result = await this.repo.update({ id, organizationId }, { disabledAt: null, failingSince: null });
    return (result.affected ?? 0) > 0;
  }

  /** Endpoints subscribed to `event`, with their signing secrets (for the delivery code). */
  subscribedTo(organizationId: string, event: string): Promise<WebhookEndpointEntity[]> {
    return this.repo
      .createQueryBuilder('w')
      .addSelect('w.secret')
      .where('w.organizationId = :organizationId AND :event = ANY(w.events)', { organizationId, event })
      .orderBy('w.id', 'ASC')
      .getMany();
  }
}

@Injectable()
export class WebhookDeliveriesRepository extends OrganizationScopedRepository<WebhookDeliveryEntity> {
  constructor(@InjectRepository(WebhookDeliveryEntity) repo: Repository<WebhookDeliveryEntity>) {
    super(repo, 'delivery');
  }

  /** Newest first. */
  listForEndpoint(
    organizationId: string,
    webhookEndpointId: string,
    limit: number,
    beforeId?: string,
  ): Promise<WebhookDeliveryEntity[]> {
    const query = this.repo
      .createQueryBuilder('d')
      .where('d.organizationId = :organizationId AND d.webhookEndpointId = :webhookEndpointId', {
        organizationId,
        webhookEndpointId,
      })
      .orderBy('d.id', 'DESC')
      .limit(limit + 1);
    if (beforeId) query.andWhere('d.id < :beforeId', { beforeId });
    return query.getMany();
  }
}
