import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { Clock } from '@assay/core';
import { TransactionRunner } from '@assay/persistence';
import { AUTO_SUBMIT_GRACE_MS, QUEUES } from '@assay/queue';
import { AttemptSubmission } from './attempt-submission';

/** Auto-submit job payload (ids only). */
export interface AutoSubmitJob {
  attemptId: string;
}

/**
 * Submits an attempt that reached its deadline, exactly as a candidate's submission would (reason `timeout`).
 * Idempotent: an attempt already submitted is left alone. Scheduled at start through the outbox; the
 * reconciler catches any job that Redis lost.
 */
@Processor(QUEUES.DEADLINES)
export class AutoSubmitProcessor extends WorkerHost {
  private readonly logger = new Logger(AutoSubmitProcessor.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly submission: AttemptSubmission,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job<AutoSubmitJob>): Promise<string> {
    const { attemptId } = job.data;
    return this.tx.run(async (m) => {
      const rows: { deadline_at: Date; status: string }[] = await m.query(
        `SELECT deadline_at, status FROM attempts WHERE id = $1 FOR UPDATE`,
        [attemptId],
      );
      const attempt = rows[0];
      if (!attempt || attempt.status !== 'in_progress') return 'nothing-to-do';
      const due = attempt.deadline_at.getTime() + AUTO_SUBMIT_GRACE_MS;
      if (this.clock.now().getTime() < due - 1000) {
        // Early (clock skew between hosts): try again later; BullMQ retries with backoff.
        throw new Error(`attempt ${attemptId} is not due until ${new Date(due).toISOString()}`);
      }
      await this.submission.submit(m, attemptId, 'timeout');
      this.logger.log({ attemptId }, 'attempt submitted at its deadline');
      return 'submitted';
    });
  }
}
