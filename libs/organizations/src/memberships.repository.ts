import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { MembershipRole } from '@assay/auth';
import { OrganizationDb, OrganizationScopedRepository } from '@assay/persistence';
import { MembershipEntity } from './membership.entity';

export interface MemberRow {
  membership_id: string;
  user_id: string;
  email: string;
  full_name: string;
  role: MembershipRole;
  joined_at: Date;
}

@Injectable()
export class MembershipsRepository extends OrganizationScopedRepository<MembershipEntity> {
  constructor(
    @InjectRepository(MembershipEntity) repo: Repository<MembershipEntity>,
    private readonly organizationDb: OrganizationDb,
  ) {
    super(repo, 'member');
  }

  private r(manager?: EntityManager): Repository<MembershipEntity> {
    return manager ? manager.getRepository(MembershipEntity) : this.repo;
  }

  findByUser(
    organizationId: string,
    userId: string,
    manager?: EntityManager,
  ): Promise<MembershipEntity | null> {
    return this.r(manager).findOneBy({ organizationId, userId });
  }

  countOwners(organizationId: string, manager?: EntityManager): Promise<number> {
    return this.r(manager).countBy({ organizationId, role: 'owner' });
  }

  add(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    role: MembershipRole,
  ): Promise<MembershipEntity> {
    const r = this.r(manager);
    return r.save(r.create({ organizationId, userId, role }));
  }

  async setRole(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    role: MembershipRole,
  ): Promise<void> {
    await this.r(manager).update({ organizationId, userId }, { role });
  }

  async remove(manager: EntityManager, organizationId: string, userId: string): Promise<void> {
    await this.r(manager).delete({ organizationId, userId });
  }

  /** Members with their user's email and name, in joining order. */
  listWithUsers(organizationId: string, limit: number, afterMembershipId?: string): Promise<MemberRow[]> {
    return this.organizationDb.query<MemberRow>(
      organizationId,
      `SELECT m.id AS membership_id, m.user_id, u.email, u.full_name, m.role, m.created_at AS joined_at
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND ($2::uuid IS NULL OR m.id > $2::uuid)
        ORDER BY m.id
        LIMIT $3`,
      [afterMembershipId ?? null, limit + 1],
    );
  }

  findMemberWithUser(organizationId: string, userId: string): Promise<MemberRow | undefined> {
    return this.organizationDb
      .query<MemberRow>(
        organizationId,
        `SELECT m.id AS membership_id, m.user_id, u.email, u.full_name, m.role, m.created_at AS joined_at
           FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.organization_id = $1 AND m.user_id = $2`,
        [userId],
      )
      .then((rows) => rows[0]);
  }
}
