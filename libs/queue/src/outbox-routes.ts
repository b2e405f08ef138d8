import type { JobsOptions } from 'bullmq';
import { EVENTS, JOBS, QUEUES, QueueName, RETRY } from './queue.constants';

export interface OutboxRow {
  id: string;
  type: string;
  aggregateId: string;
}

export interface Route {
  queue: QueueName;
  job: string;
  /** Deterministic, so relaying the same row twice adds one job. */
  jobId(row: OutboxRow): string;
  data(row: OutboxRow): Record<string, string>;
  options: JobsOptions;
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
  [EVENTS.SYSTEM_PING]: {
    queue: QUEUES.SYSTEM,
    job: JOBS.PING,
    jobId: (row) => `ping-${row.aggregateId}`,
    data: (row) => ({ pingId: row.aggregateId }),
    options: RETRY.standard,
  },
});
