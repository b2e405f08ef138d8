import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@assay/persistence';
import type { RoleLevel, RoleRequirement } from './role.types';

export type RoleVersionStatus = 'draft' | 'published';

/**
 * One version of a role template's content. A draft is edited in place; publishing numbers it and from then
 * on it never changes (a database trigger refuses updates of published versions).
 */
@Entity('role_template_versions')
export class RoleTemplateVersionEntity extends BaseEntity {
  @Column('uuid')
  roleTemplateId!: string;

  /** 1, 2, … assigned at publish; null while a draft. */
  @Column({ type: 'int', nullable: true })
  version!: number | null;

  @Column('text')
  status!: RoleVersionStatus;

  @Column('text')
  title!: string;

  @Column('text')
  category!: string;

  @Column('text')
  summary!: string;

  @Column('text')
  description!: string;

  @Column('jsonb')
  responsibilities!: string[];

  @Column('jsonb')
  levels!: RoleLevel[];

  @Column('jsonb')
  requirements!: RoleRequirement[];

  @Column('text')
  contentHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
