import { attemptGradedPayload, webhookBody } from './webhook-payload';

describe('attempt.graded webhook body', () => {
  const row = {
    attempt_id: 'a1',
    assessment_id: 's1',
    invitation_id: 'i1',
    email: 'ada@example.com',
    full_name: 'Ada Lovelace',
    score: '41.50',
    max_score: '60.00',
    percentage: '69.17',
    passed: true,
    recommended_level: 'mid',
    revision: 1,
    reason: 'initial',
  };

  it('carries the documented fields, numbers as numbers', () => {
    const payload = attemptGradedPayload(row, new Date('2026-11-27T10:00:00Z'));
    expect(payload).toEqual({
      type: 'attempt.graded',
      timestamp: '2026-11-27T10:00:00.000Z',
      data: {
        assessmentId: 's1',
        invitationId: 'i1',
        attemptId: 'a1',
        candidate: { email: 'ada@example.com', fullName: 'Ada Lovelace' },
        score: 41.5,
        maxScore: 60,
        percentage: 69.17,
        passed: true,
        recommendedLevel: 'mid',
        revision: 1,
        reason: 'initial',
      },
    });
  });

  it('serializes in the documented order whatever order the stored jsonb came back in', () => {
    const payload = attemptGradedPayload(row, new Date('2026-11-27T10:00:00Z'));
    const shuffled = JSON.parse(
      JSON.stringify({ data: { ...payload.data }, timestamp: payload.timestamp, type: payload.type }),
    );
    const body = webhookBody(shuffled);
    expect(body).toBe(JSON.stringify(payload));
    expect(body.startsWith('{"type":"attempt.graded","timestamp":')).toBe(true);
    expect(webhookBody({ type: 'attempt.graded' })).toBe('{"type":"attempt.graded"}');
  });
});
