import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { OrganizationScopedRepository, assertWithinCount, lockQuota } from '@assay/persistence';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

@Injectable()
export class WebhookEndpointsRepository extends OrganizationScopedRepository<WebhookEndpointEntity> {
  constructor(@InjectRepository(WebhookEndpointEntity) repo: Repository<WebhookEndpointEntity>) {
    super(repo, 'webhook');
  }

  /** Inserts the endpoint unless the organization already has `limit` of them (429); race-safe in `m`'s transaction. */
  async insert(
    organizationId: string,
    values: Pick<WebhookEndpointEntity, 'url' | 'events' | 'secret' | 'createdByUserId'>,
    limit: number,
    m: EntityManager,
  ): Promise<WebhookEndpointEntity> {
    await lockQuota(m, organizationId, 'webhook-endpoints');
    assertWithinCount(
      'webhook-endpoints',
      limit,
      await m.count(WebhookEndpointEntity, { where: { organizationId } }),
    );
    return m.save(WebhookEndpointEntity, m.create(WebhookEndpointEntity, { ...values, organizationId }));
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

/**
 * Replaces the candidate in stored webhook payloads about these invitations (erasure): deliveries still
 * pending send the anonymised body, and the delivery log keeps no name or address.
 */
export async function eraseCandidateFromDeliveries(
  m: EntityManager,
  organizationId: string,
  invitationIds: string[],
): Promise<void> {
  if (!invitationIds.length) return;
  await m.query(
    `UPDATE webhook_deliveries
        SET payload = jsonb_set(payload, '{data,candidate}', '{"erased": true}'::jsonb)
      WHERE organization_id = $1 AND payload->'data'->>'invitationId' = ANY($2::text[])
        AND payload->'data' ? 'candidate'`,
    [organizationId, invitationIds],
  );
}
