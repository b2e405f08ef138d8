import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttemptSubmission } from './attempt-submission';
import { AttemptsRepository } from './attempts/attempts.repository';
import { AutoSubmitProcessor } from './auto-submit.processor';
import { CandidateEraser } from './candidates/candidate-eraser';
import { PrivacyProcessor, RetentionSchedule } from './candidates/privacy.processor';
import { RetentionService } from './candidates/retention.service';
import { AttemptEntity } from './entities';

/** The worker side: submits attempts at their deadline; erases candidates past retention. */
@Module({
  imports: [TypeOrmModule.forFeature([AttemptEntity])],
  providers: [
    AttemptsRepository,
    AttemptSubmission,
    AutoSubmitProcessor,
    CandidateEraser,
    RetentionService,
    PrivacyProcessor,
    RetentionSchedule,
  ],
  exports: [AttemptsRepository, AttemptSubmission, RetentionService],
})
export class AssessmentsWorkerModule {}
