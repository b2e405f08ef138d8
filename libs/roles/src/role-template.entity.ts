import { Column, Entity, Unique } from 'typeorm';
import { BaseEntity } from '@assay/persistence';

/** A job-role template (Back-End Engineer): its slug and which version is published or drafted. */
@Entity('role_templates')
@Unique('role_templates_slug_key', ['slug'])
export class RoleTemplateEntity extends BaseEntity {
  @Column('text')
  slug!: string;

  @Column({ type: 'uuid', nullable: true })
  publishedVersionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  draftVersionId!: string | null;

  /** Archived roles leave the public catalog; assessments keep the version they were composed from. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** Hash of the catalog file last synced; null for roles created by an admin. */
  @Column({ type: 'text', nullable: true })
  sourceHash!: string | null;
}
