import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, MoreThan, Repository } from 'typeorm';
import type { MembershipRole } from '@assay/auth';
import { OrganizationScopedRepository } from '@assay/persistence';
import { MemberInvitationEntity } from './member-invitation.entity';

@Injectable()
export class MemberInvitationsRepository extends OrganizationScopedRepository<MemberInvitationEntity> {
  constructor(@InjectRepository(MemberInvitationEntity) repo: Repository<MemberInvitationEntity>) {
    super(repo, 'invitation');
  }

  insert(
    manager: EntityManager,
    organizationId: string,
    values: Pick<MemberInvitationEntity, 'email' | 'role' | 'tokenHash' | 'invitedByUserId' | 'expiresAt'>,
  ): Promise<MemberInvitationEntity> {
    const r = manager.getRepository(MemberInvitationEntity);
    return r.save(r.create({ ...values, organizationId }));
  }

  /**
   * The invitation a token opens (locked when `lock`, for the acceptance). The token is the credential
   * (it was emailed to the invitee), so this is the one lookup without an organization id: the row names
   * its organization.
   */
  findByTokenHash(
    manager: EntityManager,
    tokenHash: string,
    lock: boolean,
  ): Promise<MemberInvitationEntity | null> {
    const query = manager
      .getRepository(MemberInvitationEntity)
      .createQueryBuilder('i')
      .where('i.tokenHash = :tokenHash', { tokenHash });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** Pending invitations (not accepted, revoked or expired), oldest first. */
  listPending(organizationId: string, now: Date, limit: number, afterId?: string) {
    const query = this.repo
      .createQueryBuilder('i')
      .where('i.organizationId = :organizationId', { organizationId })
      .andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > :now', { now })
      .orderBy('i.id', 'ASC')
      .limit(limit + 1);
    if (afterId) query.andWhere('i.id > :afterId', { afterId });
    return query.getMany();
  }

  /** A pending invitation of this organization, locked; null when unknown, used, revoked or expired. */
  findPendingForUpdate(
    manager: EntityManager,
    organizationId: string,
    id: string,
    now: Date,
  ): Promise<MemberInvitationEntity | null> {
    return manager.getRepository(MemberInvitationEntity).findOne({
      where: { id, organizationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async revoke(manager: EntityManager, organizationId: string, id: string): Promise<void> {
    await manager
      .getRepository(MemberInvitationEntity)
      .update({ id, organizationId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  /** Revokes the pending invitations `inviterId` sent with one of `roles` (they lost the right to send them). */
  async revokeByInviter(
    manager: EntityManager,
    organizationId: string,
    inviterId: string,
    roles: MembershipRole[],
  ): Promise<void> {
    if (!roles.length) return;
    await manager.getRepository(MemberInvitationEntity).update(
      {
        organizationId,
        invitedByUserId: inviterId,
        role: In(roles),
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
      },
      { revokedAt: () => 'now()' },
    );
  }

  async markAccepted(
    manager: EntityManager,
    organizationId: string,
    invitationId: string,
    userId: string,
  ): Promise<void> {
    await manager
      .getRepository(MemberInvitationEntity)
      .update({ id: invitationId, organizationId }, { acceptedAt: () => 'now()', acceptedByUserId: userId });
  }
}
