import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@assay/core';
import { CurrentMember, PlatformAdminOnly } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import {
  OrganizationQuestionListQueryDto,
  QuestionDto,
  QuestionEditDto,
  QuestionInputDto,
  QuestionListQueryDto,
  QuestionPageDto,
} from './question.dto';
import { QuestionBankService, QuestionView } from './question-bank.service';
import { questionViewForOrganization } from './question.views';

/** The global question library, curated by platform admins. */
@ApiTags('Catalog administration')
@ApiBearerAuth()
@PlatformAdminOnly()
@Controller('admin/questions')
export class AdminQuestionsController {
  constructor(private readonly bank: QuestionBankService) {}

  @Get()
  @ApiOperation({ summary: 'List the global question library (filters; flagged=true for flagged items)' })
  @ApiOkResponse({ type: QuestionPageDto })
  list(@Query() query: QuestionListQueryDto): Promise<QuestionPageDto> {
    return this.bank.list(null, query) as Promise<QuestionPageDto>;
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a global question with its answer key' })
  @ApiOkResponse({ type: QuestionDto })
  get(@Param('id') id: string): Promise<QuestionView> {
    return this.bank.get(null, id);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a question to the global library' })
  @ApiCreatedResponse({ type: QuestionDto })
  create(@Body() body: QuestionInputDto): Promise<QuestionView> {
    return this.bank.create(null, { ...body });
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a global question (a used one gets a new version)' })
  @ApiOkResponse({
    type: QuestionDto,
    description: 'An edit of a question used by an assessment makes a new version',
  })
  update(@Param('id') id: string, @Body() body: QuestionEditDto): Promise<QuestionView> {
    return this.bank.update(null, id, { ...body });
  }
}

/**
 * An organization's own questions (any member). The global library is readable with `library=global`, without
 * its answer keys, reference solutions, hidden tests or rubrics (those stay on the admin routes).
 */
@ApiTags('Questions')
@ApiBearerAuth()
@Controller('questions')
export class QuestionsController {
  constructor(private readonly bank: QuestionBankService) {}

  @Get()
  @ApiOperation({ summary: 'List the organization’s questions (or the global library, without keys)' })
  @ApiOkResponse({
    type: QuestionPageDto,
    description:
      'Own questions in full; global-library questions (`library=global`) without `answerKey`, with ' +
      "`examples` (a code task's visible tests) and `source: { library, questionId, version }`",
  })
  async list(
    @CurrentMember() member: AuthenticatedMember,
    @Query() query: OrganizationQuestionListQueryDto,
  ): Promise<QuestionPageDto> {
    const { library, ...filters } = query;
    const page = await this.bank.list(library === 'global' ? null : member.organizationId, filters);
    return { ...page, items: page.items.map(questionViewForOrganization) } as unknown as QuestionPageDto;
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one of the organization’s questions, or a global one without its key' })
  @ApiOkResponse({
    type: QuestionDto,
    description: "One of the organization's questions, or of the global library (without its answer key)",
  })
  async get(@CurrentMember() member: AuthenticatedMember, @Param('id') id: string) {
    return questionViewForOrganization(
      await this.bank.get(member.organizationId, id, { includeGlobal: true }),
    );
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Author an organization question' })
  @ApiProblems({ 429: 'The own-questions quota is used up' })
  @ApiCreatedResponse({ type: QuestionDto })
  async create(@CurrentMember() member: AuthenticatedMember, @Body() body: QuestionInputDto) {
    return questionViewForOrganization(await this.bank.create(member.organizationId, { ...body }));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit an organization question (a used one gets a new version)' })
  @ApiOkResponse({
    type: QuestionDto,
    description: 'An edit of a question used by an assessment makes a new version',
  })
  async update(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id') id: string,
    @Body() body: QuestionEditDto,
  ) {
    return questionViewForOrganization(await this.bank.update(member.organizationId, id, { ...body }));
  }
}
