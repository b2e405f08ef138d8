import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { JOBS, QUEUES, QueueRegistry } from '@assay/queue';
import {
  type ApiBody,
  eventually,
  Http,
  inviteCandidates,
  mailbox,
  publishAssessment,
  SignedUp,
  signUp,
  startApi,
  startWorker,
  tokenFrom,
} from '@assay/testing';

type FieldError = NonNullable<ApiBody<'/api/v1/organization', 'patch', 400>['errors']>[number];
type ErasureRequest = ApiBody<'/api/v1/candidates/erasure-requests', 'get'>['items'][number];
type AuditEntry = ApiBody<'/api/v1/organization/audit-log', 'get'>['items'][number];

describe('retention of candidates’ personal data (real PostgreSQL, Redis)', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let ds: DataSource;
  let org: SignedUp;
  let patient: SignedUp;

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    http = new Http(app);
    ds = app.get(DataSource);
    org = await signUp(http);
    patient = await signUp(http);
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
  });

  /** Moves an invitation (and its attempt) `months` into the past. */
  async function age(invitationId: string, months: number, activityMonths = months) {
    await ds.query(
      `UPDATE candidate_invitations
          SET created_at = now() - make_interval(months => $2), last_sent_at = now() - make_interval(months => $2)
        WHERE id = $1`,
      [invitationId, months],
    );
    await ds.query(
      `UPDATE attempts SET started_at = now() - make_interval(months => $2),
              submitted_at = now() - make_interval(months => $2)
        WHERE invitation_id = $1`,
      [invitationId, activityMonths],
    );
  }

  it('is an organization setting, 24 months unless changed, validated and audited', async () => {
    const got = await http.get('/api/v1/organization', { token: org.accessToken });
    expect(got.body.candidateRetentionMonths).toBe(24);
    const bad = await http.patch(
      '/api/v1/organization',
      { candidateRetentionMonths: 0 },
      { token: org.accessToken },
    );
    expect(bad.status).toBe(400);
    expect(bad.problem.errors!.map((e: FieldError) => e.field)).toEqual(['candidateRetentionMonths']);
    const set = await http.patch(
      '/api/v1/organization',
      { candidateRetentionMonths: 60 },
      { token: patient.accessToken },
    );
    expect(set.status).toBe(200);
    expect(set.body.candidateRetentionMonths).toBe(60);
    const log = await http.get('/api/v1/organization/audit-log?action=organization.updated', {
      token: patient.accessToken,
    });
    expect(log.body.items[0].details).toEqual({ candidateRetentionMonths: 60 });
  });

  it('the scheduled job erases exactly the candidates past their organization’s retention', async () => {
    const queue = worker.get(QueueRegistry).get(QUEUES.PRIVACY);
    const scheduler = await eventually(
      () => queue.getJobScheduler('candidate-retention'),
      (s) => !!s,
    );
    expect(scheduler).toMatchObject({ name: JOBS.RETENTION, every: 3600_000 });

    const a = await publishAssessment(http, org.accessToken, { questionCount: 3 });
    const [old, oldButActive, recent, fresh] = await inviteCandidates(http, org.accessToken, a.id, 4, 'ret');
    const b = await publishAssessment(http, patient.accessToken, { questionCount: 3 });
    const [kept] = await inviteCandidates(http, patient.accessToken, b.id, 1, 'keep');
    await http.post(`/api/v1/take/${oldButActive.token}/start`);

    await age(old.invitationId, 25);
    // Invited 30 months ago, but took the assessment 20 months ago: still within 24 months.
    await age(oldButActive.invitationId, 30, 20);
    await age(recent.invitationId, 23);
    // Another organization keeps candidates for 60 months.
    await age(kept.invitationId, 30);

    const job = await queue.add(JOBS.RETENTION, {});
    const report = await eventually(
      async () => ((await job.isCompleted()) ? (await queue.getJob(job.id!))!.returnvalue : null),
      (r) => r !== null,
    );
    expect(report.expiredInvitations).toBeGreaterThanOrEqual(1);

    const rows: { id: string; email: string; erased: boolean }[] = await ds.query(
      `SELECT id, email, erased_at IS NOT NULL AS erased FROM candidate_invitations WHERE id = ANY($1::uuid[])`,
      [[old, oldButActive, recent, fresh, kept].map((c) => c.invitationId)],
    );
    const state = Object.fromEntries(rows.map((r) => [r.id, r.erased]));
    expect(state).toEqual({
      [old.invitationId]: true,
      [oldButActive.invitationId]: false,
      [recent.invitationId]: false,
      [fresh.invitationId]: false,
      [kept.invitationId]: false,
    });
    expect(rows.find((r) => r.id === old.invitationId)!.email).toBe(
      `erased-${old.invitationId}@erased.invalid`,
    );
    expect(rows.find((r) => r.id === recent.invitationId)!.email).toBe(recent.email);

    const log = await ds.query(
      `SELECT actor_type, details->>'reason' AS reason, details->'invitationIds' AS ids FROM audit_log
        WHERE organization_id = $1 AND action = 'candidate.erased'`,
      [org.organizationId],
    );
    expect(log).toEqual([{ actor_type: 'system', reason: 'retention', ids: [old.invitationId] }]);

    // A second run finds nothing more.
    const again = await queue.add(JOBS.RETENTION, {});
    const second = await eventually(
      async () => ((await again.isCompleted()) ? (await queue.getJob(again.id!))!.returnvalue : null),
      (r) => r !== null,
    );
    const stillOurs = await ds.query(
      `SELECT count(*)::int AS n FROM candidate_invitations WHERE organization_id = $1 AND erased_at IS NOT NULL`,
      [org.organizationId],
    );
    expect(stillOurs[0].n).toBe(1);
    expect(second.erasureRequests).toBe(0);
  });

  async function runRetention() {
    const queue = worker.get(QueueRegistry).get(QUEUES.PRIVACY);
    const job = await queue.add(JOBS.RETENTION, {});
    return eventually(
      async () => ((await job.isCompleted()) ? (await queue.getJob(job.id!))!.returnvalue : null),
      (r) => r !== null,
    );
  }

  it('a candidate asks from the intro page, confirms by email; a legal hold holds the erasure until released', async () => {
    const a = await publishAssessment(http, org.accessToken, { questionCount: 3 });
    const [candidate] = await inviteCandidates(http, org.accessToken, a.id, 1, 'asks');
    const asked = await http.post(`/api/v1/take/${candidate.token}/erasure-request`);
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ status: 'confirmation_sent' });
    // Asking again at once sends nothing more.
    expect((await http.post(`/api/v1/take/${candidate.token}/erasure-request`)).status).toBe(202);
    expect((await http.post(`/api/v1/take/${'x'.repeat(43)}/erasure-request`)).status).toBe(404);

    const mail = await mailbox().waitFor(
      (m) => m.to.includes(candidate.email) && m.subject.startsWith('Confirm the erasure'),
    );
    const confirmToken = tokenFrom(mail, '/erasure/confirm');
    const listedBefore = await http.get('/api/v1/candidates/erasure-requests', { token: org.accessToken });
    const pending = listedBefore.body.items.find(
      (r: ErasureRequest) => r.invitationId === candidate.invitationId,
    );
    expect(pending).toMatchObject({ status: 'awaiting_confirmation', email: candidate.email, dueAt: null });

    expect((await http.post('/api/v1/erasure-requests/confirm', { token: 'short' })).status).toBe(400);
    const confirmed = await http.post('/api/v1/erasure-requests/confirm', { token: confirmToken });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('scheduled');
    const waited = Date.parse(confirmed.body.dueAt!) - Date.now();
    expect(Math.abs(waited - 30 * 24 * 3600_000)).toBeLessThan(60_000);
    // The organization is told (its owner), without the candidate's name or address in the email.
    const notice = await mailbox().waitFor((m) => m.to.includes(org.email) && m.text.includes(pending!.id));
    expect(notice.text).not.toContain(candidate.email);

    const held = await http.put(
      `/api/v1/candidates/erasure-requests/${pending!.id}/legal-hold`,
      { reason: 'Litigation hold 2026-117' },
      { token: org.accessToken },
    );
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: 'on_hold', legalHold: { reason: 'Litigation hold 2026-117' } });
    const foreign = await http.put(
      `/api/v1/candidates/erasure-requests/${pending!.id}/legal-hold`,
      { reason: 'x' },
      { token: patient.accessToken },
    );
    expect(foreign.status).toBe(404);

    // The waiting period is over, but the hold keeps the data.
    await ds.query(`UPDATE erasure_requests SET due_at = now() - interval '1 minute' WHERE id = $1`, [
      pending!.id,
    ]);
    await runRetention();
    const kept = await ds.query(`SELECT erased_at FROM candidate_invitations WHERE id = $1`, [
      candidate.invitationId,
    ]);
    expect(kept[0].erased_at).toBeNull();

    const released = await http.delete(`/api/v1/candidates/erasure-requests/${pending!.id}/legal-hold`, {
      token: org.accessToken,
    });
    expect(released.status).toBe(200);
    expect(released.body.status).toBe('scheduled');
    const report = await runRetention();
    expect(report.erasureRequests).toBe(1);
    const erased = await ds.query(`SELECT email, erased_at FROM candidate_invitations WHERE id = $1`, [
      candidate.invitationId,
    ]);
    expect(erased[0].erased_at).not.toBeNull();
    expect(erased[0].email).toBe(`erased-${candidate.invitationId}@erased.invalid`);
    const after = await http.get('/api/v1/candidates/erasure-requests', { token: org.accessToken });
    const done = after.body.items.find((r: ErasureRequest) => r.id === pending!.id);
    expect(done!.status).toBe('completed');
    expect(done!.email).not.toBe(candidate.email);

    const log = await http.get('/api/v1/organization/audit-log?limit=100', { token: org.accessToken });
    const actions = log.body.items
      .filter((e: AuditEntry) => e.target.id === pending!.id || e.details?.reason === 'candidate_request')
      .map((e: AuditEntry) => `${e.actor.type}:${e.action}`);
    expect(actions).toEqual([
      'candidate:candidate.erased',
      'user:candidate.legal_hold_released',
      'user:candidate.legal_hold_recorded',
      'candidate:candidate.erasure_confirmed',
      'candidate:candidate.erasure_requested',
    ]);
  });

  it('an owner deletes the organization: confirmed, cancellable, everything erased after the grace period', async () => {
    const doomed = await signUp(http);
    const a = await publishAssessment(http, doomed.accessToken, { questionCount: 3 });
    const [candidate] = await inviteCandidates(http, doomed.accessToken, a.id, 1, 'doomed');
    expect((await http.post(`/api/v1/take/${candidate.token}/start`)).status).toBe(200);
    const key = await http.post(
      '/api/v1/organization/api-keys',
      { name: 'k' },
      { token: doomed.accessToken },
    );
    expect(key.status).toBe(201);

    const wrong = await http.post(
      '/api/v1/organization/deletion',
      { confirm: 'not-the-slug' },
      { token: doomed.accessToken },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.problem.errors!.map((e: FieldError) => e.field)).toEqual(['confirm']);
    const byKey = await http.post(
      '/api/v1/organization/deletion',
      { confirm: doomed.organizationSlug },
      { token: key.body.key },
    );
    expect(byKey.status).toBe(403);
    const asked = await http.post(
      '/api/v1/organization/deletion',
      { confirm: doomed.organizationSlug },
      { token: doomed.accessToken },
    );
    expect(asked.status).toBe(202);
    expect(Math.abs(Date.parse(asked.body.deletionDueAt) - Date.now() - 14 * 24 * 3600_000)).toBeLessThan(
      60_000,
    );
    const twice = await http.post(
      '/api/v1/organization/deletion',
      { confirm: doomed.organizationSlug },
      { token: doomed.accessToken },
    );
    expect(twice.status).toBe(409);
    expect((await http.delete('/api/v1/organization/deletion', { token: doomed.accessToken })).status).toBe(
      204,
    );
    expect(
      (
        await http.post(
          '/api/v1/organization/deletion',
          { confirm: doomed.organizationSlug },
          { token: doomed.accessToken },
        )
      ).status,
    ).toBe(202);

    // Not yet due: a run keeps everything.
    await runRetention();
    expect(
      (await ds.query(`SELECT 1 FROM organizations WHERE id = $1`, [doomed.organizationId])).length,
    ).toBe(1);

    await ds.query(`UPDATE organizations SET deletion_due_at = now() - interval '1 minute' WHERE id = $1`, [
      doomed.organizationId,
    ]);
    const report = await runRetention();
    expect(report.organizationsDeleted).toBe(1);

    const tables: { name: string }[] = await ds.query(
      `SELECT quote_ident(table_name) AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'organization_id' AND table_name <> 'audit_log'`,
    );
    const left: Record<string, number> = {};
    for (const t of tables) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM ${t.name} WHERE organization_id = $1`, [
        doomed.organizationId,
      ]);
      if (n) left[t.name] = n;
    }
    expect(left).toEqual({});
    expect(await ds.query(`SELECT 1 FROM organizations WHERE id = $1`, [doomed.organizationId])).toEqual([]);
    expect((await http.get('/api/v1/organization', { token: doomed.accessToken })).status).toBe(401);
    // The audit trail of the deletion itself survives it; other organizations are untouched.
    const trail = await ds.query(`SELECT action FROM audit_log WHERE organization_id = $1 ORDER BY id`, [
      doomed.organizationId,
    ]);
    expect(trail.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining([
        'organization.deletion_requested',
        'organization.deletion_cancelled',
        'organization.deleted',
      ]),
    );
    expect((await http.get('/api/v1/organization', { token: org.accessToken })).status).toBe(200);
  });
});
