import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember, PlatformAdminOnly, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { ParseIdPipe } from '@assay/core';
import { StatisticsService } from './statistics.service';

const ITEM_EXAMPLE = {
  questionId: '0193c4f2-7a1e-7cc2-9a4e-aaaaaaaaaaaa',
  questionVersionId: '0193c4f2-7a1e-7cc2-9a4e-dddddddddddd',
  type: 'single_choice',
  difficulty: 2,
  responses: 240,
  facility: 0.71,
  pointBiserial: 0.38,
  options: [{ optionId: 'a', correct: true, rate: 0.71, upperRate: 0.95, lowerRate: 0.42 }],
  time: { medianSeconds: 48, p10Seconds: 12, observed: 240 },
  tests: [],
  flags: [],
};

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
  @ApiOkResponse({
    schema: {
      example: {
        assessmentId: '0193c4f2-7a1e-7cc2-9a4e-3f1b2c3d4e5f',
        attempts: 42,
        reliability: { alpha: 0.78, sem: 7.4, status: 'measured', minAttempts: 30 },
        mean: 61.2,
        sd: 15.8,
        distribution: [{ from: 50, to: 60, count: 9 }],
        items: [ITEM_EXAMPLE],
        updatedAt: '2026-12-02T10:00:00.000Z',
      },
    },
  })
  assessment(@CurrentMember() member: AuthenticatedMember, @Param('id', ParseIdPipe) id: string) {
    return this.statistics.assessment(member.organizationId, id);
  }

  @Get('questions/:id/statistics')
  @ApiOperation({
    summary: "Item statistics of every version of one of the organization's own questions",
    operationId: 'statistics.getQuestion',
  })
  @ApiOkResponse({ schema: { example: { questionId: ITEM_EXAMPLE.questionId, versions: [ITEM_EXAMPLE] } } })
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
  @ApiOkResponse({ schema: { example: { questionId: ITEM_EXAMPLE.questionId, versions: [ITEM_EXAMPLE] } } })
  @ApiNotFoundResponse({ description: 'No such global question' })
  question(@Param('id', ParseIdPipe) id: string) {
    return this.statistics.question(null, id);
  }
}
