import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { CurrentMember, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { ApiProblems, ParseIdPipe } from '@assay/core';
import { Idempotent } from '@assay/persistence';
import { AssessmentsService } from './assessments.service';
import {
  AssessmentDto,
  AssessmentPageDto,
  CandidatePageDto,
  InvitationDto,
  InvitationListDto,
} from './dto/assessment-view.dto';
import {
  CreateAssessmentDto,
  InviteCandidatesDto,
  ListAssessmentsQuery,
  ListCandidatesQuery,
  SetAccommodationsDto,
  SetQuestionsDto,
  UpdateAssessmentDto,
} from './dto/assessment.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('assessments')
@ApiBearerAuth()
@RequireMembershipRole('recruiter')
@Controller()
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Post('assessments')
  @ApiOperation({ summary: 'Compose a draft assessment from a role and a level' })
  @ApiCreatedResponse({ description: 'The composed draft', type: AssessmentDto })
  @ApiProblems({ 422: 'Unknown role, or no questions for it' })
  create(@CurrentMember() member: AuthenticatedMember, @Body() dto: CreateAssessmentDto) {
    return this.assessments.create(member, dto);
  }

  @Get('assessments')
  @ApiOperation({ summary: 'List assessments (archived ones only with ?status=archived)' })
  @ApiOkResponse({ type: AssessmentPageDto })
  list(@CurrentMember() member: AuthenticatedMember, @Query() query: ListAssessmentsQuery) {
    return this.assessments.list(member.organizationId, query);
  }

  @Get('assessments/:id')
  @ApiOperation({ summary: 'Get an assessment with its questions' })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiNotFoundResponse({ description: 'No such assessment in this organization' })
  get(@CurrentMember() member: AuthenticatedMember, @Param('id', ParseIdPipe) id: string) {
    return this.assessments.get(member.organizationId, id);
  }

  @Patch('assessments/:id')
  @ApiOperation({ summary: 'Edit title and settings; questions only while draft' })
  @ApiOkResponse({ description: 'The updated assessment', type: AssessmentDto })
  @ApiProblems({ 409: 'Archived, or questions changed after publishing' })
  update(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateAssessmentDto,
  ) {
    return this.assessments.update(member.organizationId, id, dto);
  }

  @Put('assessments/:id/questions')
  @ApiOperation({ summary: 'Set a draft’s questions (catalog or own) in this order' })
  @ApiOkResponse({ description: 'The assessment', type: AssessmentDto })
  @ApiProblems({
    409: 'The assessment is not a draft',
    422: 'Some questions do not exist for this organization',
  })
  setQuestions(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: SetQuestionsDto,
  ) {
    return this.assessments.setQuestions(member.organizationId, id, dto.questionIds);
  }

  @Post('assessments/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open the assessment; its questions and answer keys are frozen' })
  @ApiOkResponse({
    description: 'The open assessment',
    type: AssessmentDto,
  })
  @ApiProblems({
    409: 'Not a draft, or a question is no longer available',
    422: 'The assessment has no questions',
  })
  publish(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Actor() actor: AuditActor,
  ) {
    return this.assessments.publish(member.organizationId, id, actor);
  }

  @Post('assessments/:id/close')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close: no new starts and no more answers; started attempts are submitted with what they saved',
  })
  @ApiOkResponse({
    description: 'The closed assessment',
    type: AssessmentDto,
  })
  @ApiProblems({ 409: 'The assessment cannot be closed from its status' })
  close(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Actor() actor: AuditActor,
  ) {
    return this.assessments.close(member.organizationId, id, actor);
  }

  @Post('assessments/:id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive: hidden from lists, links stop working' })
  @ApiOkResponse({
    description: 'The archived assessment',
    type: AssessmentDto,
  })
  @ApiProblems({ 409: 'The assessment cannot be archived from its status' })
  archive(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Actor() actor: AuditActor,
  ) {
    return this.assessments.archive(member.organizationId, id, actor);
  }

  @Post('assessments/:id/invitations')
  @Idempotent()
  @ApiOperation({
    summary: 'Invite up to 500 candidates (emails them); the same email returns its invitation',
  })
  @ApiProblems({ 409: 'The assessment is not open', 429: 'The daily invitation quota is used up' })
  @ApiCreatedResponse({ type: InvitationListDto, description: 'Each invitation, new or existing' })
  invite(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: InviteCandidatesDto,
    @Actor() actor: AuditActor,
  ) {
    return this.invitations.invite(member.organizationId, id, dto, actor);
  }

  @Post('assessments/:id/invitations/:invitationId/resend')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Email the invitation again (renewing an expired one)',
    operationId: 'assessments.resendInvitation',
  })
  @ApiOkResponse({ description: 'The invitation', type: InvitationDto })
  @ApiProblems({
    409: 'The invitation is revoked or the assessment is not open',
    429: 'A resend quota is used up',
  })
  resend(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Param('invitationId', ParseIdPipe) invitationId: string,
    @Actor() actor: AuditActor,
  ) {
    return this.invitations.resend(member.organizationId, id, invitationId, actor);
  }

  @Post('assessments/:id/invitations/:invitationId/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw the invitation: its link answers 410 from now on',
    operationId: 'assessments.revokeInvitation',
  })
  @ApiOkResponse({
    description: 'The revoked invitation',
    type: InvitationDto,
  })
  revoke(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Param('invitationId', ParseIdPipe) invitationId: string,
    @Actor() actor: AuditActor,
  ) {
    return this.invitations.revoke(member.organizationId, id, invitationId, actor);
  }

  @Patch('assessments/:id/invitations/:invitationId')
  @ApiOperation({ summary: 'Set a candidate’s accommodations (extra time, untimed) before they start' })
  @ApiOkResponse({ description: 'The invitation with its accommodations', type: InvitationDto })
  @ApiProblems({ 409: 'The candidate has started, or the invitation is revoked' })
  setAccommodations(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Param('invitationId', ParseIdPipe) invitationId: string,
    @Body() dto: SetAccommodationsDto,
    @Actor() actor: AuditActor,
  ) {
    return this.invitations.setAccommodations(
      member.organizationId,
      id,
      invitationId,
      dto.accommodations,
      actor,
    );
  }

  @Get('assessments/:id/candidates')
  @ApiOperation({
    summary: 'Candidates with status and scores; sort=-score puts unscored last',
    operationId: 'assessments.listCandidates',
  })
  @ApiOkResponse({ type: CandidatePageDto })
  candidates(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ListCandidatesQuery,
  ) {
    return this.invitations.listCandidates(member.organizationId, id, query);
  }

  @Get('assessments/:id/candidates.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every candidate as CSV', operationId: 'assessments.exportCandidatesCsv' })
  @ApiOkResponse({
    description: 'Best score first',
    content: { 'text/csv': { schema: { type: 'string', description: 'RFC 4180, with a header row' } } },
  })
  candidatesCsv(@CurrentMember() member: AuthenticatedMember, @Param('id', ParseIdPipe) id: string) {
    return this.invitations.candidatesCsv(member.organizationId, id);
  }
}
