import { Column, Entity } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';

/** Where an organization's events are POSTed (Standard Webhooks signatures with `secret`). */
@Entity('webhook_endpoints')
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
}
