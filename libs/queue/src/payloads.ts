/** Job payloads carry ids only; processors reload state from the database. */
export interface PingJob {
  pingId: string;
}

/** `grade-attempt` on the grading queue (job id `attempt-<attemptId>`). */
export interface GradeAttemptJob {
  attemptId: string;
}

/** `regrade-attempt` on the grading queue; `requestId` is the request's outbox row id (one revision each). */
export interface RegradeAttemptJob {
  attemptId: string;
  requestId: string;
  /** Who asked (a user id), '' when unknown; carried so the grader never reads the outbox. */
  requestedBy?: string;
}

/** `attempt-graded` on the notifications queue; `eventId` is the `attempt.graded` outbox row id. */
export interface AttemptGradedJob {
  attemptId: string;
  eventId: string;
  /** The result revision the event announced ('' or absent: the current one). */
  resultId?: string;
  /** When the event was written (ISO 8601): the webhook payload's timestamp. */
  occurredAt?: string;
}

/** `deliver-webhook` on the webhooks queue (job id `webhook-<deliveryId>`). */
export interface DeliverWebhookJob {
  deliveryId: string;
}

/** `update-statistics` on the analytics queue; job id `statistics-<outbox row id>`. */
export interface UpdateStatisticsJob {
  attemptId: string;
}
