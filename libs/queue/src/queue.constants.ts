import type { JobsOptions } from 'bullmq';

/** Queue names. Frozen: renaming one strands every job already waiting in Redis. */
export const QUEUES = Object.freeze({
  GRADING: 'grading',
  MAIL: 'mail',
  NOTIFICATIONS: 'notifications',
  WEBHOOKS: 'webhooks',
  DEADLINES: 'deadlines',
  MAINTENANCE: 'maintenance',
  /** Retention, candidates' erasure requests and organization deletions (issue 18). */
  PRIVACY: 'privacy',
  SYSTEM: 'system',
  /** The outbox's own upkeep: retention of relayed rows and expired idempotency keys. */
  OUTBOX: 'outbox',
  /** Item statistics, reliability and norms, recomputed after each grading (never on a request). */
  ANALYTICS: 'analytics',
  /** Request/response: a candidate's "Run examples" / "Run query", run by a worker (docs/decisions/0701). */
  SANDBOX_RUNS: 'sandbox-runs',
} as const);
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const ALL_QUEUES: readonly QueueName[] = Object.freeze(Object.values(QUEUES));

/** Job names, per queue. Frozen for the same reason. */
export const JOBS = Object.freeze({
  GRADE_ATTEMPT: 'grade-attempt',
  REGRADE_ATTEMPT: 'regrade-attempt',
  SEND_MAIL: 'send-mail',
  ATTEMPT_GRADED: 'attempt-graded',
  DELIVER_WEBHOOK: 'deliver-webhook',
  AUTO_SUBMIT: 'auto-submit',
  RECONCILE: 'reconcile',
  CANDIDATE_ERASED: 'candidate-erased',
  RETENTION: 'retention',
  PING: 'ping',
  UPDATE_STATISTICS: 'update-statistics',
  RUN_ANSWER: 'run-answer',
  OUTBOX_RETENTION: 'outbox-retention',
} as const);
export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** Outbox event types: what happened, written in the same transaction as the change. */
export const EVENTS = Object.freeze({
  ATTEMPT_STARTED: 'attempt.started',
  ATTEMPT_SUBMITTED: 'attempt.submitted',
  ATTEMPT_GRADED: 'attempt.graded',
  ATTEMPT_REGRADE_REQUESTED: 'attempt.regrade-requested',
  MAIL_REQUESTED: 'mail.requested',
  WEBHOOK_TEST_REQUESTED: 'webhook.test-requested',
  CANDIDATE_ERASED: 'candidate.erased',
  /** A webhook_deliveries row was created: deliver it. */
  WEBHOOK_DELIVERY_REQUESTED: 'webhook.delivery-requested',
  SYSTEM_PING: 'system.ping',
  /** A result revision was stored: its items, assessment and norm group need their statistics updated. */
  STATISTICS_REQUESTED: 'statistics.requested',
} as const);
export type EventType = (typeof EVENTS)[keyof typeof EVENTS];

const DAY = 24 * 3600;

/** Answers saved within this long after the deadline still count (network latency, clock skew). */
export const AUTO_SUBMIT_GRACE_MS = 5_000;

/** Retry presets. Exponential backoff with jitter, bounded history in Redis. */
export const RETRY = Object.freeze({
  /** Grading: a few quick retries; a poison attempt ends as grading_error instead of looping. */
  grading: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
    removeOnComplete: { age: DAY, count: 10_000 },
    removeOnFail: { age: 7 * DAY, count: 10_000 },
  },
  /** Mail: providers fail transiently for minutes. */
  mail: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000, jitter: 0.5 },
    removeOnComplete: { age: DAY, count: 5_000 },
    removeOnFail: { age: 7 * DAY, count: 5_000 },
  },
  /** Webhooks: about a day of retries (5 s doubling, 15 attempts ≈ 22.7 h in total). */
  webhooks: {
    attempts: 15,
    backoff: { type: 'exponential', delay: 5_000, jitter: 0.3 },
    removeOnComplete: { age: DAY, count: 10_000 },
    removeOnFail: { age: 7 * DAY, count: 10_000 },
  },
  standard: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
    removeOnComplete: { age: DAY, count: 1_000 },
    removeOnFail: { age: 7 * DAY, count: 1_000 },
  },
} satisfies Record<string, JobsOptions>);
