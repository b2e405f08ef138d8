import { Check, Column, Entity, Index } from 'typeorm';
import type { MembershipRole } from '@assay/auth';
import { OrganizationOwnedEntity } from '@assay/persistence';

@Entity('memberships')
@Check('memberships_role_check', "(role = ANY (ARRAY['owner'::text, 'admin'::text, 'recruiter'::text]))")
@Index('memberships_organization_user_key', ['organizationId', 'userId'], { unique: true })
@Index('memberships_user_idx', ['userId'])
export class MembershipEntity extends OrganizationOwnedEntity {
  @Column('uuid')
  userId!: string;

  @Column('text')
  role!: MembershipRole;
}
