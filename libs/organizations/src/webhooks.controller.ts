import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { CurrentMember, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { PageQuery } from '@assay/core';
import { IdParam } from './id-param.pipe';
import {
  CreateWebhookDto,
  WebhookCreatedDto,
  WebhookDeliveryPageDto,
  WebhookDto,
  WebhookPageDto,
  WebhookTestQueuedDto,
} from './webhooks.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('integrations')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid access token or API key' })
@ApiForbiddenResponse({ description: 'Needs the admin or owner role' })
@RequireMembershipRole('admin')
@Controller('organization/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    summary: 'Register a webhook endpoint (owner, admin)',
    description:
      'The URL must be https (http only where allowed for development) and its host must resolve to public ' +
      'addresses only. The signing secret is shown once, in this response.',
  })
  @ApiCreatedResponse({ type: WebhookCreatedDto })
  @ApiBadRequestResponse({ description: 'Invalid fields' })
  @ApiUnprocessableEntityResponse({
    description: 'The URL is refused (scheme, private address, unresolvable)',
  })
  create(
    @CurrentMember() member: AuthenticatedMember,
    @Body() body: CreateWebhookDto,
    @Actor() actor: AuditActor,
  ): Promise<WebhookCreatedDto> {
    return this.webhooks.create(member, body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'Webhook endpoints (owner, admin)' })
  @ApiOkResponse({ type: WebhookPageDto })
  list(@CurrentMember() member: AuthenticatedMember, @Query() query: PageQuery): Promise<WebhookPageDto> {
    return this.webhooks.list(member.organizationId, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook endpoint and its delivery history (owner, admin)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'No such webhook in the organization' })
  async remove(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', new IdParam('webhook')) id: string,
    @Actor() actor: AuditActor,
  ): Promise<void> {
    await this.webhooks.remove(member.organizationId, id, actor);
  }

  @Post(':id/test')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a signed test delivery (event `webhook.test`) to the endpoint (owner, admin)',
    description: 'One try; its outcome appears in the deliveries list.',
  })
  @ApiAcceptedResponse({ type: WebhookTestQueuedDto })
  @ApiNotFoundResponse({ description: 'No such webhook in the organization' })
  @ApiConflictResponse({ description: 'The endpoint is disabled (re-enable it first)' })
  sendTest(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', new IdParam('webhook')) id: string,
  ): Promise<WebhookTestQueuedDto> {
    return this.webhooks.sendTest(member.organizationId, id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-enable an endpoint disabled after repeated failures (owner, admin)' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiNotFoundResponse({ description: 'No such webhook in the organization' })
  enable(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', new IdParam('webhook')) id: string,
    @Actor() actor: AuditActor,
  ): Promise<WebhookDto> {
    return this.webhooks.enable(member.organizationId, id, actor);
  }

  @Get(':id/deliveries')
  @ApiOperation({
    summary: "A webhook endpoint's deliveries, newest first (owner, admin)",
    operationId: 'webhooks.listDeliveries',
  })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  @ApiNotFoundResponse({ description: 'No such webhook in the organization' })
  deliveries(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', new IdParam('webhook')) id: string,
    @Query() query: PageQuery,
  ): Promise<WebhookDeliveryPageDto> {
    return this.webhooks.deliveries(member.organizationId, id, query);
  }
}
