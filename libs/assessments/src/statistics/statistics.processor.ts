import { Logger } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QUEUES } from '@assay/queue';
import type { UpdateStatisticsJob } from '@assay/queue';
import { StatisticsUpdater } from './statistics-updater';

/**
 * The analytics queue: `update-statistics` after every stored result revision (initial, re-grade, hand
 * score). One job at a time per worker; the updater also serializes across workers.
 */
@Processor(QUEUES.ANALYTICS, { concurrency: 1 })
export class StatisticsProcessor extends WorkerHost {
  private readonly logger = new Logger('StatisticsProcessor');

  constructor(private readonly updater: StatisticsUpdater) {
    super();
  }

  async process(job: Job<UpdateStatisticsJob>): Promise<string> {
    const started = Date.now();
    const outcome = await this.updater.update(job.data.attemptId);
    this.logger.debug(
      { attemptId: job.data.attemptId, outcome, ms: Date.now() - started },
      'statistics updated',
    );
    return outcome;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<UpdateStatisticsJob> | undefined, error: Error): void {
    this.logger.warn({ attemptId: job?.data.attemptId, err: error.message }, 'statistics job failed');
  }
}
