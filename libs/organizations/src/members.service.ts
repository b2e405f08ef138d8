import { Injectable } from '@nestjs/common';
import { AuditLogService, actorOf } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { AuthenticatedMember, MembershipRole, SessionService } from '@assay/auth';
import { conflict, notFound, Page, PageQuery } from '@assay/core';
import { TransactionRunner } from '@assay/persistence';
import { assertCanManage, invitationRolesLost, removesLastOwner } from './member-rules';
import { MemberInvitationsRepository } from './member-invitations.repository';
import { MemberDto } from './members.dto';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationsRepository } from './organizations.repository';
import { afterId, DEFAULT_PAGE_SIZE, toPage } from './paging';
import { OrganizationsProblem } from './organizations.problems';

const lastOwner = () =>
  conflict(
    OrganizationsProblem.LastOwner,
    'The organization must keep at least one owner. Make someone else owner first.',
  );

@Injectable()
export class MembersService {
  constructor(
    private readonly memberships: MembershipsRepository,
    private readonly invitations: MemberInvitationsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly sessions: SessionService,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLogService,
  ) {}

  async list(organizationId: string, query: PageQuery): Promise<Page<MemberDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.memberships.listWithUsers(organizationId, limit, afterId(query.cursor));
    return toPage(rows, limit, (r) => r.membership_id, MemberDto.from);
  }

  /**
   * Changes a member's role. The organization row is locked first, so two owners demoting each other at
   * once cannot both succeed and leave no owner. Sessions keep working; the next request and the next
   * refresh carry the new role. Pending invitations they sent with a role they can no longer grant are
   * revoked.
   */
  async changeRole(
    actor: AuthenticatedMember,
    userId: string,
    role: MembershipRole,
    who: AuditActor = actorOf(actor),
  ): Promise<MemberDto> {
    const organizationId = actor.organizationId;
    await this.tx.run(async (m) => {
      await this.organizations.lock(m, organizationId);
      const target = await this.memberships.findByUser(organizationId, userId, m);
      if (!target) throw notFound('member');
      if (target.role === role) return;
      assertCanManage(actor.role, target.role, role);
      if (removesLastOwner(await this.memberships.countOwners(organizationId, m), target.role, role)) {
        throw lastOwner();
      }
      await this.memberships.setRole(m, organizationId, userId, role);
      await this.audit.record(
        m,
        organizationId,
        who,
        'member.role_changed',
        { type: 'user', id: userId },
        { from: target.role, to: role },
      );
      // Invitations they sent with a role they may no longer grant die with the right.
      await this.invitations.revokeByInviter(m, organizationId, userId, invitationRolesLost(role));
    });
    const row = await this.memberships.findMemberWithUser(organizationId, userId);
    if (!row) throw notFound('member');
    return MemberDto.from(row);
  }

  /**
   * Removes a member (or lets a member leave). Their refresh tokens for this organization are revoked in
   * the same transaction, the guard refuses their access tokens from the next request on, and the
   * invitations they sent and that are still pending are revoked.
   */
  async remove(actor: AuthenticatedMember, userId: string, who: AuditActor = actorOf(actor)): Promise<void> {
    const organizationId = actor.organizationId;
    await this.tx.run(async (m) => {
      await this.organizations.lock(m, organizationId);
      const target = await this.memberships.findByUser(organizationId, userId, m);
      if (!target) throw notFound('member');
      if (actor.userId !== userId) assertCanManage(actor.role, target.role);
      if (removesLastOwner(await this.memberships.countOwners(organizationId, m), target.role, null)) {
        throw lastOwner();
      }
      await this.memberships.remove(m, organizationId, userId);
      await this.audit.record(
        m,
        organizationId,
        who,
        actor.userId === userId ? 'member.left' : 'member.removed',
        { type: 'user', id: userId },
        { role: target.role },
      );
      await this.sessions.revokeForMembership(userId, organizationId, m);
      await this.invitations.revokeByInviter(m, organizationId, userId, invitationRolesLost(null));
    });
  }
}
