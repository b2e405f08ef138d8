import { Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';

/** Where an organization's events are POSTed (Standard Webhooks signatures with `secret`). */
@Entity('webhook_endpoints')
@Index('webhook_endpoints_organization_idx', ['organizationId', 'createdAt'])
export class WebhookEndpointEntity extends OrganizationOwnedEntity {
  @Column('text')
  url!: string;

  @Column({ type: 'text', array: true })
  events!: string[];

  /**
   * `whsec_…`: kept readable because every delivery is signed with it (HMAC needs the key itself);
   * shown to the organization once, at creation, and never listed.
   */
  @Column({ type: 'text', select: false })
  secret!: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  /** Start of the current run of failed deliveries; reset by any success (docs/decisions on webhooks). */
  @Column({ type: 'timestamptz', nullable: true })
  failingSince!: Date | null;

  /** Set after about a day of failures; a disabled endpoint receives nothing until re-enabled. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}
