import { Check, Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** One event sent (or being sent) to one endpoint; written by the webhook delivery processor. */
@Entity('webhook_deliveries')
@Check(
  'webhook_deliveries_status_check',
  "(status = ANY (ARRAY['pending'::text, 'succeeded'::text, 'failed'::text]))",
)
// (webhook_endpoint_id, created_at DESC, id DESC): TypeORM cannot express the order, so it never syncs it.
@Index('webhook_deliveries_endpoint_created_idx', { synchronize: false })
@Index('webhook_deliveries_event_idx', ['eventId'])
@Index('webhook_deliveries_endpoint_event_key', ['webhookEndpointId', 'eventId'], { unique: true })
export class WebhookDeliveryEntity extends OrganizationOwnedEntity {
  @Column('uuid')
  webhookEndpointId!: string;

  @Column('text')
  event!: string;

  /** The `webhook-id` header: stable across retries, so receivers can deduplicate. */
  @Column('text')
  eventId!: string;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;

  @Column({ type: 'text', default: 'pending' })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'int', nullable: true })
  responseStatus!: number | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** The last 20 attempts (time, status, error), newest last. */
  @Column({ type: 'jsonb', default: [] })
  attemptLog!: unknown[];
}
