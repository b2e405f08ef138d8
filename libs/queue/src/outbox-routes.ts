import type { JobsOptions } from 'bullmq';
import { AUTO_SUBMIT_GRACE_MS, EVENTS, JOBS, QUEUES, QueueName, RETRY } from './queue.constants';

export interface OutboxRow {
  id: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export interface Route {
  queue: QueueName;
  job: string;
  /** Deterministic, so relaying the same row twice adds one job. */
  jobId(row: OutboxRow): string;
  data(row: OutboxRow): Record<string, string | string[]>;
  options: JobsOptions;
  /** Per-row options, e.g. a delay computed from the payload. */
  extraOptions?(row: OutboxRow, now: Date): JobsOptions;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Where each outbox event goes. Jobs carry what their processor needs (non-secret ids and data), so no
 * processor reads the outbox: relayed rows are deleted after OUTBOX_RETENTION_HOURS.
 */
export const OUTBOX_ROUTES: Readonly<Record<string, Route>> = Object.freeze({
  [EVENTS.ATTEMPT_SUBMITTED]: {
    queue: QUEUES.GRADING,
    job: JOBS.GRADE_ATTEMPT,
    jobId: (row) => `attempt-${row.aggregateId}`,
    data: (row) => ({ attemptId: row.aggregateId }),
    options: RETRY.grading,
  },
  // A re-grade asked for by a person: a new job each time (the request's outbox row id), same queue.
  [EVENTS.ATTEMPT_REGRADE_REQUESTED]: {
    queue: QUEUES.GRADING,
    job: JOBS.REGRADE_ATTEMPT,
    jobId: (row) => `regrade-${row.id}`,
    data: (row) => ({
      attemptId: row.aggregateId,
      requestId: row.id,
      requestedBy: typeof row.payload.requestedBy === 'string' ? row.payload.requestedBy : '',
    }),
    options: RETRY.grading,
  },
  [EVENTS.ATTEMPT_GRADED]: {
    queue: QUEUES.NOTIFICATIONS,
    job: JOBS.ATTEMPT_GRADED,
    jobId: (row) => `graded-${row.id}`,
    data: (row) => ({
      attemptId: row.aggregateId,
      eventId: row.id,
      resultId: typeof row.payload.resultId === 'string' ? row.payload.resultId : '',
      occurredAt: row.createdAt.toISOString(),
    }),
    options: RETRY.standard,
  },
  // A test delivery asked for in the console: one try, so its result shows at once in the deliveries list.
  [EVENTS.WEBHOOK_TEST_REQUESTED]: {
    queue: QUEUES.WEBHOOKS,
    job: JOBS.DELIVER_WEBHOOK,
    jobId: (row) => `webhook-${row.aggregateId}`,
    data: (row) => ({ deliveryId: row.aggregateId }),
    options: { ...RETRY.webhooks, attempts: 1 },
  },
  [EVENTS.MAIL_REQUESTED]: {
    queue: QUEUES.MAIL,
    job: JOBS.SEND_MAIL,
    jobId: (row) => `mail-${row.id}`,
    // The request (with its links and tokens) is in mail_requests; the job carries its id only.
    data: (row) => ({ mailRequestId: row.aggregateId }),
    options: RETRY.mail,
  },
  [EVENTS.ATTEMPT_STARTED]: {
    queue: QUEUES.DEADLINES,
    job: JOBS.AUTO_SUBMIT,
    jobId: (row) => `autosubmit-${row.aggregateId}`,
    data: (row) => ({ attemptId: row.aggregateId }),
    options: RETRY.standard,
    // Fires at the deadline; the reconciler catches any that Redis lost.
    extraOptions: (row, now) => {
      const deadline = Date.parse(String(row.payload.deadlineAt ?? ''));
      return Number.isFinite(deadline)
        ? { delay: Math.max(0, deadline - now.getTime() + AUTO_SUBMIT_GRACE_MS) }
        : {};
    },
  },
  // Erasure fans out to the organization's webhooks. The row's payload holds ids only (no one is left to
  // name), and the job carries them all, so the notifier never reads the outbox.
  [EVENTS.CANDIDATE_ERASED]: {
    queue: QUEUES.NOTIFICATIONS,
    job: JOBS.CANDIDATE_ERASED,
    jobId: (row) => `erased-${row.id}`,
    data: (row) => ({
      eventId: row.id,
      organizationId: text(row.payload.organizationId),
      erasureId: text(row.payload.erasureId),
      invitationIds: ids(row.payload.invitationIds),
      attemptIds: ids(row.payload.attemptIds),
      reason: text(row.payload.reason) || 'request',
      erasedAt: text(row.payload.erasedAt) || row.createdAt.toISOString(),
    }),
    options: RETRY.standard,
  },
  [EVENTS.STATISTICS_REQUESTED]: {
    queue: QUEUES.ANALYTICS,
    job: JOBS.UPDATE_STATISTICS,
    jobId: (row) => `statistics-${row.id}`,
    data: (row) => ({ attemptId: row.aggregateId }),
    options: RETRY.standard,
  },
  // One job per delivery row; the processor reads the row (payload, endpoint) and records every attempt.
  [EVENTS.WEBHOOK_DELIVERY_REQUESTED]: {
    queue: QUEUES.WEBHOOKS,
    job: JOBS.DELIVER_WEBHOOK,
    jobId: (row) => `webhook-${row.aggregateId}`,
    data: (row) => ({ deliveryId: row.aggregateId }),
    options: RETRY.webhooks,
  },
  [EVENTS.SYSTEM_PING]: {
    queue: QUEUES.SYSTEM,
    job: JOBS.PING,
    jobId: (row) => `ping-${row.aggregateId}`,
    data: (row) => ({ pingId: row.aggregateId }),
    options: RETRY.standard,
  },
});
