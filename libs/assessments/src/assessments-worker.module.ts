import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttemptSubmission } from './attempt-submission';
import { AutoSubmitProcessor } from './auto-submit.processor';
import { AttemptEntity } from './entities';

/** The worker side: submits attempts at their deadline. */
@Module({
  imports: [TypeOrmModule.forFeature([AttemptEntity])],
  providers: [AttemptSubmission, AutoSubmitProcessor],
  exports: [AttemptSubmission],
})
export class AssessmentsWorkerModule {}
