import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENTS, appendToOutbox } from '@assay/queue';
import { AttemptsRepository } from './attempts/attempts.repository';
import type { SubmitReason } from './entities';

export interface SubmitOutcome {
  submitted: boolean;
  status: string;
  submittedAt: Date | null;
}

/**
 * Submitting, by the candidate or at the deadline: in one transaction the attempt becomes `submitted` and
 * an `attempt.submitted` outbox row is written (the relay hands it to grading). Idempotent: a second
 * submission changes nothing and reports the first one.
 */
@Injectable()
export class AttemptSubmission {
  constructor(private readonly attempts: AttemptsRepository) {}

  async submit(m: EntityManager, attemptId: string, reason: SubmitReason): Promise<SubmitOutcome> {
    const updated = await this.attempts.submit(m, attemptId, reason);
    if (updated) {
      await appendToOutbox(m, {
        type: EVENTS.ATTEMPT_SUBMITTED,
        aggregateId: attemptId,
        payload: { reason },
      });
      return { submitted: true, status: 'submitted', submittedAt: updated.submittedAt };
    }
    const rows: { status: string; submitted_at: Date | null }[] = await m.query(
      `SELECT status, submitted_at FROM attempts WHERE id = $1`,
      [attemptId],
    );
    return {
      submitted: false,
      status: rows[0]?.status ?? 'unknown',
      submittedAt: rows[0]?.submitted_at ?? null,
    };
  }
}
