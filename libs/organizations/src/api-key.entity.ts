import { Column, Entity, Index } from 'typeorm';
import { OrganizationOwnedEntity } from '@assay/persistence';

/** An integration's key: `ak_…`, shown once, stored as its SHA-256 with a visible prefix. */
@Entity('api_keys')
@Index('api_keys_organization_idx', ['organizationId', 'createdAt'])
export class ApiKeyEntity extends OrganizationOwnedEntity {
  @Column('text')
  name!: string;

  /** The first characters of the key, to recognise it in a list. */
  @Column('text')
  prefix!: string;

  @Column({ type: 'text', unique: true, select: false })
  keyHash!: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
