import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AttemptsRepository } from '@assay/assessments';
import { AssayConfig, Clock } from '@assay/core';
import { requestMail } from '@assay/mail';
import { createWebhookDeliveries } from '@assay/organizations';
import { TransactionRunner } from '@assay/persistence';
import { EVENTS, JOBS, QUEUES, QueueRegistry, RETRY, appendToOutbox } from '@assay/queue';
import type { AttemptGradedJob, CandidateErasedJob } from '@assay/queue';
import { CandidateErasedNotifier } from './candidate-erased.notifier';
import { GradedAttemptRow, attemptGradedPayload } from './webhook-payload';

export const ATTEMPT_GRADED_EVENT = 'attempt.graded';

interface NotificationRow extends GradedAttemptRow {
  organization_id: string;
  assessment_title: string;
  creator_email: string | null;
  creator_notified_at: Date | null;
}

/**
 * `attempt.graded` fans out: an email to the assessment's creator (once per attempt, about its first
 * result) and one `webhook_deliveries` row + outbox event (→ `webhooks` job) per subscribed, enabled endpoint. All rows are
 * written in one transaction and are idempotent per (event, endpoint); the jobs have deterministic ids, so
 * running this job twice sends nothing twice.
 */
@Processor(QUEUES.NOTIFICATIONS)
export class AttemptGradedProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('AttemptGradedProcessor');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly queues: QueueRegistry,
    private readonly config: AssayConfig,
    private readonly clock: Clock,
    private readonly erased: CandidateErasedNotifier,
    private readonly attempts: AttemptsRepository,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  async process(
    job: Job<AttemptGradedJob | CandidateErasedJob>,
  ): Promise<{ deliveries: number; emailed: boolean }> {
    // The notifications queue has one worker; an erasure's webhooks go through it too.
    if (job.name === JOBS.CANDIDATE_ERASED) {
      const pending = await this.erased.prepare(job.data as CandidateErasedJob);
      await this.enqueueDeliveries(pending);
      return { deliveries: pending.length, emailed: false };
    }
    if (job.name !== JOBS.ATTEMPT_GRADED)
      throw new UnrecoverableError(`unknown notifications job ${job.name}`);
    const graded = job.data as AttemptGradedJob;
    const { attemptId, eventId } = graded;
    // The job carries the event's result and time (jobs relayed before they did: the current result, now).
    const resultId = graded.resultId || null;
    const occurredAt = graded.occurredAt ? new Date(graded.occurredAt) : this.clock.now();
    const outcome = await this.tx.run(async (m) => {
      // The result the event announced (a later revision has its own event); the current one if unknown.
      const rows: NotificationRow[] = await m.query(
        `SELECT t.id AS attempt_id, t.organization_id, t.assessment_id, t.invitation_id, t.creator_notified_at,
                i.email, i.full_name, a.title AS assessment_title, u.email AS creator_email,
                r.score, r.max_score, r.percentage, r.passed, r.recommended_level, r.revision, r.reason
           FROM attempts t
           JOIN candidate_invitations i ON i.id = t.invitation_id
           JOIN assessments a ON a.id = t.assessment_id
           JOIN attempt_results r ON r.attempt_id = t.id AND (r.id = $2::uuid OR ($2::uuid IS NULL AND r.is_current))
           LEFT JOIN users u ON u.id = a.created_by_user_id
          WHERE t.id = $1
          FOR UPDATE OF t`,
        [attemptId, resultId],
      );
      const row = rows[0];
      if (!row) return { pending: [] as string[], emailed: false };

      let emailed = false;
      if (!row.creator_notified_at && row.creator_email) {
        await this.attempts.markCreatorNotified(m, attemptId);
        await requestMail(m, {
          template: 'attempt-graded',
          to: row.creator_email,
          aggregateId: attemptId,
          params: {
            assessmentTitle: row.assessment_title,
            candidateName: row.full_name,
            candidateEmail: row.email,
            percentage: String(Number(row.percentage)),
            passed: String(row.passed),
            recommendedLevel: row.recommended_level ?? 'none',
            url: `${this.config.appUrl}/attempts/${attemptId}`,
          },
        });
        emailed = true;
      }

      const endpoints: { id: string }[] = await m.query(
        `SELECT id FROM webhook_endpoints
          WHERE organization_id = $1 AND $2 = ANY(events) AND disabled_at IS NULL
          ORDER BY id`,
        [row.organization_id, ATTEMPT_GRADED_EVENT],
      );
      // Pending ones, including those of an earlier run whose jobs may not have reached Redis.
      const pending = await createWebhookDeliveries(m, {
        organizationId: row.organization_id,
        event: ATTEMPT_GRADED_EVENT,
        eventId,
        payload: attemptGradedPayload(row, occurredAt),
        endpointIds: endpoints.map((e) => e.id),
      });
      // Delivered through the outbox like every other job: committed with the rows, relayed to `webhooks`.
      await appendToOutbox(
        m,
        ...pending.map((id) => ({ type: EVENTS.WEBHOOK_DELIVERY_REQUESTED, aggregateId: id })),
      );
      return { pending, emailed };
    });
    this.logger.log(
      { attemptId, eventId, deliveries: outcome.pending.length, emailed: outcome.emailed },
      'attempt.graded notifications queued',
    );
    return { deliveries: outcome.pending.length, emailed: outcome.emailed };
  }

  /** An erasure's deliveries (prepared by CandidateErasedNotifier outside the outbox). */
  private async enqueueDeliveries(deliveryIds: string[]): Promise<void> {
    const webhooks = this.queues.get(QUEUES.WEBHOOKS);
    for (const deliveryId of deliveryIds) {
      await webhooks.add(
        JOBS.DELIVER_WEBHOOK,
        { deliveryId },
        { ...RETRY.webhooks, jobId: `webhook-${deliveryId}` },
      );
    }
  }
}
