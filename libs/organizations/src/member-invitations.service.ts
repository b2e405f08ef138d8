import { Injectable } from '@nestjs/common';
import {
  AuthenticatedMember,
  hashToken,
  MembershipRole,
  newOpaqueToken,
  PasswordHasher,
  SessionService,
} from '@assay/auth';
import { AssayConfig, Clock, conflict, gone, notFound, ValidationProblem } from '@assay/core';
import { requestMail } from '@assay/mail';
import { TransactionRunner } from '@assay/persistence';
import { assertCanManage } from './member-rules';
import { MemberInvitationsRepository } from './member-invitations.repository';
import {
  AcceptMemberInvitationDto,
  CreateMemberInvitationDto,
  MemberInvitationCreatedDto,
} from './members.dto';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationDto, SessionDto, UserDto } from './organization.dto';
import { OrganizationsRepository } from './organizations.repository';
import { UsersRepository } from './users.repository';

export const MEMBER_INVITATION_TTL_DAYS = 7;

@Injectable()
export class MemberInvitationsService {
  constructor(
    private readonly invitations: MemberInvitationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly tx: TransactionRunner,
    private readonly config: AssayConfig,
    private readonly clock: Clock,
  ) {}

  /** Invites someone by email with a role; the link is built from APP_URL and emailed by the worker. */
  async invite(
    actor: AuthenticatedMember,
    dto: CreateMemberInvitationDto,
  ): Promise<MemberInvitationCreatedDto> {
    const organizationId = actor.organizationId;
    assertCanManage(actor.role, dto.role, dto.role);
    const existing = await this.users.findByEmail(dto.email);
    if (existing && (await this.memberships.findByUser(organizationId, existing.id))) {
      throw conflict('already-member', 'This person is already a member of the organization.');
    }
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw notFound('organization');
    const inviter = actor.userId ? await this.users.findById(actor.userId) : null;

    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(this.clock.now().getTime() + MEMBER_INVITATION_TTL_DAYS * 86_400_000);
    const url = `${this.config.appUrl}/member-invitations/accept?token=${encodeURIComponent(token)}`;
    const invitation = await this.tx.run(async (m) => {
      const row = await this.invitations.insert(m, organizationId, {
        email: dto.email,
        role: dto.role,
        tokenHash: hash,
        invitedByUserId: actor.userId,
        expiresAt,
      });
      await requestMail(m, {
        template: 'member-invitation',
        to: dto.email,
        aggregateId: row.id,
        params: {
          organizationName: organization.name,
          inviterName: inviter?.fullName ?? organization.name,
          role: dto.role,
          url,
          expiresAt: expiresAt.toISOString(),
        },
      });
      return row;
    });
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      url,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /**
   * Accepts an invitation: the token (emailed to the invitee) proves the address, so an existing account
   * joins as is and a new one is created from `fullName` and `password`. Signs the person in to the
   * organization that invited them.
   */
  async accept(dto: AcceptMemberInvitationDto): Promise<SessionDto> {
    return this.tx.run(async (m) => {
      const invitation = await this.invitations.findByTokenHashForUpdate(m, hashToken(dto.token));
      if (!invitation) throw notFound('invitation');
      if (invitation.acceptedAt)
        throw conflict('invitation-used', 'This invitation has already been accepted.');
      if (invitation.expiresAt.getTime() <= this.clock.now().getTime()) {
        throw gone('invitation-expired', 'This invitation has expired. Ask for a new one.');
      }
      const organizationId = invitation.organizationId;
      let user = await this.users.findByEmail(invitation.email, m);
      if (!user) {
        const missing = [
          ...(dto.fullName
            ? []
            : [{ field: 'fullName', message: 'fullName is required to create your account' }]),
          ...(dto.password
            ? []
            : [{ field: 'password', message: 'password is required to create your account' }]),
        ];
        if (missing.length) throw new ValidationProblem(missing);
        user = await this.users.insert(m, {
          email: invitation.email,
          fullName: dto.fullName!,
          passwordHash: await this.hasher.hash(dto.password!),
          emailVerifiedAt: this.clock.now(),
        });
      } else {
        await this.users.markEmailVerified(m, user.id);
        user.emailVerifiedAt ??= this.clock.now();
      }
      if (await this.memberships.findByUser(organizationId, user.id, m)) {
        throw conflict('already-member', 'You are already a member of this organization.');
      }
      const role: MembershipRole = invitation.role;
      await this.memberships.add(m, organizationId, user.id, role);
      await this.invitations.markAccepted(m, organizationId, invitation.id, user.id);
      const organization = await this.organizations.findById(organizationId, m);
      const tokens = await this.sessions.issue({ userId: user.id, organizationId, role }, m);
      return { user: UserDto.from(user), organization: OrganizationDto.from(organization!), role, tokens };
    });
  }
}
