import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AuthRateLimit,
  CurrentMember,
  OptionalAuth,
  OptionalMember,
  RequireMembershipRole,
  SessionCookie,
} from '@assay/auth';
import { Actor } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import type { AuthenticatedMember } from '@assay/auth';
import { PageQuery } from '@assay/core';
import { Idempotent } from '@assay/persistence';
import { IdParam } from './id-param.pipe';
import {
  AcceptMemberInvitationDto,
  CreateMemberInvitationDto,
  MemberInvitationCreatedDto,
  PendingMemberInvitationPageDto,
} from './members.dto';
import { MemberInvitationsService } from './member-invitations.service';
import { SessionDto } from './organization.dto';

@ApiTags('organization')
@Controller()
export class MemberInvitationsController {
  constructor(private readonly invitations: MemberInvitationsService) {}

  @Post('organization/member-invitations')
  @ApiBearerAuth()
  @Idempotent()
  @RequireMembershipRole('admin')
  @ApiOperation({
    summary: 'Invite someone to the organization by email (owner, admin)',
    description:
      'Admins invite recruiters; owners invite any role. The link goes by email to the invited address ' +
      'only: the response carries no token.',
  })
  @ApiCreatedResponse({ type: MemberInvitationCreatedDto })
  @ApiForbiddenResponse({ description: 'Not allowed to grant this role' })
  @ApiConflictResponse({ description: 'Already a member' })
  invite(
    @CurrentMember() member: AuthenticatedMember,
    @Body() body: CreateMemberInvitationDto,
    @Actor() actor: AuditActor,
  ): Promise<MemberInvitationCreatedDto> {
    return this.invitations.invite(member, body, actor);
  }

  @Get('organization/member-invitations')
  @ApiBearerAuth()
  @RequireMembershipRole('admin')
  @ApiOperation({ summary: 'Pending member invitations, oldest first (owner, admin)' })
  @ApiOkResponse({ type: PendingMemberInvitationPageDto })
  @ApiForbiddenResponse({ description: 'Recruiters and API keys' })
  list(
    @CurrentMember() member: AuthenticatedMember,
    @Query() query: PageQuery,
  ): Promise<PendingMemberInvitationPageDto> {
    return this.invitations.listPending(member.organizationId, query);
  }

  @Delete('organization/member-invitations/:id')
  @ApiBearerAuth()
  @HttpCode(204)
  @RequireMembershipRole('admin')
  @ApiOperation({
    summary: 'Revoke a pending member invitation (admins: recruiter invitations only; owners: any)',
  })
  @ApiNoContentResponse({ description: 'Revoked: its link no longer works' })
  @ApiForbiddenResponse({ description: 'Not allowed to manage this role' })
  @ApiNotFoundResponse({ description: 'No pending invitation with this id in this organization' })
  async revoke(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', new IdParam('invitation')) id: string,
    @Actor() actor: AuditActor,
  ): Promise<void> {
    await this.invitations.revoke(member, id, actor);
  }

  @Post('member-invitations/accept')
  @OptionalAuth()
  @SessionCookie()
  @AuthRateLimit()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Accept a member invitation (the invitee, by the emailed token)',
    description:
      'For a new email, creates the account from fullName and password (the email counts as verified). ' +
      'For an email with an unverified account, password is required and replaces the old one; every ' +
      'earlier session of the account ends. For an email with a verified account, the request must carry ' +
      "that account's own Bearer access token: the token alone never signs anyone in to an existing account.",
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, or fullName/password missing' })
  @ApiUnauthorizedResponse({
    description: 'The email has a verified account and the request does not carry its access token',
  })
  @ApiNotFoundResponse({ description: 'No invitation has this token' })
  @ApiConflictResponse({ description: 'Already accepted, or already a member' })
  @ApiGoneResponse({ description: 'The invitation has expired or was revoked' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts (Retry-After)' })
  accept(
    @Body() body: AcceptMemberInvitationDto,
    @OptionalMember() member: AuthenticatedMember | null,
  ): Promise<SessionDto> {
    return this.invitations.accept(body, member);
  }
}
