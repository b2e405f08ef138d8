import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { BaseEntity } from '@assay/persistence';
import type { RoleLevel, RoleRequirement } from './role.types';

export type RoleVersionStatus = 'draft' | 'published';

/**
 * One version of a role template's content. A draft is edited in place; publishing numbers it and from then
 * on it never changes (a database trigger refuses updates of published versions).
 */
@Entity('role_template_versions')
@Check(
  'role_template_versions_published_check',
  "((status = 'published'::text) = ((version IS NOT NULL) AND (published_at IS NOT NULL)))",
)
@Check('role_template_versions_status_check', "(status = ANY (ARRAY['draft'::text, 'published'::text]))")
@Unique('role_template_versions_version_key', ['roleTemplateId', 'version'])
@Index('role_template_versions_draft_key', ['roleTemplateId'], {
  unique: true,
  where: "status = 'draft'::text",
})
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
