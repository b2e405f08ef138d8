import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@assay/auth';
import { Idempotent } from '@assay/persistence';
import { ProctoringEventDto } from '../dto/take.dto';
import { TakeService } from './take.service';

/** Candidate endpoints: authorized by the invitation token in the path, nothing else. */
@ApiTags('take (candidates)')
@Public()
@Controller('take/:token')
export class TakeController {
  constructor(private readonly take: TakeService) {}

  @Get()
  @ApiOperation({ summary: 'The assessment’s intro page' })
  @ApiOkResponse({
    schema: {
      example: {
        assessment: {
          title: 'Senior Back-End Engineer',
          roleTitle: 'Back-End Engineer',
          level: 'senior',
          timeLimitMinutes: 90,
          questionCount: 20,
        },
        candidate: { fullName: 'Ada Lovelace' },
        status: 'invited',
        deadlineAt: null,
      },
    },
  })
  @ApiNotFoundResponse({ description: 'Unknown token' })
  @ApiGoneResponse({ description: 'Expired or revoked invitation' })
  intro(@Param('token') token: string) {
    return this.take.intro(token);
  }

  @Post('start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start (or resume) the attempt: fixes the deadline and the question order' })
  @ApiConflictResponse({ description: 'The assessment is closed to new starts' })
  start(@Param('token') token: string) {
    return this.take.start(token);
  }

  // PUT answers/:questionId is a plain Fastify route (answer-autosave.route.ts, docs/decisions/0403).

  @Post('events')
  @HttpCode(202)
  @ApiOperation({ summary: 'Record a proctoring signal (tab_hidden, paste, …)' })
  @ApiAcceptedResponse({ schema: { example: { accepted: true } } })
  event(@Param('token') token: string, @Body() dto: ProctoringEventDto) {
    return this.take.recordEvent(token, dto);
  }

  @Post('submit')
  @HttpCode(202)
  @Idempotent()
  @ApiOperation({ summary: 'Submit; grading happens in the background' })
  @ApiAcceptedResponse({
    schema: { example: { status: 'submitted', submittedAt: '2026-11-27T10:45:00.000Z' } },
  })
  submit(@Param('token') token: string) {
    return this.take.submit(token);
  }
}
