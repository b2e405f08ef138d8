import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember, PlatformAdminOnly, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { ParseIdPipe } from '@assay/core';
import { AssessmentStatisticsDto, QuestionStatisticsDto } from './statistics.dto';
import { StatisticsService } from './statistics.service';

/** The statistics of an organization's assessment and own questions (computed by the worker after grading). */
@ApiTags('statistics')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such assessment or question in this organization' })
@RequireMembershipRole('recruiter')
@Controller()
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('assessments/:id/statistics')
  @ApiOperation({
    operationId: 'statistics.getAssessment',
    summary:
      'Reliability (α, SEM from 30 graded attempts), score distribution and the item table of an assessment',
  })
  @ApiOkResponse({ type: AssessmentStatisticsDto })
  assessment(@CurrentMember() member: AuthenticatedMember, @Param('id', ParseIdPipe) id: string) {
    return this.statistics.assessment(member.organizationId, id);
  }

  @Get('questions/:id/statistics')
  @ApiOperation({
    summary: "Item statistics of every version of one of the organization's own questions",
    operationId: 'statistics.getQuestion',
  })
  @ApiOkResponse({ type: QuestionStatisticsDto })
  question(@CurrentMember() member: AuthenticatedMember, @Param('id', ParseIdPipe) id: string) {
    return this.statistics.question(member.organizationId, id);
  }
}

/** Item statistics of the global library, for platform admins. */
@ApiTags('Catalog administration')
@ApiBearerAuth()
@PlatformAdminOnly()
@Controller('admin/questions')
export class AdminQuestionStatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get(':id/statistics')
  @ApiOperation({
    operationId: 'adminQuestions.getStatistics',
    summary:
      'Item statistics of every version of a global question: responses, facility, point-biserial, options, time, tests, flags',
  })
  @ApiOkResponse({ type: QuestionStatisticsDto })
  @ApiNotFoundResponse({ description: 'No such global question' })
  question(@Param('id', ParseIdPipe) id: string) {
    return this.statistics.question(null, id);
  }
}
