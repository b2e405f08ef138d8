import type { JobsOptions } from 'bullmq';
import { AUTO_SUBMIT_GRACE_MS, EVENTS, JOBS, QUEUES, QueueName, RETRY } from './queue.constants';

export interface OutboxRow {
  id: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

export interface Route {
  queue: QueueName;
  job: string;
  /** Deterministic, so relaying the same row twice adds one job. */
  jobId(row: OutboxRow): string;
  data(row: OutboxRow): Record<string, string>;
  options: JobsOptions;
  /** Per-row options, e.g. a delay computed from the payload. */
  extraOptions?(row: OutboxRow, now: Date): JobsOptions;
}

/** Where each outbox event goes. Payloads carry ids only. */
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
    data: (row) => ({ attemptId: row.aggregateId, requestId: row.id }),
    options: RETRY.grading,
  },
  [EVENTS.ATTEMPT_GRADED]: {
    queue: QUEUES.NOTIFICATIONS,
    job: JOBS.ATTEMPT_GRADED,
    jobId: (row) => `graded-${row.id}`,
    data: (row) => ({ attemptId: row.aggregateId, eventId: row.id }),
    options: RETRY.standard,
  },
  [EVENTS.MAIL_REQUESTED]: {
    queue: QUEUES.MAIL,
    job: JOBS.SEND_MAIL,
    jobId: (row) => `mail-${row.id}`,
    data: (row) => ({ outboxId: row.id }),
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
  // Erasure fans out to the organization's webhooks; the row's payload holds ids only.
  [EVENTS.CANDIDATE_ERASED]: {
    queue: QUEUES.NOTIFICATIONS,
    job: JOBS.CANDIDATE_ERASED,
    jobId: (row) => `erased-${row.id}`,
    data: (row) => ({ eventId: row.id }),
    options: RETRY.standard,
  },
  [EVENTS.STATISTICS_REQUESTED]: {
    queue: QUEUES.ANALYTICS,
    job: JOBS.UPDATE_STATISTICS,
    jobId: (row) => `statistics-${row.id}`,
    data: (row) => ({ attemptId: row.aggregateId }),
    options: RETRY.standard,
  },
  [EVENTS.SYSTEM_PING]: {
    queue: QUEUES.SYSTEM,
    job: JOBS.PING,
    jobId: (row) => `ping-${row.aggregateId}`,
    data: (row) => ({ pingId: row.aggregateId }),
    options: RETRY.standard,
  },
});
