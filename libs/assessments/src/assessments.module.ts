import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@assay/organizations';
import { RequirementsModule } from '@assay/requirements';
import { RolesModule } from '@assay/roles';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { AttemptSubmission } from './attempt-submission';
import { AttemptsRepository } from './attempts/attempts.repository';
import { CandidateDataService } from './candidates/candidate-data.service';
import { CandidateEraser } from './candidates/candidate-eraser';
import { CandidatesController } from './candidates/candidates.controller';
import { ErasureConfirmController } from './candidates/erasure-confirm.controller';
import { ErasureRequestsService } from './candidates/erasure-requests.service';
import {
  AnswerEntity,
  AssessmentEntity,
  AssessmentQuestionEntity,
  AttemptEntity,
  CandidateInvitationEntity,
  ProctoringEventEntity,
  RESULT_ENTITIES,
} from './entities';
import { InvitationsService } from './invitations.service';
import { ResultsController } from './results/results.controller';
import { ResultStatisticsReader } from './results/result-statistics.reader';
import { ResultsRepository } from './results/results.repository';
import { ResultsService } from './results/results.service';
import { TakeController } from './take/take.controller';
import { TakeService } from './take/take.service';
import { AnswerAutosaveRoute } from './take/answer-autosave.route';
import { AnswerRunner } from './take/answer-runner';

export const ASSESSMENT_ENTITIES = [
  AssessmentEntity,
  AssessmentQuestionEntity,
  CandidateInvitationEntity,
  AttemptEntity,
  AnswerEntity,
  ProctoringEventEntity,
  ...RESULT_ENTITIES,
];

/** The HTTP side: organizations compose, publish and invite; candidates take. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ASSESSMENT_ENTITIES),
    RolesModule,
    RequirementsModule,
    OrganizationsModule,
  ],
  controllers: [
    AssessmentsController,
    TakeController,
    ResultsController,
    CandidatesController,
    ErasureConfirmController,
  ],
  providers: [
    AssessmentsService,
    InvitationsService,
    TakeService,
    AnswerAutosaveRoute,
    AnswerRunner,
    AttemptsRepository,
    AttemptSubmission,
    ResultsRepository,
    ResultsService,
    CandidateEraser,
    CandidateDataService,
    ErasureRequestsService,
    ResultStatisticsReader,
  ],
  exports: [
    AssessmentsService,
    InvitationsService,
    AttemptsRepository,
    AttemptSubmission,
    AnswerAutosaveRoute,
  ],
})
export class AssessmentsModule {}
