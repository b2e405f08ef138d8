import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttemptSubmission } from '../attempt-submission';
import { AssayConfig } from '@assay/core';
import { TransactionRunner } from '@assay/persistence';
import { AUTO_SUBMIT_GRACE_MS, JOBS, QUEUES, QueueRegistry, RETRY } from '@assay/queue';

/** Job states in which a grading job will still run by itself. */
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/** Per pass, so one pass stays short however large the backlog. */
const BATCH = 500;

/** A deadline's own auto-submit job gets this long (beyond the grace) before the reconciler steps in. */
export const MISSED_DEADLINE_SLACK_MS = 30_000;

/** How often the reconciler runs: a quarter of RECONCILE_AFTER_SECONDS, between 1 and 30 s. */
export function reconcileIntervalMs(reconcileAfterSeconds: number): number {
  return Math.min(30_000, Math.max(1_000, reconcileAfterSeconds * 250));
}

/**
 * What Redis lost, the database still knows. Re-enqueues attempts left `submitted` longer than
 * RECONCILE_AFTER_SECONDS whose grading job is gone (Redis flushed or restored, relay crashed between
 * add and commit), and submits attempts whose deadline passed while their auto-submit job was lost.
 * See docs/decisions/0502-grading-reconciler.md.
 */
@Injectable()
export class GradingReconciler {
  private readonly logger = new Logger('GradingReconciler');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly submission: AttemptSubmission,
    private readonly queues: QueueRegistry,
    private readonly config: AssayConfig,
  ) {}

  /** `afterSeconds`: how long an attempt must have been `submitted`; 0 right after Redis lost its data. */
  async reconcileOnce(
    afterSeconds = this.config.worker.reconcileAfterSeconds,
  ): Promise<{ submitted: number; requeued: number }> {
    const missed: { id: string }[] = await this.db.query(
      `SELECT id FROM attempts
        WHERE status = 'in_progress' AND deadline_at < now() - make_interval(secs => $1)
        ORDER BY deadline_at LIMIT $2`,
      [(AUTO_SUBMIT_GRACE_MS + MISSED_DEADLINE_SLACK_MS) / 1000, BATCH],
    );
    let submitted = 0;
    for (const { id } of missed) {
      const outcome = await this.tx.run((m) => this.submission.submit(m, id, 'timeout'));
      if (outcome.submitted) submitted += 1;
    }

    const stuck: { id: string }[] = await this.db.query(
      `SELECT id FROM attempts
        WHERE status = 'submitted' AND submitted_at < now() - make_interval(secs => $1)
        ORDER BY submitted_at LIMIT $2`,
      [afterSeconds, BATCH],
    );
    let requeued = 0;
    for (const { id } of stuck) {
      if (await this.ensureQueued(id)) requeued += 1;
    }
    if (submitted || requeued) {
      this.logger.warn({ submitted, requeued }, 'reconciler recovered attempts the queue had lost');
    }
    return { submitted, requeued };
  }

  /**
   * Makes sure `attempt-<id>` will run. A job still waiting or running is left alone (a backlog is not a
   * loss). A finished job under that id — Redis keeps completed and failed jobs for a while, and adding an
   * existing id is a no-op — is removed first, so the job added is a fresh one with the canonical id.
   */
  async ensureQueued(attemptId: string): Promise<boolean> {
    const queue = this.queues.get(QUEUES.GRADING);
    const jobId = `attempt-${attemptId}`;
    const existing = await queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (LIVE_STATES.has(state)) return false;
      await existing.remove().catch(() => undefined);
    }
    await queue.add(JOBS.GRADE_ATTEMPT, { attemptId }, { ...RETRY.grading, jobId });
    this.logger.warn({ attemptId, previous: existing ? 'finished' : 'missing' }, 'grading job re-enqueued');
    return true;
  }
}
