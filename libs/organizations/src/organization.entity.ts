import { Check, Column, Entity } from 'typeorm';
import { BaseEntity } from '@assay/persistence';

@Entity('organizations')
@Check(
  'organizations_candidate_retention_months_check',
  '((candidate_retention_months >= 1) AND (candidate_retention_months <= 120))',
)
export class OrganizationEntity extends BaseEntity {
  @Column('text')
  name!: string;

  /** URL-safe and unique, derived from the name at signup. */
  @Column({ type: 'text', unique: true })
  slug!: string;

  /** Who signed up with it: until their email is verified, the only organization they may act for. */
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  /** Months after which candidates' personal data is erased by the retention job (issue 18). */
  @Column('int', { default: 24 })
  candidateRetentionMonths!: number;

  /** When an owner asked for the organization's deletion; its data is erased at deletionDueAt. */
  @Column('timestamptz', { nullable: true })
  deletionRequestedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  deletionDueAt!: Date | null;
}
