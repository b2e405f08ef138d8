import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
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
import { CurrentMember, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { PageQuery } from '@assay/core';
import { ApiKeyCreatedDto, ApiKeyPageDto, CreateApiKeyDto } from './api-keys.dto';
import { ApiKeysService } from './api-keys.service';
import { IdParam } from './id-param.pipe';

@ApiTags('integrations')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid access token or API key' })
@ApiForbiddenResponse({ description: 'Needs the admin or owner role' })
@RequireMembershipRole('admin')
@Controller('organization/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    summary: 'Create an API key (owner, admin)',
    description:
      'The key acts for the organization with recruiter rights. It is shown once, in this response.',
  })
  @ApiCreatedResponse({ type: ApiKeyCreatedDto })
  create(
    @CurrentMember() member: AuthenticatedMember,
    @Body() body: CreateApiKeyDto,
    @Actor() actor: AuditActor,
  ): Promise<ApiKeyCreatedDto> {
    return this.keys.create(member, body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'Active API keys (owner, admin); keys themselves are never shown again' })
  @ApiOkResponse({ type: ApiKeyPageDto })
  list(@CurrentMember() member: AuthenticatedMember, @Query() query: PageQuery): Promise<ApiKeyPageDto> {
    return this.keys.list(member.organizationId, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key (owner, admin); it stops working at once' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiNotFoundResponse({ description: 'No active key with this id in the organization' })
  async revoke(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', new IdParam('API key')) id: string,
    @Actor() actor: AuditActor,
  ): Promise<void> {
    await this.keys.revoke(member.organizationId, id, actor);
  }
}
