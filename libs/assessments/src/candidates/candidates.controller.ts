import { Body, Controller, Delete, Get, Header, HttpCode, Param, Put, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { CurrentMember, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { ParseIdPipe } from '@assay/core';
import { CandidateDataService } from './candidate-data.service';
import {
  CANDIDATE_EXPORT_SCHEMA,
  CandidateEmailQuery,
  ErasureOutcomeDto,
  ErasureRequestDto,
  ErasureRequestListDto,
  LegalHoldDto,
} from './candidates.dto';
import { ErasureRequestsService } from './erasure-requests.service';

@ApiTags('candidates’ data')
@ApiBearerAuth()
@RequireMembershipRole('admin')
@ApiForbiddenResponse({ description: 'Recruiters and API keys' })
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly data: CandidateDataService,
    private readonly requests: ErasureRequestsService,
  ) {}

  @Get('export')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Everything held about a candidate in the organization, as JSON (owner, admin)' })
  @ApiOkResponse({ schema: CANDIDATE_EXPORT_SCHEMA as never })
  export(
    @CurrentMember() member: AuthenticatedMember,
    @Query() query: CandidateEmailQuery,
    @Actor() actor: AuditActor,
  ) {
    return this.data.export(member.organizationId, query.email, actor);
  }

  @Delete()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Erase a candidate’s personal data across the organization (owner, admin); scores stay anonymous',
  })
  @ApiAcceptedResponse({ type: ErasureOutcomeDto })
  async erase(
    @CurrentMember() member: AuthenticatedMember,
    @Query() query: CandidateEmailQuery,
    @Actor() actor: AuditActor,
  ) {
    const outcome = await this.data.erase(member.organizationId, query.email, actor);
    return { ...outcome, status: 'erased' };
  }

  @Get('erasure-requests')
  @ApiOperation({ summary: 'Candidates’ own erasure requests, newest first (owner, admin)' })
  @ApiOkResponse({ type: ErasureRequestListDto })
  erasureRequests(@CurrentMember() member: AuthenticatedMember) {
    return this.requests.list(member.organizationId);
  }

  @Put('erasure-requests/:id/legal-hold')
  @ApiOperation({ summary: 'Record a legal hold: the requested erasure waits until it is released' })
  @ApiOkResponse({ type: ErasureRequestDto, description: 'The request, on hold' })
  holdErasure(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: LegalHoldDto,
    @Actor() actor: AuditActor,
  ) {
    return this.requests.setLegalHold(member.organizationId, id, dto.reason, actor);
  }

  @Delete('erasure-requests/:id/legal-hold')
  @ApiOperation({ summary: 'Release a legal hold: the erasure runs when due' })
  @ApiOkResponse({ type: ErasureRequestDto, description: 'The request, released' })
  releaseErasure(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Actor() actor: AuditActor,
  ) {
    return this.requests.setLegalHold(member.organizationId, id, null, actor);
  }
}
