import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@assay/persistence';

export type QuestionStatus = 'active' | 'archived';

/**
 * A question's identity across its versions. `organizationId` null = the global library (platform admins);
 * otherwise an organization's own question, visible only to it.
 */
@Entity('questions')
@Check('questions_catalog_key_check', '((catalog_key IS NULL) OR (organization_id IS NULL))')
@Check('questions_latest_version_check', '(latest_version > 0)')
@Check('questions_status_check', "(status = ANY (ARRAY['active'::text, 'archived'::text]))")
@Index('questions_catalog_key_key', ['catalogKey'], { unique: true, where: 'catalog_key IS NOT NULL' })
@Index('questions_organization_idx', ['organizationId', 'id'])
export class QuestionEntity extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  /** The shipped catalog's stable key (e.g. `node-js-007`); null for questions authored through the API. */
  @Column({ type: 'text', nullable: true })
  catalogKey!: string | null;

  @Column({ type: 'text', default: 'active' })
  status!: QuestionStatus;

  @Column('uuid')
  latestVersionId!: string;

  @Column('int')
  latestVersion!: number;

  /** Hash of the catalog file entry last synced (so an admin's edit survives a restart with unchanged files). */
  @Column({ type: 'text', nullable: true })
  sourceHash!: string | null;
}
