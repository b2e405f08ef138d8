import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiExtraModels,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { ClientIp } from '@assay/audit';
import { InvitationTokenAuth } from '@assay/auth';
import { ParseIdPipe } from '@assay/core';
import { Idempotent } from '@assay/persistence';
import {
  EventAcceptedDto,
  ProctoringEventDto,
  CodeRunResultDto,
  RunAnswerDto,
  SqlRunResultDto,
  SubmittedDto,
  TakeIntroDto,
  TakeStartDto,
} from '../dto/take.dto';
import { ErasureRequestedDto } from '../candidates/candidates.dto';
import { ErasureRequestsService } from '../candidates/erasure-requests.service';
import { TakeService } from './take.service';

/** Candidate endpoints: authorized by the invitation token in the path, nothing else. */
@ApiTags('take (candidates)')
@InvitationTokenAuth()
@Controller('take/:token')
export class TakeController {
  constructor(
    private readonly take: TakeService,
    private readonly erasure: ErasureRequestsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The assessment’s intro page' })
  @ApiOkResponse({ type: TakeIntroDto })
  @ApiNotFoundResponse({ description: 'Unknown token' })
  @ApiGoneResponse({ description: 'Expired or revoked invitation, or an archived assessment' })
  intro(@Param('token') token: string) {
    return this.take.intro(token);
  }

  @Post('start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start (or resume) the attempt: fixes the deadline and the question order' })
  @ApiOkResponse({ type: TakeStartDto })
  @ApiNotFoundResponse({ description: 'Unknown token' })
  @ApiGoneResponse({ description: 'Expired or revoked invitation, or an archived assessment' })
  @ApiConflictResponse({ description: 'The assessment is closed to new starts' })
  start(@Param('token') token: string) {
    return this.take.start(token);
  }

  // PUT answers/:questionId is a plain Fastify route (answer-autosave.route.ts, docs/decisions/0403).

  @Post('answers/:questionId/run')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Run code against the visible examples, or a query against the fixture (nothing is saved)',
  })
  @ApiExtraModels(CodeRunResultDto, SqlRunResultDto)
  @ApiOkResponse({
    description: 'The run’s result: a code run or a query run, told apart by `type`',
    schema: {
      oneOf: [{ $ref: getSchemaPath(CodeRunResultDto) }, { $ref: getSchemaPath(SqlRunResultDto) }],
      discriminator: {
        propertyName: 'type',
        mapping: { code: getSchemaPath(CodeRunResultDto), sql: getSchemaPath(SqlRunResultDto) },
      },
    },
  })
  @ApiConflictResponse({ description: 'Not started, submitted, or past the deadline' })
  @ApiUnprocessableEntityResponse({ description: 'Not a code or SQL question' })
  @ApiTooManyRequestsResponse({ description: 'Too many runs for this attempt this minute (Retry-After)' })
  @ApiServiceUnavailableResponse({ description: 'No worker answered in time (Retry-After)' })
  runAnswer(
    @Param('token') token: string,
    @Param('questionId', ParseIdPipe) questionId: string,
    @Body() dto: RunAnswerDto,
  ) {
    return this.take.run(token, questionId, dto.response);
  }

  @Post('events')
  @HttpCode(202)
  @ApiOperation({ summary: 'Record a proctoring signal (tab_hidden, paste, …)' })
  @ApiAcceptedResponse({ type: EventAcceptedDto })
  @ApiConflictResponse({ description: 'The attempt has been submitted' })
  event(@Param('token') token: string, @Body() dto: ProctoringEventDto) {
    return this.take.recordEvent(token, dto);
  }

  @Post('submit')
  @HttpCode(202)
  @Idempotent()
  @ApiOperation({ summary: 'Submit; grading happens in the background' })
  @ApiAcceptedResponse({ type: SubmittedDto })
  submit(@Param('token') token: string) {
    return this.take.submit(token);
  }

  @Post('erasure-request')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask the organization to erase my data: a confirmation email goes to the invitation’s address',
  })
  @ApiAcceptedResponse({ type: ErasureRequestedDto })
  requestErasure(@Param('token') token: string, @ClientIp() ip: string | null) {
    return this.erasure.request(token, ip);
  }
}
