import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PlatformAdminOnly, Public } from '@assay/auth';
import { notFound } from '@assay/core';
import { ifNoneMatchHits } from './etag';
import {
  AdminRoleDto,
  AdminRoleListDto,
  CreateRoleDto,
  RoleEditDto,
  RoleListDto,
  RoleListQueryDto,
  RolePageDto,
} from './role.dto';
import { AdminRoleView, RolesService } from './roles.service';

/** Shared caches may keep a role page a minute; a publish shows up everywhere within that. */
export const ROLE_CACHE_CONTROL = 'public, max-age=60';

/**
 * The busiest public endpoints: bodies are rendered once into the in-process cache and sent as they are
 * (no per-request serialization), with a strong ETag.
 */
@ApiTags('Role catalog')
@Public()
@Controller('roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @ApiOkResponse({ type: RoleListDto })
  async list(@Query() query: RoleListQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { body } = await this.roles.publicList(query);
    void reply.header('cache-control', ROLE_CACHE_CONTROL).type('application/json; charset=utf-8').send(body);
  }

  @Get(':slug')
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag from an earlier response' })
  @ApiOkResponse({ type: RolePageDto, description: 'The published version, with ETag and Cache-Control' })
  @ApiNotModifiedResponse({ description: 'If-None-Match matched the current ETag' })
  async get(
    @Param('slug') slug: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const page = await this.roles.publicPage(slug);
    if (!page) throw notFound('role');
    void reply.header('etag', page.etag).header('cache-control', ROLE_CACHE_CONTROL);
    if (ifNoneMatchHits(ifNoneMatch, page.etag)) {
      void reply.status(304).send();
      return;
    }
    void reply.type('application/json; charset=utf-8').send(page.body);
  }
}

@ApiTags('Catalog administration')
@ApiBearerAuth()
@PlatformAdminOnly()
@Controller('admin/roles')
export class AdminRolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @ApiOkResponse({ type: AdminRoleListDto, description: 'Every role, archived ones too, with its draft' })
  async list(): Promise<AdminRoleListDto> {
    return { items: (await this.roles.adminList()) as AdminRoleDto[] };
  }

  @Get(':slug')
  @ApiOkResponse({ type: AdminRoleDto })
  get(@Param('slug') slug: string): Promise<AdminRoleView> {
    return this.roles.adminGet(slug);
  }

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({
    type: AdminRoleDto,
    description: 'The role with its first draft (not public until published)',
  })
  create(@Body() body: CreateRoleDto): Promise<AdminRoleView> {
    const { slug, ...content } = body;
    return this.roles.create(slug, { ...content });
  }

  @Patch(':slug')
  @ApiOkResponse({
    type: AdminRoleDto,
    description: 'Edits the draft (started from the published version if none)',
  })
  edit(@Param('slug') slug: string, @Body() body: RoleEditDto): Promise<AdminRoleView> {
    return this.roles.editDraft(slug, { ...body });
  }

  @Post(':slug/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: AdminRoleDto, description: 'The draft became the published version' })
  publish(@Param('slug') slug: string): Promise<AdminRoleView> {
    return this.roles.publish(slug);
  }

  @Post(':slug/archive')
  @HttpCode(200)
  @ApiOkResponse({
    type: AdminRoleDto,
    description: 'Hidden from the public catalog and from new assessments',
  })
  archive(@Param('slug') slug: string): Promise<AdminRoleView> {
    return this.roles.setArchived(slug, true);
  }

  @Post(':slug/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: AdminRoleDto, description: 'Back in the public catalog' })
  restore(@Param('slug') slug: string): Promise<AdminRoleView> {
    return this.roles.setArchived(slug, false);
  }
}
