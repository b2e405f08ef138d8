/** The body of an `attempt.graded` webhook (and what the creator's email says). */
export interface AttemptGradedPayload {
  type: 'attempt.graded';
  /** When the result was recorded (ISO 8601). */
  timestamp: string;
  data: {
    assessmentId: string;
    invitationId: string;
    attemptId: string;
    candidate: { email: string; fullName: string };
    score: number;
    maxScore: number;
    percentage: number;
    passed: boolean;
    recommendedLevel: string | null;
    /** The result revision (1 = first grading; later ones come from a re-grade or a hand-scored essay). */
    revision: number;
    reason: string;
  };
}

export interface GradedAttemptRow {
  attempt_id: string;
  assessment_id: string;
  invitation_id: string;
  email: string;
  full_name: string;
  score: string;
  max_score: string;
  percentage: string;
  passed: boolean;
  recommended_level: string | null;
  revision: number;
  reason: string;
}

export function attemptGradedPayload(row: GradedAttemptRow, at: Date): AttemptGradedPayload {
  return {
    type: 'attempt.graded',
    timestamp: at.toISOString(),
    data: {
      assessmentId: row.assessment_id,
      invitationId: row.invitation_id,
      attemptId: row.attempt_id,
      candidate: { email: row.email, fullName: row.full_name },
      score: Number(row.score),
      maxScore: Number(row.max_score),
      percentage: Number(row.percentage),
      passed: row.passed,
      recommendedLevel: row.recommended_level,
      revision: Number(row.revision),
      reason: row.reason,
    },
  };
}

/**
 * The body bytes of a delivery. The payload is stored as jsonb (which reorders keys), so the body is
 * rebuilt in the documented field order; every attempt of a delivery sends the same bytes.
 */
export function webhookBody(stored: Record<string, unknown>): string {
  const p = stored as unknown as AttemptGradedPayload;
  const d = p.data;
  if (p.type !== 'attempt.graded' || typeof d !== 'object' || d === null) return JSON.stringify(stored);
  return JSON.stringify({
    type: p.type,
    timestamp: p.timestamp,
    data: {
      assessmentId: d.assessmentId,
      invitationId: d.invitationId,
      attemptId: d.attemptId,
      candidate: { email: d.candidate?.email, fullName: d.candidate?.fullName },
      score: d.score,
      maxScore: d.maxScore,
      percentage: d.percentage,
      passed: d.passed,
      recommendedLevel: d.recommendedLevel,
      revision: d.revision,
      reason: d.reason,
    },
  });
}
