import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLogService, actorOf } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import {
  AuthenticatedMember,
  hashToken,
  MembershipRole,
  newOpaqueToken,
  PasswordHasher,
  SessionService,
} from '@assay/auth';
import {
  AssayConfig,
  Clock,
  conflict,
  gone,
  notFound,
  Page,
  PageQuery,
  unauthorized,
  ValidationProblem,
} from '@assay/core';
import { requestMail } from '@assay/mail';
import { isUniqueViolation, TransactionRunner } from '@assay/persistence';
import { assertCanManage, managementRefusal } from './member-rules';
import { MemberInvitationEntity } from './member-invitation.entity';
import { MemberInvitationsRepository } from './member-invitations.repository';
import {
  AcceptMemberInvitationDto,
  CreateMemberInvitationDto,
  MemberInvitationCreatedDto,
  PendingMemberInvitationDto,
} from './members.dto';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationDto, SessionDto, UserDto } from './organization.dto';
import { OrganizationsRepository } from './organizations.repository';
import { afterId, DEFAULT_PAGE_SIZE, toPage } from './paging';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { OrganizationsProblem } from './organizations.problems';

export const MEMBER_INVITATION_TTL_DAYS = 7;

/** The web app's page for the emailed link (../shared/API.md, "The web app"). */
export const ACCEPT_INVITATION_PATH = '/accept-invitation';

const signInFirst = () =>
  unauthorized(
    'This email address already has an account: sign in to it and send its access token ' +
      '("Authorization: Bearer …") to accept the invitation.',
  );

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
    private readonly audit: AuditLogService,
  ) {}

  /**
   * Invites someone by email with a role. The link (APP_URL + token) goes only to the invited address,
   * by email; the inviter gets the invitation's id, email, role and expiry, never its token.
   */
  async invite(
    actor: AuthenticatedMember,
    dto: CreateMemberInvitationDto,
    who: AuditActor = actorOf(actor),
  ): Promise<MemberInvitationCreatedDto> {
    const organizationId = actor.organizationId;
    assertCanManage(actor.role, dto.role, dto.role);
    const existing = await this.users.findByEmail(dto.email);
    if (existing && (await this.memberships.findByUser(organizationId, existing.id))) {
      throw conflict(
        OrganizationsProblem.AlreadyMember,
        'This person is already a member of the organization.',
      );
    }
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw notFound('organization');
    const inviter = actor.userId ? await this.users.findById(actor.userId) : null;

    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(this.clock.now().getTime() + MEMBER_INVITATION_TTL_DAYS * 86_400_000);
    const url = `${this.config.appUrl}${ACCEPT_INVITATION_PATH}?token=${encodeURIComponent(token)}`;
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
      await this.audit.record(
        m,
        organizationId,
        who,
        'member.invited',
        { type: 'member_invitation', id: row.id },
        { role: dto.role },
      );
      return row;
    });
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: expiresAt.toISOString(),
    };
  }

  async listPending(organizationId: string, query: PageQuery): Promise<Page<PendingMemberInvitationDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.invitations.listPending(
      organizationId,
      this.clock.now(),
      limit,
      afterId(query.cursor),
    );
    return toPage(rows, limit, (r) => r.id, PendingMemberInvitationDto.from);
  }

  /** Revokes a pending invitation; admins only those they could have sent (recruiters). */
  async revoke(
    actor: AuthenticatedMember,
    invitationId: string,
    who: AuditActor = actorOf(actor),
  ): Promise<void> {
    await this.tx.run(async (m) => {
      const row = await this.invitations.findPendingForUpdate(
        m,
        actor.organizationId,
        invitationId,
        this.clock.now(),
      );
      if (!row) throw notFound('invitation');
      assertCanManage(actor.role, row.role, row.role);
      await this.invitations.revoke(m, actor.organizationId, row.id);
      await this.audit.record(m, actor.organizationId, who, 'member_invitation.revoked', {
        type: 'member_invitation',
        id: row.id,
      });
    });
  }

  /**
   * Accepts an invitation (docs/decisions/0600). The token proves only that its holder read the invited
   * mailbox; it never signs anyone in to an existing verified account: that needs the account's own
   * access token (`caller`). A new email gets an account with `password`; an unverified account (anyone
   * could have signed up with the address) gets `password` instead of the one it had, and every session
   * it had ends. The token is checked before any password hashing.
   */
  async accept(dto: AcceptMemberInvitationDto, caller: AuthenticatedMember | null): Promise<SessionDto> {
    const peeked = await this.tx.run((m) => this.openInvitation(m, dto.token, false));
    const known = await this.users.findByEmail(peeked.email);
    if (known?.emailVerifiedAt) this.assertCallerIs(caller, known);
    else this.assertAccountFields(dto, known === null);
    const passwordHash = dto.password ? await this.hasher.hash(dto.password) : null;

    return this.tx.run(async (m) => {
      const invitation = await this.openInvitation(m, dto.token, true);
      const organizationId = invitation.organizationId;
      await this.assertInviterMayStillInvite(m, invitation);
      let user = await this.users.findByEmailForUpdate(m, invitation.email);
      if (user?.emailVerifiedAt) {
        this.assertCallerIs(caller, user);
      } else {
        // State read again under the lock: a signup may have raced the first look.
        this.assertAccountFields(dto, user === null);
        if (!user) {
          user = await this.users
            .insert(m, {
              email: invitation.email,
              fullName: dto.fullName!,
              passwordHash: passwordHash!,
              emailVerifiedAt: this.clock.now(),
            })
            .catch((error: unknown) => {
              // A signup with this address committed in between: the retry takes the unverified path.
              if (isUniqueViolation(error)) {
                throw conflict(
                  OrganizationsProblem.AccountChanged,
                  'An account was just created for this address. Try again.',
                );
              }
              throw error;
            });
        } else {
          // Whoever set the old password (perhaps not the mailbox's owner) loses it and every session.
          await this.users.setPassword(m, user.id, passwordHash!);
          if (dto.fullName) {
            await this.users.setFullName(m, user.id, dto.fullName);
            user.fullName = dto.fullName;
          }
          await this.users.markEmailVerified(m, user.id);
          await this.sessions.revokeAllForUser(user.id, m);
          user.emailVerifiedAt = this.clock.now();
        }
      }
      if (await this.memberships.findByUser(organizationId, user.id, m)) {
        throw conflict(OrganizationsProblem.AlreadyMember, 'You are already a member of this organization.');
      }
      const role: MembershipRole = invitation.role;
      await this.memberships.add(m, organizationId, user.id, role);
      await this.invitations.markAccepted(m, organizationId, invitation.id, user.id);
      const organization = await this.organizations.findById(organizationId, m);
      const tokens = await this.sessions.issue({ userId: user.id, organizationId, role }, m);
      return { user: UserDto.from(user), organization: OrganizationDto.from(organization!), role, tokens };
    });
  }

  /** The invitation of a token, if it can still be accepted: 404 unknown, 409 used, 410 expired/revoked. */
  private async openInvitation(
    m: EntityManager,
    token: string,
    lock: boolean,
  ): Promise<MemberInvitationEntity> {
    const invitation = await this.invitations.findByTokenHash(m, hashToken(token), lock);
    if (!invitation) throw notFound('invitation');
    if (invitation.acceptedAt) {
      throw conflict(OrganizationsProblem.InvitationUsed, 'This invitation has already been accepted.');
    }
    if (invitation.revokedAt) {
      throw gone(
        OrganizationsProblem.InvitationRevoked,
        'This invitation has been withdrawn. Ask for a new one.',
      );
    }
    if (invitation.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw gone(OrganizationsProblem.InvitationExpired, 'This invitation has expired. Ask for a new one.');
    }
    return invitation;
  }

  /** An existing verified account accepts only with its own access token (not an API key). */
  private assertCallerIs(caller: AuthenticatedMember | null, user: UserEntity): void {
    if (!caller || caller.via !== 'jwt' || caller.userId !== user.id) throw signInFirst();
  }

  private assertAccountFields(dto: AcceptMemberInvitationDto, newAccount: boolean): void {
    const missing = [
      ...(newAccount && !dto.fullName
        ? [{ field: 'fullName', message: 'fullName is required to create your account' }]
        : []),
      ...(dto.password
        ? []
        : [{ field: 'password', message: 'password is required to set up your account' }]),
    ];
    if (missing.length) throw new ValidationProblem(missing);
  }

  /** Belt and braces for the revocation on removal or demotion: the inviter must still hold the right. */
  private async assertInviterMayStillInvite(m: EntityManager, invitation: MemberInvitationEntity) {
    if (!invitation.invitedByUserId) return;
    const inviter = await this.memberships.findByUser(
      invitation.organizationId,
      invitation.invitedByUserId,
      m,
    );
    if (!inviter || managementRefusal(inviter.role, invitation.role, invitation.role)) {
      throw gone(
        OrganizationsProblem.InvitationRevoked,
        'This invitation has been withdrawn. Ask for a new one.',
      );
    }
  }
}
