import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@assay/core';
import { PlatformAdminOnly, Public } from '@assay/auth';
import { CreateSkillDto, SkillDto, SkillListDto, UpdateSkillDto } from './skill.dto';
import { SkillsService } from './skills.service';

@ApiTags('Role catalog')
@Controller('skills')
export class SkillsController {
  constructor(private readonly skills: SkillsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'List the skills taxonomy' })
  @ApiOkResponse({ type: SkillListDto, description: 'Every skill of the taxonomy, by category then name' })
  async list(): Promise<SkillListDto> {
    return { items: await this.skills.list() };
  }
}

@ApiTags('Catalog administration')
@ApiBearerAuth()
@PlatformAdminOnly()
@Controller('admin/skills')
export class AdminSkillsController {
  constructor(private readonly skills: SkillsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a skill' })
  @ApiProblems({ 409: 'A skill with this slug exists' })
  @ApiCreatedResponse({ type: SkillDto })
  create(@Body() body: CreateSkillDto): Promise<SkillDto> {
    return this.skills.create(body);
  }

  @Patch(':slug')
  @ApiOperation({ summary: 'Edit a skill' })
  @ApiOkResponse({ type: SkillDto })
  update(@Param('slug') slug: string, @Body() body: UpdateSkillDto): Promise<SkillDto> {
    return this.skills.update(slug, body);
  }
}
