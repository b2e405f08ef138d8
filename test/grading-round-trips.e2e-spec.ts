import { AsyncLocalStorage } from 'node:async_hooks';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AttemptGrader } from '@assay/assessments';
import {
  Http,
  IsolatedDatabase,
  SignedUp,
  TestRedis,
  correctResponse,
  eventually,
  inviteCandidates,
  isolatedDatabase,
  publishAssessment,
  signUp,
  startApi,
  startWorker,
  takeAndSubmit,
  withAnswerKeys,
} from '@assay/testing';

/**
 * Issue 17: an initial grading costs at most 5 PostgreSQL round trips (6 the first time a worker meets an
 * assessment, to load its frozen questions). Counted at the driver — every pg Client#query issued while the
 * worker's grader runs, BEGIN and COMMIT included — not read off the code (docs/decisions/0900).
 */
describe('grading round trips (real PostgreSQL, Redis, worker)', () => {
  let db: IsolatedDatabase;
  let redis: TestRedis;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let org: SignedUp;
  const counter = new AsyncLocalStorage<{ n: number }>();
  const counts: number[] = [];
  const originalQuery = Client.prototype.query;

  beforeAll(async () => {
    db = await isolatedDatabase('roundtrips');
    redis = await TestRedis.start();
    const env = { DATABASE_URL: db.url, REDIS_URL: redis.url };
    app = await startApi(env);
    worker = await startWorker(env);
    http = new Http(app);
    org = await signUp(http);
    // The driver's query method, counted when called from inside a grading.
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const c = counter.getStore();
      if (c) c.n++;
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
    const grader = worker.get(AttemptGrader);
    const gradeInitial = grader.gradeInitial.bind(grader);
    grader.gradeInitial = (attemptId, stop) => {
      const c = { n: 0 };
      return counter.run(c, async () => {
        const outcome = await gradeInitial(attemptId, stop);
        if (outcome === 'graded') counts.push(c.n);
        return outcome;
      });
    };
  }, 120_000);

  afterAll(async () => {
    Client.prototype.query = originalQuery;
    await worker?.close();
    await app?.close();
    await redis?.destroy();
    await db?.drop();
  }, 60_000);

  it('grades a mixed attempt in at most 5 round trips, storing every verdict and skill score', async () => {
    const assessment = await withAnswerKeys(
      http,
      await publishAssessment(http, org.accessToken, { questionCount: 20, seed: 'round-trips' }),
    );
    const byId = new Map(assessment.questions.map((q) => [q.id, q]));
    const candidates = await inviteCandidates(http, org.accessToken, assessment.id, 3, 'trips');
    const attemptIds: string[] = [];
    for (const c of candidates) {
      // One at a time, so the first grading is the one that loads the questions.
      expect((await takeAndSubmit(http, c.token, (q) => correctResponse(byId.get(q.id)!))).status).toBe(202);
      const [{ id }] = await app
        .get(DataSource)
        .query(`SELECT id FROM attempts WHERE invitation_id = $1`, [c.invitationId]);
      attemptIds.push(id);
      await eventually(
        () => http.get(`/api/v1/attempts/${id}`, { token: org.accessToken }),
        (r) => r.status === 200 && r.body.status === 'graded',
      );
    }
    expect(counts).toHaveLength(3);
    process.stdout.write(`round trips per initial grading: ${counts.join(', ')}\n`);
    expect(counts[0]).toBeLessThanOrEqual(6);
    expect(counts[1]).toBeLessThanOrEqual(5);
    expect(counts[2]).toBeLessThanOrEqual(5);

    const report = (await http.get(`/api/v1/attempts/${attemptIds[2]}`, { token: org.accessToken })).body;
    const maxScore = assessment.questions.reduce((s: number, q) => s + q.points, 0);
    expect(report).toMatchObject({ status: 'graded', score: maxScore, maxScore, result: { revision: 1 } });
    const [stored] = await app.get(DataSource).query(
      `SELECT (SELECT count(*)::int FROM answer_grades g WHERE g.result_id = r.id) AS verdicts,
              (SELECT count(*)::int FROM skill_scores s WHERE s.result_id = r.id) AS skills,
              (SELECT count(*)::int FROM outbox o WHERE o.aggregate_id = $1::text AND o.type = 'attempt.graded') AS events
         FROM attempt_results r WHERE r.attempt_id = $1::uuid`,
      [attemptIds[2]],
    );
    expect(stored.verdicts).toBe(20);
    expect(stored.skills).toBeGreaterThanOrEqual(1);
    expect(stored.events).toBe(1);
  }, 180_000);
});
