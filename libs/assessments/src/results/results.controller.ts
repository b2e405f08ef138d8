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
import { ScoreAnswerDto } from '../dto/result.dto';
import { ResultsService } from './results.service';

const REPORT_EXAMPLE = {
  id: '0193c4f2-7a1e-7cc2-9a4e-cccccccccccc',
  assessmentId: '0193c4f2-7a1e-7cc2-9a4e-3f1b2c3d4e5f',
  invitationId: '0193c4f2-7a1e-7cc2-9a4e-bbbbbbbbbbbb',
  candidate: { email: 'ada@example.com', fullName: 'Ada Lovelace' },
  status: 'graded',
  score: 41.5,
  maxScore: 60,
  percentage: 69.17,
  passed: true,
  scoreBand: { low: 54.7, high: 83.6, basis: 'assessment' },
  percentile: 72.5,
  normGroup: { size: 412, minSize: 100 },
  reliability: { alpha: 0.78, sem: 7.37, attempts: 64, status: 'measured', minAttempts: 30 },
  skills: [
    {
      skill: 'http-api-design',
      score: 12,
      maxScore: 14,
      percentage: 85.71,
      proficiency: 3,
      itemCount: 4,
      confidence: 'limited',
    },
  ],
  levelFit: {
    recommended: 'mid',
    levels: { junior: 1, mid: 0.8, senior: 0.35, lead: null },
    evidence: {
      assessedLevel: 'mid',
      status: 'recommended',
      qualifier: 'at_least',
      cappedByPassFail: false,
      unstable: false,
      basis: { passFail: 'points', levelFit: 'importance' },
      summary: 'At least mid-level: the form asks too little above this level to rule out a higher one.',
    },
    // The level above the recommended one and the required skills whose proficiency is below its bar.
    blocking: {
      level: 'senior',
      evidenced: true,
      skills: [{ skill: 'sql-databases', proficiency: 2, required: 3, importance: 5 }],
    },
  },
  pendingReview: 0,
  answers: [
    {
      questionId: '0193c4f2-7a1e-7cc2-9a4e-aaaaaaaaaaaa',
      position: 1,
      type: 'code',
      skill: 'node-js',
      difficulty: 2,
      prompt: 'Write `parseDuration(text)`…',
      response: { language: 'javascript', code: 'function parseDuration(text) { … }' },
      timeSpentSeconds: 640,
      verdict: 'wrong_answer',
      score: 7.5,
      maxScore: 10,
      // A global-library question: the visible tests' results; hidden tests are only counted.
      details: {
        passed: 3,
        total: 4,
        tests: [{ index: 0, status: 'passed', ms: 2, weight: 1, args: ['1h30m'] }],
        hiddenTestsPassed: 2,
        hiddenTestsTotal: 3,
      },
    },
  ],
  events: [
    { type: 'tab_hidden', at: '2026-11-27T10:20:00.000Z', clientAt: '2026-11-27T10:19:59.412Z', data: null },
  ],
  eventSummary: { total: 1, byType: { tab_hidden: 1 } },
  startedAt: '2026-11-27T10:00:00.000Z',
  submittedAt: '2026-11-27T10:45:00.000Z',
  gradedAt: '2026-11-27T10:45:01.000Z',
  timeSpentSeconds: 2700,
  gradingError: null,
  result: { revision: 1, reason: 'initial', graderVersion: 'assay-grading/1.1.0' },
  history: [{ revision: 1, reason: 'initial', isCurrent: true, percentage: 69.17, passed: true }],
};

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
    schema: { example: REPORT_EXAMPLE },
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
  @ApiOkResponse({ description: 'The updated report', schema: { example: REPORT_EXAMPLE } })
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
  @ApiAcceptedResponse({
    schema: {
      example: {
        attemptId: '0193c4f2-7a1e-7cc2-9a4e-cccccccccccc',
        status: 'regrade_requested',
        requestedAt: '2026-11-27T11:00:00.000Z',
      },
    },
  })
  @ApiConflictResponse({ description: 'The attempt has not been submitted' })
  regrade(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Actor() actor: AuditActor,
  ) {
    return this.results.requestRegrade(member, id, actor);
  }
}
