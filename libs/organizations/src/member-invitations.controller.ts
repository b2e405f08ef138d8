import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentMember, Public, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { Idempotent } from '@assay/persistence';
import {
  AcceptMemberInvitationDto,
  CreateMemberInvitationDto,
  MemberInvitationCreatedDto,
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
    description: 'Admins invite recruiters; owners invite any role. The invitee gets an email with the link.',
  })
  @ApiCreatedResponse({ type: MemberInvitationCreatedDto })
  @ApiForbiddenResponse({ description: 'Not allowed to grant this role' })
  @ApiConflictResponse({ description: 'Already a member' })
  invite(
    @CurrentMember() member: AuthenticatedMember,
    @Body() body: CreateMemberInvitationDto,
  ): Promise<MemberInvitationCreatedDto> {
    return this.invitations.invite(member, body);
  }

  @Post('member-invitations/accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept a member invitation (the invitee, by token)',
    description:
      'Creates the account when the invited email has none (fullName and password are then required), ' +
      'adds the membership and signs in to the organization.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, or fullName/password missing for a new account' })
  @ApiNotFoundResponse({ description: 'No invitation has this token' })
  @ApiConflictResponse({ description: 'Already accepted, or already a member' })
  @ApiGoneResponse({ description: 'The invitation has expired' })
  accept(@Body() body: AcceptMemberInvitationDto): Promise<SessionDto> {
    return this.invitations.accept(body);
  }
}
