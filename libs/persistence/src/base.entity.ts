import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { newId } from '@assay/core';

/** UUIDv7 ids assigned in the application (time-ordered, known before the insert), and timestamps. */
export abstract class BaseEntity {
  @PrimaryColumn('uuid')
  id: string = newId();

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * Rows owned by an organization. Repositories of such entities take the organization id in every
 * method's signature (see OrganizationScoped), so an unscoped read does not type-check.
 */
export abstract class OrganizationOwnedEntity extends BaseEntity {
  @Column('uuid')
  organizationId!: string;
}
