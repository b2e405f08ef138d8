import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Actor } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { CurrentMember, RequireMembershipRole, UserOnly } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { ApiProblems, PageQuery } from '@assay/core';
import { IdParam } from './id-param.pipe';
import { ChangeMemberRoleDto, MemberDto, MemberPageDto } from './members.dto';
import { MembersService } from './members.service';
import { DeleteOrganizationDto, OrganizationDetailDto, UpdateOrganizationDto } from './organization.dto';
import { OrganizationDeletionService } from './organization-deletion';
import { OrganizationsService } from './organizations.service';

@ApiTags('organization')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid access token or API key' })
@Controller('organization')
export class OrganizationController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly deletion: OrganizationDeletionService,
  ) {}

  @Post('deletion')
  @HttpCode(202)
  @RequireMembershipRole('owner')
  @UserOnly()
  @ApiOperation({
    summary: 'Delete the organization (owner): everything it holds is erased after 14 days unless cancelled',
  })
  @ApiAcceptedResponse({
    description: 'Deletion scheduled; `deletionDueAt` says when',
    schema: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['scheduled'] },
        deletionDueAt: { type: 'string', format: 'date-time' },
      },
      required: ['status', 'deletionDueAt'],
      example: { status: 'scheduled', deletionDueAt: '2026-12-16T10:00:00.000Z' },
    },
  })
  @ApiProblems({ 409: 'Already scheduled' })
  requestDeletion(
    @CurrentMember() member: AuthenticatedMember,
    @Body() body: DeleteOrganizationDto,
    @Actor() actor: AuditActor,
  ) {
    return this.deletion.request(member, body.confirm, actor);
  }

  @Delete('deletion')
  @HttpCode(204)
  @RequireMembershipRole('owner')
  @UserOnly()
  @ApiOperation({ summary: 'Cancel a scheduled deletion (owner)' })
  @ApiNoContentResponse({ description: 'Cancelled' })
  @ApiProblems({ 409: 'No deletion is scheduled' })
  async cancelDeletion(@CurrentMember() member: AuthenticatedMember, @Actor() actor: AuditActor) {
    await this.deletion.cancel(member, actor);
  }

  @Get()
  @ApiOperation({ summary: 'The active organization (any member or API key)' })
  @ApiOkResponse({ type: OrganizationDetailDto })
  async get(@CurrentMember() member: AuthenticatedMember): Promise<OrganizationDetailDto> {
    return OrganizationDetailDto.from(await this.organizations.get(member.organizationId));
  }

  @Patch()
  @RequireMembershipRole('admin')
  @ApiOperation({ summary: 'Rename the organization or change its slug (owner, admin)' })
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiForbiddenResponse({ description: 'Recruiters and API keys' })
  @ApiConflictResponse({ description: 'The slug is taken' })
  async update(
    @CurrentMember() member: AuthenticatedMember,
    @Body() body: UpdateOrganizationDto,
    @Actor() actor: AuditActor,
  ): Promise<OrganizationDetailDto> {
    return OrganizationDetailDto.from(await this.organizations.update(member.organizationId, body, actor));
  }

  @Get('members')
  @ApiOperation({
    summary: 'Members of the organization, in joining order (any member)',
    operationId: 'organization.listMembers',
  })
  @ApiOkResponse({ type: MemberPageDto })
  list(@CurrentMember() member: AuthenticatedMember, @Query() query: PageQuery): Promise<MemberPageDto> {
    return this.members.list(member.organizationId, query);
  }

  @Patch('members/:userId')
  @RequireMembershipRole('admin')
  @ApiOperation({
    summary: "Change a member's role (admins: recruiters only; owners: anyone)",
    operationId: 'organization.changeMemberRole',
    description: 'The member keeps their sessions; the new role applies from their next request.',
  })
  @ApiOkResponse({ type: MemberDto })
  @ApiForbiddenResponse({ description: 'Not allowed to manage this member or grant this role' })
  @ApiNotFoundResponse({ description: 'No such member in this organization' })
  @ApiConflictResponse({ description: 'Would leave the organization without an owner' })
  changeRole(
    @CurrentMember() member: AuthenticatedMember,
    @Param('userId', new IdParam('member')) userId: string,
    @Body() body: ChangeMemberRoleDto,
    @Actor() actor: AuditActor,
  ): Promise<MemberDto> {
    return this.members.changeRole(member, userId, body.role, actor);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @RequireMembershipRole('admin')
  @ApiOperation({
    summary: 'Remove a member (admins: recruiters only; owners: anyone)',
    operationId: 'organization.removeMember',
    description: "The member's sessions for this organization end at once.",
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiForbiddenResponse({ description: 'Not allowed to manage this member' })
  @ApiNotFoundResponse({ description: 'No such member in this organization' })
  @ApiConflictResponse({ description: 'The last owner cannot be removed' })
  async remove(
    @CurrentMember() member: AuthenticatedMember,
    @Param('userId', new IdParam('member')) userId: string,
    @Actor() actor: AuditActor,
  ): Promise<void> {
    await this.members.remove(member, userId, actor);
  }
}
