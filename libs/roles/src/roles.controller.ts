import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PlatformAdminOnly, Public } from '@assay/auth';
import { ApiProblems, AssayConfig, nextPageLink } from '@assay/core';
import { ROLE_CACHE_CONTROL } from './role-page.route';
import {
  AdminRoleDto,
  AdminRoleListDto,
  CreateRoleDto,
  RoleEditDto,
  RoleListDto,
  RoleListQueryDto,
} from './role.dto';
import { AdminRoleView, RolesService } from './roles.service';

/**
 * The busiest public endpoints: bodies are rendered once into the in-process cache and sent as they are
 * (no per-request serialization), with a strong ETag.
 */
@ApiTags('Role catalog')
@Public()
@Controller('roles')
export class RolesController {
  constructor(
    private readonly roles: RolesService,
    private readonly config: AssayConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List published roles (search with q, filter by category)' })
  @ApiOkResponse({ type: RoleListDto })
  async list(
    @Query() query: RoleListQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { body, nextCursor } = await this.roles.publicList(query);
    // Sent as rendered (no interceptor runs): the Link header is added here.
    if (nextCursor) void reply.header('link', nextPageLink(this.config.appUrl, request.url, nextCursor));
    void reply.header('cache-control', ROLE_CACHE_CONTROL).type('application/json; charset=utf-8').send(body);
  }

  // GET :slug is a plain Fastify route (role-page.route.ts, docs/decisions/0302).
}

@ApiTags('Catalog administration')
@ApiBearerAuth()
@PlatformAdminOnly()
@Controller('admin/roles')
export class AdminRolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @ApiOperation({ summary: 'List every role with its draft (archived too)' })
  @ApiOkResponse({ type: AdminRoleListDto, description: 'Every role, archived ones too, with its draft' })
  async list(): Promise<AdminRoleListDto> {
    return { items: (await this.roles.adminList()) as AdminRoleDto[] };
  }

  @Get(':slug')
  @ApiOperation({ summary: 'Get a role with its published version and draft' })
  @ApiOkResponse({ type: AdminRoleDto })
  get(@Param('slug') slug: string): Promise<AdminRoleView> {
    return this.roles.adminGet(slug);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a role with its first draft' })
  @ApiProblems({ 409: 'A role with this slug exists' })
  @ApiCreatedResponse({
    type: AdminRoleDto,
    description: 'The role with its first draft (not public until published)',
  })
  create(@Body() body: CreateRoleDto): Promise<AdminRoleView> {
    const { slug, ...content } = body;
    return this.roles.create(slug, { ...content });
  }

  @Patch(':slug')
  @ApiOperation({ summary: 'Edit the role’s draft' })
  @ApiOkResponse({
    type: AdminRoleDto,
    description: 'Edits the draft (started from the published version if none)',
  })
  edit(@Param('slug') slug: string, @Body() body: RoleEditDto): Promise<AdminRoleView> {
    return this.roles.editDraft(slug, { ...body });
  }

  @Post(':slug/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the draft: it becomes the public version' })
  @ApiProblems({ 409: 'The role has no draft' })
  @ApiOkResponse({ type: AdminRoleDto, description: 'The draft became the published version' })
  publish(@Param('slug') slug: string): Promise<AdminRoleView> {
    return this.roles.publish(slug);
  }

  @Post(':slug/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a role (hidden from the catalog and new assessments)' })
  @ApiOkResponse({
    type: AdminRoleDto,
    description: 'Hidden from the public catalog and from new assessments',
  })
  archive(@Param('slug') slug: string): Promise<AdminRoleView> {
    return this.roles.setArchived(slug, true);
  }

  @Post(':slug/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived role' })
  @ApiOkResponse({ type: AdminRoleDto, description: 'Back in the public catalog' })
  restore(@Param('slug') slug: string): Promise<AdminRoleView> {
    return this.roles.setArchived(slug, false);
  }
}
