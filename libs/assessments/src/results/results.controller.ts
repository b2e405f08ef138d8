import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { CurrentMember, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { ParseIdPipe } from '@assay/core';
import { AttemptReportDto } from '../dto/attempt-report.dto';
import { RegradeRequestedDto, ScoreAnswerDto } from '../dto/result.dto';
import { ResultsService } from './results.service';

@ApiTags('results')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'The membership role is not enough' })
@ApiNotFoundResponse({ description: 'No such attempt (or question) in this organization' })
@RequireMembershipRole('recruiter')
@Controller('attempts/:id')
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Get()
  @ApiOperation({
    operationId: 'attempts.getReport',
    summary:
      'The report of an attempt: scores per skill, level fit, every answer’s verdict, proctoring events',
  })
  @ApiOkResponse({
    description:
      '`levelFit.blocking`: the level above the recommended one (the lowest when none is), whether the form ' +
      'evidences it, and the required skills whose proficiency is below its bar; null when the ' +
      'recommendation is lead or the result predates it',
    type: AttemptReportDto,
  })
  report(@CurrentMember() member: AuthenticatedMember, @Param('id', ParseIdPipe) id: string) {
    return this.results.report(member.organizationId, id);
  }

  @Post('answers/:questionId/score')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Score an essay answer by hand (recruiter+): a new result revision, the previous one kept',
    operationId: 'attempts.scoreAnswer',
  })
  @ApiOkResponse({ description: 'The updated report', type: AttemptReportDto })
  @ApiConflictResponse({ description: 'The attempt has not been graded yet' })
  @ApiUnprocessableEntityResponse({ description: 'Not an essay, or more points than the question has' })
  score(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Param('questionId', ParseIdPipe) questionId: string,
    @Body() dto: ScoreAnswerDto,
    @Actor() actor: AuditActor,
  ) {
    return this.results.scoreAnswer(member, id, questionId, dto, actor);
  }

  @Post('regrade')
  @HttpCode(202)
  @RequireMembershipRole('admin')
  @ApiOperation({
    operationId: 'attempts.regrade',
    summary:
      'Grade again with the current engine (admin+); the worker adds a revision, keeping the previous one',
  })
  @ApiAcceptedResponse({ type: RegradeRequestedDto })
  @ApiConflictResponse({ description: 'The attempt has not been submitted' })
  regrade(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Actor() actor: AuditActor,
  ) {
    return this.results.requestRegrade(member, id, actor);
  }
}
