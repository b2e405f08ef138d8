import { Module } from '@nestjs/common';
import { AdminQuestionStatisticsController, StatisticsController } from './statistics.controller';
import { StatisticsProcessor } from './statistics.processor';
import { StatisticsService } from './statistics.service';
import { StatisticsUpdater } from './statistics-updater';

/** The HTTP side of item statistics, reliability and norms (reads only). */
@Module({
  controllers: [StatisticsController, AdminQuestionStatisticsController],
  providers: [StatisticsService],
})
export class StatisticsModule {}

/** The worker side: the analytics queue's processor, which computes and stores them after grading. */
@Module({
  providers: [StatisticsUpdater, StatisticsProcessor],
})
export class StatisticsWorkerModule {}
