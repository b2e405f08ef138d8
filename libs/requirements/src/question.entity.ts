import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@assay/persistence';

export type QuestionStatus = 'active' | 'archived';

/**
 * A question's identity across its versions. `organizationId` null = the global library (platform admins);
 * otherwise an organization's own question, visible only to it.
 */
@Entity('questions')
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
