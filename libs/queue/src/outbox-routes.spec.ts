import { EVENTS, QUEUES } from './queue.constants';
import { OUTBOX_ROUTES, OutboxRow } from './outbox-routes';

const row = (type: string, payload: Record<string, unknown> = {}): OutboxRow => ({
  id: '0193a0b0-0000-7000-8000-000000000001',
  type,
  aggregateId: '0193a0b0-0000-7000-8000-0000000000aa',
  payload,
  createdAt: new Date('2026-12-02T10:00:00.000Z'),
});

describe('outbox routes: jobs carry what their processor needs, never a reason to read the outbox', () => {
  it('attempt.graded carries the result it announced and when', () => {
    const data = OUTBOX_ROUTES[EVENTS.ATTEMPT_GRADED].data(
      row(EVENTS.ATTEMPT_GRADED, { resultId: '0193a0b0-0000-7000-8000-0000000000bb' }),
    );
    expect(data).toEqual({
      attemptId: '0193a0b0-0000-7000-8000-0000000000aa',
      eventId: '0193a0b0-0000-7000-8000-000000000001',
      resultId: '0193a0b0-0000-7000-8000-0000000000bb',
      occurredAt: '2026-12-02T10:00:00.000Z',
    });
  });

  it('a re-grade request carries who asked', () => {
    const data = OUTBOX_ROUTES[EVENTS.ATTEMPT_REGRADE_REQUESTED].data(
      row(EVENTS.ATTEMPT_REGRADE_REQUESTED, { requestedBy: 'user-1' }),
    );
    expect(data.requestedBy).toBe('user-1');
    expect(data.requestId).toBe('0193a0b0-0000-7000-8000-000000000001');
  });

  it('an email job carries the mail request id only, whatever the row holds', () => {
    const route = OUTBOX_ROUTES[EVENTS.MAIL_REQUESTED];
    const data = route.data(row(EVENTS.MAIL_REQUESTED, { params: { url: 'https://x/?token=secret' } }));
    expect(data).toEqual({ mailRequestId: '0193a0b0-0000-7000-8000-0000000000aa' });
    expect(route.queue).toBe(QUEUES.MAIL);
  });

  it('candidate.erased carries the ids its webhook names, so the notifier reads nothing back', () => {
    const data = OUTBOX_ROUTES[EVENTS.CANDIDATE_ERASED].data(
      row(EVENTS.CANDIDATE_ERASED, {
        organizationId: 'org-1',
        erasureId: 'erasure-1',
        invitationIds: ['inv-1', 42, 'inv-2'],
        attemptIds: ['att-1'],
        reason: 'retention',
        erasedAt: '2026-12-02T09:00:00.000Z',
      }),
    );
    expect(data).toEqual({
      eventId: '0193a0b0-0000-7000-8000-000000000001',
      organizationId: 'org-1',
      erasureId: 'erasure-1',
      invitationIds: ['inv-1', 'inv-2'],
      attemptIds: ['att-1'],
      reason: 'retention',
      erasedAt: '2026-12-02T09:00:00.000Z',
    });
    // An older row without a time or reason: the row's own time, and a person's request.
    const bare = OUTBOX_ROUTES[EVENTS.CANDIDATE_ERASED].data(
      row(EVENTS.CANDIDATE_ERASED, { organizationId: 'o' }),
    );
    expect(bare).toMatchObject({ reason: 'request', erasedAt: '2026-12-02T10:00:00.000Z', attemptIds: [] });
  });

  it('webhook deliveries go through the outbox: one job per delivery row', () => {
    const route = OUTBOX_ROUTES[EVENTS.WEBHOOK_DELIVERY_REQUESTED];
    const r = row(EVENTS.WEBHOOK_DELIVERY_REQUESTED);
    expect(route.queue).toBe(QUEUES.WEBHOOKS);
    expect(route.jobId(r)).toBe('webhook-0193a0b0-0000-7000-8000-0000000000aa');
    expect(route.data(r)).toEqual({ deliveryId: '0193a0b0-0000-7000-8000-0000000000aa' });
  });
});
