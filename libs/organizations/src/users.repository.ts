import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { MembershipRole } from '@assay/auth';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

export interface UserMembership {
  organization: OrganizationEntity;
  role: MembershipRole;
  joinedAt: Date;
}

/** People. Not organization-owned: one user may belong to several organizations. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly repo: Repository<UserEntity>) {}

  private r(manager?: EntityManager): Repository<UserEntity> {
    return manager ? manager.getRepository(UserEntity) : this.repo;
  }

  findById(userId: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.r(manager).findOneBy({ id: userId });
  }

  /** `email` must already be normalized (trimmed, lower-cased). */
  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.r(manager).findOneBy({ email });
  }

  /** With the password hash, which is otherwise never selected. */
  findByEmailWithPassword(email: string): Promise<UserEntity | null> {
    return this.repo
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  insert(
    manager: EntityManager,
    values: Pick<UserEntity, 'email' | 'fullName' | 'passwordHash'> &
      Partial<Pick<UserEntity, 'emailVerifiedAt' | 'platformAdmin'>>,
  ): Promise<UserEntity> {
    const r = this.r(manager);
    return r.save(r.create(values));
  }

  async setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await this.r(manager).update({ id: userId }, { passwordHash });
  }

  async setFullName(manager: EntityManager, userId: string, fullName: string): Promise<void> {
    await this.r(manager).update({ id: userId }, { fullName });
  }

  /** With the password hash and row lock, for changes that depend on the account's state. */
  findByEmailForUpdate(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .setLock('pessimistic_write')
      .getOne();
  }

  async markEmailVerified(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE users SET email_verified_at = now(), updated_at = now()
        WHERE id = $1 AND email_verified_at IS NULL`,
      [userId],
    );
  }

  /**
   * Every organization the user may act for, oldest membership first: while the email is unverified,
   * only the one they created (docs/decisions/0601).
   */
  async memberships(userId: string, organizationId?: string): Promise<UserMembership[]> {
    const rows: {
      role: MembershipRole;
      joined_at: Date;
      id: string;
      name: string;
      slug: string;
      created_at: Date;
      updated_at: Date;
    }[] = await this.repo.query(
      `SELECT m.role, m.created_at AS joined_at, o.id, o.name, o.slug, o.created_at, o.updated_at
         FROM memberships m
         JOIN organizations o ON o.id = m.organization_id
         JOIN users u ON u.id = m.user_id
        WHERE m.user_id = $1 AND ($2::uuid IS NULL OR m.organization_id = $2::uuid)
          AND (u.email_verified_at IS NOT NULL OR o.created_by_user_id = u.id)
        ORDER BY m.id`,
      [userId, organizationId ?? null],
    );
    return rows.map((row) => ({
      role: row.role,
      joinedAt: row.joined_at,
      organization: Object.assign(new OrganizationEntity(), {
        id: row.id,
        name: row.name,
        slug: row.slug,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }),
    }));
  }
}
