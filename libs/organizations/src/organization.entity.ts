import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@assay/persistence';

@Entity('organizations')
export class OrganizationEntity extends BaseEntity {
  @Column('text')
  name!: string;

  /** URL-safe and unique, derived from the name at signup. */
  @Column({ type: 'text', unique: true })
  slug!: string;

  /** Who signed up with it: until their email is verified, the only organization they may act for. */
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}
