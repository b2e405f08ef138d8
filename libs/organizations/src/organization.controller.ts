import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentMember, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { PageQuery } from '@assay/core';
import { IdParam } from './id-param.pipe';
import { ChangeMemberRoleDto, MemberDto, MemberPageDto } from './members.dto';
import { MembersService } from './members.service';
import { OrganizationDetailDto, UpdateOrganizationDto } from './organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organization')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid access token or API key' })
@Controller('organization')
export class OrganizationController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
  ) {}

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
  ): Promise<OrganizationDetailDto> {
    return OrganizationDetailDto.from(await this.organizations.update(member.organizationId, body));
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
  ): Promise<MemberDto> {
    return this.members.changeRole(member, userId, body.role);
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
  ): Promise<void> {
    await this.members.remove(member, userId);
  }
}
