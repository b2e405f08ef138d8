import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
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
   * The invitation a token opens, locked for the acceptance. The token is the credential (it was emailed
   * to the invitee), so this is the one lookup without an organization id: the row names its organization.
   */
  findByTokenHashForUpdate(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<MemberInvitationEntity | null> {
    return manager
      .getRepository(MemberInvitationEntity)
      .createQueryBuilder('i')
      .where('i.tokenHash = :tokenHash', { tokenHash })
      .setLock('pessimistic_write')
      .getOne();
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
