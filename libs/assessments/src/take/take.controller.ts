import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvitationTokenAuth } from '@assay/auth';
import { ApiProblems, ParseIdPipe } from '@assay/core';
import { Idempotent } from '@assay/persistence';
import { ProctoringEventDto, SaveAnswerDto } from '../dto/take.dto';
import { TakeService } from './take.service';

/** Candidate endpoints: authorized by the invitation token in the path, nothing else. */
@ApiTags('take (candidates)')
@InvitationTokenAuth()
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
  intro(@Param('token') token: string) {
    return this.take.intro(token);
  }

  @Post('start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start (or resume) the attempt: fixes the deadline and the question order' })
  @ApiOkResponse({
    description: 'The attempt: deadline and questions in this candidate’s order',
    schema: {
      example: {
        status: 'in_progress',
        startedAt: '2026-11-27T10:00:00.000Z',
        deadlineAt: '2026-11-27T11:30:00.000Z',
        questions: [
          {
            id: '0193c4f2-7a1e-7cc2-9a4e-aaaaaaaaaaaa',
            position: 1,
            type: 'single_choice',
            prompt: 'Which status code…',
            points: 2,
            options: [
              { id: 'a', text: '200' },
              { id: 'b', text: '409' },
            ],
          },
        ],
      },
    },
  })
  @ApiProblems({ 409: 'The assessment is closed to new starts' })
  start(@Param('token') token: string) {
    return this.take.start(token);
  }

  @Put('answers/:questionId')
  @ApiOperation({ summary: 'Save an answer (last write wins)' })
  @ApiOkResponse({ schema: { example: { questionId: '0193…', savedAt: '2026-11-27T10:15:00.000Z' } } })
  @ApiProblems({ 409: 'After submission, past the deadline, or the assessment is closed' })
  saveAnswer(
    @Param('token') token: string,
    @Param('questionId', ParseIdPipe) questionId: string,
    @Body() dto: SaveAnswerDto,
  ) {
    return this.take.saveAnswer(token, questionId, dto.response);
  }

  @Post('events')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Record a proctoring signal (tab_hidden, paste, …)',
    operationId: 'take.recordEvent',
  })
  @ApiProblems({ 409: 'The attempt has been submitted' })
  @ApiAcceptedResponse({ schema: { example: { accepted: true } } })
  event(@Param('token') token: string, @Body() dto: ProctoringEventDto) {
    return this.take.recordEvent(token, dto);
  }

  @Post('submit')
  @HttpCode(202)
  @Idempotent()
  @ApiOperation({ summary: 'Submit; grading happens in the background' })
  @ApiProblems({ 409: 'The attempt has not been started' })
  @ApiAcceptedResponse({
    schema: { example: { status: 'submitted', submittedAt: '2026-11-27T10:45:00.000Z' } },
  })
  submit(@Param('token') token: string) {
    return this.take.submit(token);
  }
}
