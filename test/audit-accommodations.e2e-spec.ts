import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AUTO_SUBMIT_GRACE_MS, QUEUES, QueueRegistry } from '@assay/queue';
import {
  addMember,
  type ApiBody,
  type TestResponse,
  eventually,
  Http,
  SignedUp,
  signUp,
  startApi,
  startWorker,
  uniqueEmail,
} from '@assay/testing';

type AuditPage = ApiBody<'/api/v1/organization/audit-log', 'get'>;
type AuditEntry = AuditPage['items'][number];
type FieldError = NonNullable<ApiBody<'/api/v1/organization/audit-log', 'get', 400>['errors']>[number];
type TakeStart = ApiBody<'/api/v1/take/{token}/start', 'post'>;

function tokenOf(url: string): string {
  return url.split('/take/')[1];
}

describe('audit log and accommodations (real PostgreSQL, Redis)', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let org: SignedUp;
  let other: SignedUp;
  let ds: DataSource;

  beforeAll(async () => {
    app = await startApi({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_ALLOW_HTTP: 'true' });
    worker = await startWorker();
    http = new Http(app);
    ds = app.get(DataSource);
    org = await signUp(http);
    other = await signUp(http);
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
  });

  async function publish(who: SignedUp = org, headers: Record<string, string> = {}) {
    const created = await http.post(
      '/api/v1/assessments',
      { roleSlug: 'back-end-engineer', level: 'mid', questionCount: 3, timeLimitMinutes: 40 },
      { token: who.accessToken },
    );
    expect(created.status).toBe(201);
    const published = await http.request('POST', `/api/v1/assessments/${created.body.id}/publish`, {
      token: who.accessToken,
      headers,
    });
    expect(published.status).toBe(200);
    return published.body;
  }

  describe('audit log', () => {
    it('records who published, invited, revoked and closed, from where, in order', async () => {
      const a = await publish(org, { 'x-forwarded-for': '203.0.113.9' });
      const invite = await http.post(
        `/api/v1/assessments/${a.id}/invitations`,
        { candidates: [{ email: uniqueEmail('aud'), fullName: 'Audited One' }] },
        { token: org.accessToken },
      );
      expect(invite.status).toBe(201);
      const inv = invite.body.items[0];
      await http.post(`/api/v1/assessments/${a.id}/invitations/${inv.id}/revoke`, undefined, {
        token: org.accessToken,
      });
      await http.post(`/api/v1/assessments/${a.id}/close`, undefined, { token: org.accessToken });

      const log = await http.get('/api/v1/organization/audit-log?limit=100', { token: org.accessToken });
      expect(log.status).toBe(200);
      const mine = log.body.items.filter((e: AuditEntry) => e.target.id === a.id || e.target.id === inv.id);
      // Newest first.
      expect(mine.map((e: AuditEntry) => e.action)).toEqual([
        'assessment.closed',
        'invitation.revoked',
        'invitation.sent',
        'assessment.published',
      ]);
      for (const e of mine) {
        expect(e.actor).toEqual({ type: 'user', id: org.userId, email: org.email });
        expect(Date.parse(e.at)).toBeGreaterThan(Date.now() - 60_000);
        expect(typeof e.ip).toBe('string');
      }
      expect(mine[3].target).toEqual({ type: 'assessment', id: a.id });
    });

    it('records API keys and what a key does, and filters by action and actor with a cursor', async () => {
      const key = await http.post(
        '/api/v1/organization/api-keys',
        { name: 'ci' },
        { token: org.accessToken },
      );
      expect(key.status).toBe(201);
      // The key itself acts: its actions are recorded as the key's.
      const byKey = await http.post(
        '/api/v1/assessments',
        { roleSlug: 'back-end-engineer', level: 'mid', questionCount: 3 },
        { token: key.body.key },
      );
      expect(byKey.status).toBe(201);
      const pub = await http.post(`/api/v1/assessments/${byKey.body.id}/publish`, undefined, {
        token: key.body.key,
      });
      expect(pub.status).toBe(200);
      const del = await http.delete(`/api/v1/organization/api-keys/${key.body.id}`, {
        token: org.accessToken,
      });
      expect(del.status).toBe(204);

      const keyed = await http.get(`/api/v1/organization/audit-log?actor=${key.body.id}`, {
        token: org.accessToken,
      });
      expect(keyed.body.items).toEqual([
        expect.objectContaining({
          action: 'assessment.published',
          actor: { type: 'api_key', id: key.body.id },
          target: { type: 'assessment', id: byKey.body.id },
        }),
      ]);

      const keys = await http.get('/api/v1/organization/audit-log?action=api_key.created', {
        token: org.accessToken,
      });
      expect(keys.body.items.map((e: AuditEntry) => e.target.id)).toContain(key.body.id);
      expect(keys.body.items.every((e: AuditEntry) => e.action === 'api_key.created')).toBe(true);

      // Paging: one at a time walks every entry once.
      const all = await http.get('/api/v1/organization/audit-log?limit=100', { token: org.accessToken });
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page: TestResponse<AuditPage> = await http.get<AuditPage>(
          `/api/v1/organization/audit-log?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          { token: org.accessToken },
        );
        expect(page.status).toBe(200);
        walked.push(...page.body.items.map((e: AuditEntry) => e.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(walked).toEqual(all.body.items.map((e: AuditEntry) => e.id));

      // Every other filter, alone and together (one fixed statement with NULL-able parameters serves them).
      const q = (query: string) =>
        http.get<AuditPage>(`/api/v1/organization/audit-log?limit=100&${query}`, { token: org.accessToken });
      const target = await q(`targetType=assessment&targetId=${byKey.body.id}`);
      expect(target.body.items.map((e) => [e.action, e.target.id])).toEqual([
        ['assessment.published', byKey.body.id],
      ]);
      const byType = await q('actorType=api_key');
      expect(byType.body.items.length).toBeGreaterThan(0);
      expect(byType.body.items.every((e) => e.actor.type === 'api_key')).toBe(true);
      const hour = 3600_000;
      const window = `from=${new Date(Date.now() - hour).toISOString()}&to=${new Date(Date.now() + hour).toISOString()}`;
      expect((await q(window)).body.items.map((e) => e.id)).toEqual(all.body.items.map((e) => e.id));
      expect((await q(`from=${new Date(Date.now() + hour).toISOString()}`)).body.items).toEqual([]);
      expect((await q(`to=${new Date(Date.now() - hour).toISOString()}`)).body.items).toEqual([]);
      const together = await q(
        `actorType=api_key&action=assessment.published&targetType=assessment&targetId=${byKey.body.id}&${window}`,
      );
      expect(together.body.items.map((e) => e.actor)).toEqual([{ type: 'api_key', id: key.body.id }]);

      const csv = await http.get('/api/v1/organization/audit-log.csv?action=api_key.revoked', {
        token: org.accessToken,
      });
      expect(csv.status).toBe(200);
      expect(String(csv.headers['content-type'])).toContain('text/csv');
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toBe('id,at,actor_type,actor_id,actor_email,action,target_type,target_id,ip,details');
      expect(lines.some((l) => l.includes(key.body.id) && l.includes(org.email))).toBe(true);
    });

    it('records member invitations, role changes, removals, webhooks and resends', async () => {
      const invited = await http.post(
        '/api/v1/organization/member-invitations',
        { email: uniqueEmail('mem'), role: 'recruiter' },
        { token: org.accessToken },
      );
      expect(invited.status).toBe(201);
      expect(
        (
          await http.delete(`/api/v1/organization/member-invitations/${invited.body.id}`, {
            token: org.accessToken,
          })
        ).status,
      ).toBe(204);
      const member = await addMember(http, org, 'recruiter');
      expect(
        (
          await http.patch(
            `/api/v1/organization/members/${member.userId}`,
            { role: 'admin' },
            { token: org.accessToken },
          )
        ).status,
      ).toBe(200);
      expect(
        (await http.delete(`/api/v1/organization/members/${member.userId}`, { token: org.accessToken }))
          .status,
      ).toBe(204);
      const hook = await http.post(
        '/api/v1/organization/webhooks',
        { url: 'http://127.0.0.1:9/hooks', events: ['candidate.erased'] },
        { token: org.accessToken },
      );
      expect(hook.status).toBe(201);
      expect(
        (await http.delete(`/api/v1/organization/webhooks/${hook.body.id}`, { token: org.accessToken }))
          .status,
      ).toBe(204);
      const a = await publish();
      const inv = await http.post(
        `/api/v1/assessments/${a.id}/invitations`,
        { candidates: [{ email: uniqueEmail('re'), fullName: 'Resent' }] },
        { token: org.accessToken },
      );
      const resent = await http.post(
        `/api/v1/assessments/${a.id}/invitations/${inv.body.items[0].id}/resend`,
        undefined,
        { token: org.accessToken },
      );
      expect(resent.status).toBe(200);

      const log = await http.get('/api/v1/organization/audit-log?limit=100', { token: org.accessToken });
      const byTarget = (id: string) =>
        log.body.items.filter((e: AuditEntry) => e.target.id === id).map((e: AuditEntry) => e.action);
      expect(byTarget(invited.body.id)).toEqual(['member_invitation.revoked', 'member.invited']);
      expect(byTarget(member.userId)).toEqual(['member.removed', 'member.role_changed']);
      expect(byTarget(hook.body.id)).toEqual(['webhook.deleted', 'webhook.created']);
      expect(byTarget(inv.body.items[0].id)).toEqual(['invitation.resent', 'invitation.sent']);
      const changed = log.body.items.find((e: AuditEntry) => e.action === 'member.role_changed');
      expect(changed!.details).toEqual({ from: 'recruiter', to: 'admin' });
    });

    it('is for owners and admins of the organization only, and validates its filters', async () => {
      const ours = await http.get('/api/v1/organization/audit-log?limit=100', { token: org.accessToken });
      expect(ours.body.items.length).toBeGreaterThan(0);
      const theirs = await http.get('/api/v1/organization/audit-log?limit=100', { token: other.accessToken });
      expect(theirs.status).toBe(200);
      const ourIds = new Set(ours.body.items.map((e: AuditEntry) => e.id));
      expect(theirs.body.items.some((e: AuditEntry) => ourIds.has(e.id))).toBe(false);
      const bad = await http.get('/api/v1/organization/audit-log?actor=nope&action=DROP&from=yesterday', {
        token: org.accessToken,
      });
      expect(bad.status).toBe(400);
      expect(bad.problem.errors!.map((e: FieldError) => e.field).sort()).toEqual(['action', 'actor', 'from']);
      const key = await http.post('/api/v1/organization/api-keys', { name: 'k' }, { token: org.accessToken });
      const asKey = await http.get('/api/v1/organization/audit-log', { token: key.body.key });
      expect(asKey.status).toBe(403);
    });

    it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1`, [
        org.organizationId,
      ]);
      expect(n).toBeGreaterThan(0);
      await expect(
        ds.query(`UPDATE audit_log SET action = 'nothing.happened' WHERE organization_id = $1`, [
          org.organizationId,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(
        ds.query(`DELETE FROM audit_log WHERE organization_id = $1`, [org.organizationId]),
      ).rejects.toThrow(/append-only/);
      await expect(ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
      const [{ n: after }] = await ds.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1`,
        [org.organizationId],
      );
      expect(after).toBe(n);
    });

    it('writes the record in the change’s transaction: a refused change leaves no entry', async () => {
      const a = await publish();
      const again = await http.post(`/api/v1/assessments/${a.id}/publish`, undefined, {
        token: org.accessToken,
      });
      expect(again.status).toBe(409);
      const rows = await ds.query(
        `SELECT action FROM audit_log WHERE target_id = $1 AND action = 'assessment.published'`,
        [a.id],
      );
      expect(rows).toHaveLength(1);
    });
  });

  describe('accommodations', () => {
    it('extra time moves the deadline and the auto-submit job; the intro and the report show it', async () => {
      const a = await publish();
      expect(a.timeLimitMinutes).toBe(40);
      const invite = await http.post(
        `/api/v1/assessments/${a.id}/invitations`,
        {
          candidates: [
            { email: uniqueEmail('extra'), fullName: 'Extra Time', accommodations: { extraTimePercent: 50 } },
            { email: uniqueEmail('plain'), fullName: 'Plain Time' },
          ],
        },
        { token: org.accessToken },
      );
      expect(invite.status).toBe(201);
      const [extra, plain] = invite.body.items;
      expect(extra.accommodations).toEqual({ extraTimePercent: 50 });

      const intro = await http.get(`/api/v1/take/${tokenOf(extra.url)}`);
      expect(intro.body.accommodations).toMatchObject({
        extraTimePercent: 50,
        timeLimitMinutes: 60,
        note: 'with 50% extra time',
      });

      const started = await http.post(`/api/v1/take/${tokenOf(extra.url)}/start`);
      expect(started.status).toBe(200);
      const plainStarted = await http.post(`/api/v1/take/${tokenOf(plain.url)}/start`);
      const span = (s: TakeStart) => Date.parse(s.deadlineAt) - Date.parse(s.startedAt);
      expect(span(started.body)).toBe(60 * 60_000);
      expect(span(plainStarted.body)).toBe(40 * 60_000);

      const [{ id: attemptId }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [
        extra.id,
      ]);
      const queue = worker.get(QueueRegistry).get(QUEUES.DEADLINES);
      const job = await eventually(
        () => queue.getJob(`autosubmit-${attemptId}`),
        (j) => !!j,
      );
      expect(await job!.getState()).toBe('delayed');
      // The job fires at the accommodated deadline (plus the grace period), not at the assessment's limit.
      const firesAt = job!.timestamp + (job!.delay ?? 0);
      const expected = Date.parse(started.body.deadlineAt) + AUTO_SUBMIT_GRACE_MS;
      expect(Math.abs(firesAt - expected)).toBeLessThan(5_000);

      // After start the deadline is fixed.
      const late = await http.patch(
        `/api/v1/assessments/${a.id}/invitations/${extra.id}`,
        { accommodations: { extraMinutes: 30 } },
        { token: org.accessToken },
      );
      expect(late.status).toBe(409);

      const report = await http.get(`/api/v1/attempts/${attemptId}`, { token: org.accessToken });
      expect(report.status).toBe(200);
      expect(report.body.accommodationsNote).toBe('with 50% extra time');
      expect(report.body.accommodations).toEqual({ extraTimePercent: 50 });
    });

    it('can be set before the start, untimed included, and is validated', async () => {
      const a = await publish();
      const invite = await http.post(
        `/api/v1/assessments/${a.id}/invitations`,
        { candidates: [{ email: uniqueEmail('u'), fullName: 'Untimed' }] },
        { token: org.accessToken },
      );
      const inv = invite.body.items[0];
      const bad = await http.patch(
        `/api/v1/assessments/${a.id}/invitations/${inv.id}`,
        { accommodations: { extraTimePercent: -5, extraMinutes: 'lots', untimed: 'yes', more: 1 } },
        { token: org.accessToken },
      );
      expect(bad.status).toBe(400);
      const fields = bad.problem.errors!.map((e: FieldError) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'accommodations.extraTimePercent',
          'accommodations.extraMinutes',
          'accommodations.untimed',
          'accommodations.more',
        ]),
      );
      const set = await http.patch(
        `/api/v1/assessments/${a.id}/invitations/${inv.id}`,
        { accommodations: { untimed: true } },
        { token: org.accessToken },
      );
      expect(set.status).toBe(200);
      expect(set.body.accommodationsNote).toBe('untimed');
      const intro = await http.get(`/api/v1/take/${tokenOf(inv.url)}`);
      expect(intro.body.accommodations).toMatchObject({ untimed: true, timeLimitMinutes: null });
      const started = await http.post(`/api/v1/take/${tokenOf(inv.url)}/start`);
      expect(Date.parse(started.body.deadlineAt) - Date.parse(started.body.startedAt)).toBe(
        7 * 24 * 3600_000,
      );

      const logged = await ds.query(
        `SELECT details FROM audit_log WHERE target_id = $1 AND action = 'invitation.accommodations_changed'`,
        [inv.id],
      );
      expect(logged).toEqual([{ details: { assessmentId: a.id, accommodations: { untimed: true } } }]);

      const foreign = await http.patch(
        `/api/v1/assessments/${a.id}/invitations/${inv.id}`,
        { accommodations: { extraMinutes: 5 } },
        { token: other.accessToken },
      );
      expect(foreign.status).toBe(404);
    });
  });
});
