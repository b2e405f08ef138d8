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

/**
 * `candidate-erased` on the notifications queue: the `candidate.erased` outbox row's id (the webhook's
 * idempotency key) and everything the webhook says, ids only.
 */
export interface CandidateErasedJob {
  eventId: string;
  organizationId: string;
  erasureId: string;
  invitationIds: string[];
  attemptIds: string[];
  reason: string;
  /** ISO 8601. */
  erasedAt: string;
}

/** `deliver-webhook` on the webhooks queue (job id `webhook-<deliveryId>`). */
export interface DeliverWebhookJob {
  deliveryId: string;
}

/** `update-statistics` on the analytics queue; job id `statistics-<outbox row id>`. */
export interface UpdateStatisticsJob {
  attemptId: string;
}

/**
 * `run-answer` on the sandbox-runs queue: a candidate's code against the question's *visible* tests only,
 * or a query against the question's fixture. Unlike the other jobs it carries its inputs (the API has
 * already stripped hidden tests), and the API waits for its return value.
 */
export type RunAnswerJob =
  | {
      type: 'code';
      functionName: string;
      languages: string[];
      timeLimitMs?: number;
      tests: { args: unknown[]; expected: unknown }[];
      response: { language: string; code: string };
    }
  | { type: 'sql'; schema: string; query: string; maxRows: number };

/** What a `run-answer` job returns. */
export type RunAnswerResult =
  | {
      type: 'code';
      verdict: string;
      compileError?: { message: string; line: number | null; column: number | null };
      message?: string;
      tests: {
        index: number;
        status: string;
        ms: number;
        expected?: string;
        actual?: string;
        message?: string;
        console?: string;
      }[];
    }
  | {
      type: 'sql';
      ok: boolean;
      message?: string;
      columns: string[];
      rows: unknown[][];
      truncated: boolean;
      ms?: number;
    };
