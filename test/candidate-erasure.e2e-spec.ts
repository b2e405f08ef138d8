import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import type { Logger as PinoLogger } from 'pino';
import { DataSource } from 'typeorm';
import { ROOT_LOGGER } from '@assay/core';
import { QUEUES, QueueRegistry } from '@assay/queue';
import {
  type ApiBody,
  correctResponse,
  eventually,
  Http,
  IsolatedDatabase,
  isolatedDatabase,
  type KeyedQuestion,
  mailbox,
  publishAssessmentOf,
  SignedUp,
  signUp,
  startApi,
  startWorker,
  TestRedis,
  tokenOfUrl,
  WebhookReceiver,
} from '@assay/testing';

/**
 * Every line a process's root logger writes from now on (its children — Fastify's request logger, Nest's —
 * share its stream), kept instead of printed, so a test can say a value never reached the log.
 */
function captureLogs(...apps: INestApplicationContext[]): { text: () => string } {
  const lines: string[] = [];
  for (const app of apps) {
    const logger = app.get<PinoLogger>(ROOT_LOGGER);
    // pino keeps its destination under a symbol its types do not declare.
    const stream = (logger as unknown as Record<symbol, { write: (line: string) => boolean }>)[
      pino.symbols.streamSym
    ];
    stream.write = (line: string) => {
      lines.push(line);
      return true;
    };
  }
  return { text: () => lines.join('') };
}

type ExportedInvitation = ApiBody<'/api/v1/candidates/export', 'get'>['invitations'][number];
type FieldError = NonNullable<ApiBody<'/api/v1/candidates/export', 'get', 400>['errors']>[number];

describe('candidate erasure and export (real PostgreSQL, Redis, SMTP, HTTP)', () => {
  let db: IsolatedDatabase;
  let redis: TestRedis;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let ds: DataSource;
  let org: SignedUp;
  let other: SignedUp;
  let receiver: WebhookReceiver;
  let output: { text: () => string };

  beforeAll(async () => {
    db = await isolatedDatabase('erasure');
    redis = await TestRedis.start();
    // Logs at debug: a personal value must not reach even the most talkative level.
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      LOG_LEVEL: 'debug',
    };
    app = await startApi(env);
    worker = await startWorker(env);
    output = captureLogs(app, worker);
    http = new Http(app);
    ds = app.get(DataSource);
    org = await signUp(http);
    other = await signUp(http);
    receiver = await WebhookReceiver.start([200]);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await receiver?.close();
    await redis?.destroy();
    await db?.drop();
  }, 60_000);

  /** Rows of every table of the database whose JSON form contains `needle` (case-insensitive), by table. */
  async function tablesMentioning(needle: string): Promise<Record<string, number>> {
    const tables: { name: string }[] = await ds.query(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(20);
    const found: Record<string, number> = {};
    for (const t of tables) {
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM ${t.name} x WHERE strpos(lower(to_jsonb(x)::text), lower($1)) > 0`,
        [needle],
      );
      if (n) found[t.name] = n;
    }
    return found;
  }

  /** Every value in this test's Redis (job data, return values, event streams), as one text. */
  async function redisDump(): Promise<string> {
    const keys = await redis.command<string[]>('KEYS', '*');
    expect(keys.length).toBeGreaterThan(0);
    const parts: string[] = [];
    for (const key of keys) {
      const type = await redis.command<string>('TYPE', key);
      const value =
        type === 'string'
          ? await redis.command('GET', key)
          : type === 'hash'
            ? await redis.command('HGETALL', key)
            : type === 'list'
              ? await redis.command('LRANGE', key, '0', '-1')
              : type === 'set'
                ? await redis.command('SMEMBERS', key)
                : type === 'zset'
                  ? await redis.command('ZRANGE', key, '0', '-1')
                  : type === 'stream'
                    ? await redis.command('XRANGE', key, '-', '+')
                    : null;
      parts.push(key, JSON.stringify(value));
    }
    return parts.join('\n');
  }

  async function statistics(assessmentId: string) {
    return {
      results: await ds.query(
        `SELECT r.revision, r.score, r.max_score, r.percentage, r.passed, r.recommended_level
           FROM attempt_results r JOIN attempts t ON t.id = r.attempt_id
          WHERE t.assessment_id = $1 ORDER BY r.attempt_id, r.revision`,
        [assessmentId],
      ),
      skills: await ds.query(
        `SELECT s.skill, s.score, s.max_score FROM skill_scores s JOIN attempt_results r ON r.id = s.result_id
           JOIN attempts t ON t.id = r.attempt_id WHERE t.assessment_id = $1 ORDER BY 1, 2`,
        [assessmentId],
      ),
      grades: await ds.query(
        `SELECT g.assessment_question_id, g.verdict, g.score, g.max_score FROM answer_grades g
           JOIN attempt_results r ON r.id = g.result_id JOIN attempts t ON t.id = r.attempt_id
          WHERE t.assessment_id = $1 ORDER BY 1`,
        [assessmentId],
      ),
      choices: await ds.query(
        `SELECT n.assessment_question_id, n.response FROM answers n JOIN attempts t ON t.id = n.attempt_id
          WHERE t.assessment_id = $1 AND (n.response ? 'optionId' OR n.response ? 'optionIds') ORDER BY 1`,
        [assessmentId],
      ),
      answered: (
        await ds.query(
          `SELECT count(*)::int AS n FROM answers n JOIN attempts t ON t.id = n.attempt_id WHERE t.assessment_id = $1`,
          [assessmentId],
        )
      )[0].n,
    };
  }

  it('erases a candidate everywhere — tables, queue, logs — and keeps the statistics', async () => {
    const marker = `mark${randomBytes(5).toString('hex')}`;
    const surname = `Quill${randomBytes(4).toString('hex')}`;
    const fullName = `Zelda ${surname}`;
    const email = `zelda-${randomBytes(5).toString('hex')}@assay.test`;

    const hook = await http.post(
      '/api/v1/organization/webhooks',
      { url: receiver.url(), events: ['attempt.graded', 'candidate.erased'] },
      { token: org.accessToken },
    );
    expect(hook.status).toBe(201);

    const query = (sql: string, params: unknown[]) => ds.query(sql, params);
    const a = await publishAssessmentOf(http, org.accessToken, query, [
      'short_text',
      'code',
      'single_choice',
      'sql',
    ]);
    const b = await publishAssessmentOf(http, org.accessToken, query, ['single_choice']);
    const invited = await http.request('POST', `/api/v1/assessments/${a.id}/invitations`, {
      token: org.accessToken,
      body: { candidates: [{ email, fullName, accommodations: { extraTimePercent: 25 } }] },
      headers: { 'idempotency-key': `inv-${marker}` },
    });
    expect(invited.status).toBe(201);
    const second = await http.post(
      `/api/v1/assessments/${b.id}/invitations`,
      { candidates: [{ email: email.toUpperCase(), fullName }] },
      { token: org.accessToken },
    );
    expect(second.status).toBe(201);
    const invitation = invited.body.items[0];
    const token = tokenOfUrl(invitation.url);
    await mailbox().waitFor(
      (m) => m.to.includes(email) && m.text.includes(tokenOfUrl(second.body.items[0].url)),
    );

    const byId = new Map<string, KeyedQuestion>(a.questions.map((q: KeyedQuestion) => [q.id, q]));
    const start = await http.post(`/api/v1/take/${token}/start`);
    expect(start.status).toBe(200);
    for (const q of start.body.questions) {
      const full = byId.get(q.id)!;
      let response = correctResponse(full) as Record<string, unknown>;
      if (q.type === 'short_text') response = { text: `${marker} my own words` };
      if (q.type === 'sql') response = { query: `${response.query} /* ${marker} */` };
      if (q.type === 'code') response = { ...response, code: `// ${marker}\n${response.code}` };
      expect((await http.put(`/api/v1/take/${token}/answers/${q.id}`, { response })).status).toBe(200);
    }
    expect(
      (await http.post(`/api/v1/take/${token}/events`, { type: 'paste', data: { note: marker } })).status,
    ).toBe(202);
    expect((await http.post(`/api/v1/take/${token}/submit`)).status).toBe(202);
    const [{ id: attemptId }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [
      invitation.id,
    ]);
    await eventually(
      () => http.get(`/api/v1/attempts/${attemptId}`, { token: org.accessToken }),
      (r) => r.body?.status === 'graded',
      60_000,
    );
    // The creator's "graded" email names the candidate; the graded webhook carries their name and address.
    await mailbox().waitFor((m) => m.to.includes(org.email) && m.text.includes(surname));
    await eventually(
      async () => receiver.received.filter((w) => w.body.includes('attempt.graded')),
      (ws) => ws.length === 1,
    );
    // Before: the personal values are there, so the scans below can find them.
    expect(Object.keys(await tablesMentioning(marker))).toEqual(expect.arrayContaining(['answers']));
    expect(Object.keys(await tablesMentioning(email))).toEqual(
      expect.arrayContaining(['candidate_invitations', 'idempotency_keys', 'webhook_deliveries']),
    );

    const exported = await http.get(`/api/v1/candidates/export?email=${encodeURIComponent(email)}`, {
      token: org.accessToken,
    });
    expect(exported.status).toBe(200);
    expect(exported.body.invitations).toHaveLength(2);
    const held = exported.body.invitations.find((i: ExportedInvitation) => i.id === invitation.id);
    expect(held).toMatchObject({ email, fullName, accommodations: { extraTimePercent: 25 } });
    expect(held!.attempt!.answers).toHaveLength(4);
    expect(JSON.stringify(held!.attempt!.answers)).toContain(marker);
    expect(held!.attempt!.proctoringEvents).toEqual([
      expect.objectContaining({ type: 'paste', data: { note: marker } }),
    ]);
    expect(held!.attempt!.results[0]).toMatchObject({ revision: 1, current: true });
    expect(JSON.stringify(exported.body)).not.toMatch(/referenceSolution|answerKey|hidden/);

    const before = await statistics(a.id);
    expect(before.results).toHaveLength(1);
    expect(before.choices).toHaveLength(1);

    // Only owners and admins; another organization's erasure touches nothing of ours.
    const key = await http.post('/api/v1/organization/api-keys', { name: 'k' }, { token: org.accessToken });
    const byKey = await http.delete(`/api/v1/candidates?email=${encodeURIComponent(email)}`, {
      token: key.body.key,
    });
    expect(byKey.status).toBe(403);
    const foreign = await http.delete(`/api/v1/candidates?email=${encodeURIComponent(email)}`, {
      token: other.accessToken,
    });
    expect(foreign.status).toBe(202);
    expect(foreign.body.invitations).toBe(0);
    const bad = await http.delete('/api/v1/candidates?email=not-an-address', { token: org.accessToken });
    expect(bad.status).toBe(400);
    expect(bad.problem.errors!.map((e: FieldError) => e.field)).toEqual(['email']);

    const erased = await http.delete(`/api/v1/candidates?email=${encodeURIComponent(email)}`, {
      token: org.accessToken,
    });
    expect(erased.status).toBe(202);
    expect(erased.body).toMatchObject({ invitations: 2, attempts: 1, status: 'erased' });

    const notice = await eventually(
      async () => receiver.received.find((w) => w.body.includes('candidate.erased')),
      (w) => !!w,
    );
    const noticeBody = JSON.parse(notice!.body);
    expect(noticeBody.data.invitationIds.sort()).toEqual([invitation.id, second.body.items[0].id].sort());
    expect(noticeBody.data.attemptIds).toEqual([attemptId]);
    // Let the worker finish what the erasure started before scanning its traces.
    await new Promise((r) => setTimeout(r, 500));

    for (const needle of [email, surname, marker]) {
      expect({ needle, tables: await tablesMentioning(needle) }).toEqual({ needle, tables: {} });
    }
    const queued = (await redisDump()).toLowerCase();
    for (const needle of [email, surname, marker]) expect(queued.includes(needle.toLowerCase())).toBe(false);
    const logged = output.text().toLowerCase();
    expect(logged.length).toBeGreaterThan(1000); // the capture did see the processes' log lines
    expect(logged).toContain('/api/v1/candidates?email='); // the erasure request itself was logged…
    for (const needle of [email, encodeURIComponent(email), surname, marker]) {
      expect(logged.includes(needle.toLowerCase())).toBe(false); // …without the address
    }

    // Scores, verdicts and choices are kept, anonymously.
    expect(await statistics(a.id)).toEqual(before);
    const report = await http.get(`/api/v1/attempts/${attemptId}`, { token: org.accessToken });
    expect(report.status).toBe(200);
    expect(report.body.score).toBe(before.results[0].score === null ? null : Number(before.results[0].score));
    expect(report.body.events).toEqual([]);
    const regrade = await http.post(`/api/v1/attempts/${attemptId}/regrade`, undefined, {
      token: org.accessToken,
    });
    expect(regrade.status).toBe(409);
    expect(regrade.problem.code).toBe('candidate-erased');
    const listed = await http.get(`/api/v1/assessments/${a.id}/candidates`, { token: org.accessToken });
    expect(listed.body.items[0]).toMatchObject({ fullName: 'Erased candidate', status: 'revoked' });

    // The link is dead, nothing can be sent again, and there is nothing left to export.
    expect((await http.get(`/api/v1/take/${token}`)).status).toBe(410);
    const resend = await http.post(
      `/api/v1/assessments/${b.id}/invitations/${second.body.items[0].id}/resend`,
      undefined,
      { token: org.accessToken },
    );
    expect(resend.status).toBe(409);
    const after = await http.get(`/api/v1/candidates/export?email=${encodeURIComponent(email)}`, {
      token: org.accessToken,
    });
    expect(after.body.invitations).toEqual([]);

    const log = await http.get('/api/v1/organization/audit-log?action=candidate.erased', {
      token: org.accessToken,
    });
    expect(log.body.items).toEqual([
      expect.objectContaining({
        actor: { type: 'user', id: org.userId, email: org.email },
        target: { type: 'erasure', id: erased.body.erasureId },
      }),
    ]);
  });

  it('cancels emails not yet sent: a worker started after the erasure sends nothing to the candidate', async () => {
    // An API of its own, on a database and Redis of its own, without a worker: the invitation email waits.
    const quietDb = await isolatedDatabase('erasure_mail');
    const quietRedis = await TestRedis.start();
    const env = { DATABASE_URL: quietDb.url, REDIS_URL: quietRedis.url };
    const quietApp = await startApi(env);
    let quietWorker: INestApplicationContext | undefined;
    try {
      const quietHttp = new Http(quietApp);
      const quietDs = quietApp.get(DataSource);
      const owner = await signUp(quietHttp);
      const query = (sql: string, params: unknown[]) => quietDs.query(sql, params);
      const a = await publishAssessmentOf(quietHttp, owner.accessToken, query, ['single_choice']);
      const email = `unsent-${randomBytes(5).toString('hex')}@assay.test`;
      const invited = await quietHttp.post(
        `/api/v1/assessments/${a.id}/invitations`,
        { candidates: [{ email, fullName: 'Never Mailed' }] },
        { token: owner.accessToken },
      );
      expect(invited.status).toBe(201);
      const pending = await quietDs.query(
        `SELECT o.id FROM mail_requests m JOIN outbox o ON o.type = 'mail.requested' AND o.aggregate_id = m.id::text
          WHERE m.aggregate_id = $1`,
        [invited.body.items[0].id],
      );
      expect(pending).toHaveLength(1);

      const erased = await quietHttp.delete(`/api/v1/candidates?email=${encodeURIComponent(email)}`, {
        token: owner.accessToken,
      });
      expect(erased.status).toBe(202);
      expect(
        await quietDs.query(`SELECT 1 FROM mail_requests WHERE aggregate_id = $1 OR recipient = $2`, [
          invited.body.items[0].id,
          email,
        ]),
      ).toEqual([]);
      const [row] = await quietDs.query(`SELECT payload FROM outbox WHERE id = $1`, [pending[0].id]);
      expect(JSON.stringify(row.payload)).not.toContain(email);

      // Now a worker relays and processes the outbox: the owner's verification email goes, the candidate's not.
      quietWorker = await startWorker(env);
      await mailbox().waitFor((m) => m.to.includes(owner.email));
      const mailQueue = quietWorker.get(QueueRegistry).get(QUEUES.MAIL);
      const job = await eventually(
        () => mailQueue.getJob(`mail-${pending[0].id}`),
        (j) => !!j && j.finishedOn !== undefined,
      );
      expect(job!.returnvalue).toBe('already-sent');
      expect(mailbox().to(email)).toEqual([]);
    } finally {
      await quietWorker?.close();
      await quietApp.close();
      await quietRedis.destroy();
      await quietDb.drop();
    }
  }, 120_000);
});
