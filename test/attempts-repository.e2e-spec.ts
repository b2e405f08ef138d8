import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AttemptsRepository, type ResultRevisionInput } from '@assay/assessments';
import {
  Http,
  IsolatedDatabase,
  TestRedis,
  inviteCandidates,
  isolatedDatabase,
  publishAssessment,
  signUp,
  startApi,
} from '@assay/testing';

/**
 * AttemptsRepository is the one writer of attempts and their results (docs/decisions/1600). Each named
 * transition names its from-states in SQL: from any other state it writes nothing at all — not the
 * attempt, not a result row. Real PostgreSQL; no worker runs, so nothing else moves the attempts.
 */
describe('AttemptsRepository transitions (real PostgreSQL)', () => {
  let db: IsolatedDatabase;
  let redis: TestRedis;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let repo: AttemptsRepository;
  let organizationId: string;
  const attemptOf = new Map<string, string>();

  beforeAll(async () => {
    db = await isolatedDatabase('attemptsrepo');
    redis = await TestRedis.start();
    app = await startApi({ DATABASE_URL: db.url, REDIS_URL: redis.url });
    const http = new Http(app);
    const org = await signUp(http);
    organizationId = org.organizationId;
    const assessment = await publishAssessment(http, org.accessToken);
    const candidates = await inviteCandidates(http, org.accessToken, assessment.id, 4);
    for (const [i, c] of candidates.entries()) {
      const start = await http.post(`/api/v1/take/${c.token}/start`);
      expect(start.status).toBe(200);
      ds = app.get(DataSource);
      const [row] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [c.invitationId]);
      attemptOf.set(`c${i}`, row.id);
    }
    repo = app.get(AttemptsRepository);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    await db?.drop();
  });

  const stateOf = async (attemptId: string) => {
    const [row] = await ds.query(
      `SELECT t.status, t.grading_error,
              (SELECT count(*)::int FROM attempt_results r WHERE r.attempt_id = t.id) AS results,
              (SELECT max(revision) FROM attempt_results r WHERE r.attempt_id = t.id) AS revision
         FROM attempts t WHERE t.id = $1`,
      [attemptId],
    );
    return row as { status: string; grading_error: string | null; results: number; revision: number | null };
  };

  const revision = (attemptId: string, over: Partial<ResultRevisionInput> = {}): ResultRevisionInput => ({
    organizationId,
    attemptId,
    reason: 'initial',
    score: 3,
    maxScore: 4,
    percentage: 75,
    passed: true,
    levelFit: { recommended: 'mid', levels: { junior: 1, mid: 0.8, senior: null, lead: null } },
    graderVersion: 'test',
    timings: {},
    skills: [],
    grades: [],
    ...over,
  });

  it('submit: in_progress → submitted, once', async () => {
    const id = attemptOf.get('c0')!;
    const first = await repo.submit(ds.manager, id, 'candidate');
    expect(first?.submittedAt).toBeInstanceOf(Date);
    expect(await repo.submit(ds.manager, id, 'timeout')).toBeNull();
    const [row] = await ds.query(`SELECT status, submit_reason FROM attempts WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'submitted', submit_reason: 'candidate' });
  });

  it('markGraded: writes nothing for an attempt still in progress', async () => {
    const id = attemptOf.get('c1')!;
    expect(await repo.markGraded(ds.manager, revision(id))).toBeNull();
    expect(await stateOf(id)).toEqual({
      status: 'in_progress',
      grading_error: null,
      results: 0,
      revision: null,
    });
  });

  it('markGraded: submitted → graded with revision 1, and a second run writes nothing', async () => {
    const id = attemptOf.get('c0')!;
    const resultId = await repo.markGraded(ds.manager, revision(id));
    expect(resultId).toEqual(expect.any(String));
    expect(await repo.markGraded(ds.manager, revision(id))).toBeNull();
    expect(await stateOf(id)).toEqual({ status: 'graded', grading_error: null, results: 1, revision: 1 });
    // Graded is past submitting.
    expect(await repo.submit(ds.manager, id, 'candidate')).toBeNull();
  });

  it('markGradingError: leaves an attempt in progress alone; submitted → grading_error; graded stays graded', async () => {
    const inProgress = attemptOf.get('c1')!;
    await repo.markGradingError(ds.manager, inProgress, 'poison');
    expect(await stateOf(inProgress)).toEqual({
      status: 'in_progress',
      grading_error: null,
      results: 0,
      revision: null,
    });

    const submitted = attemptOf.get('c2')!;
    await repo.submit(ds.manager, submitted, 'timeout');
    await repo.markGradingError(ds.manager, submitted, 'sandbox crashed twice\u0000');
    expect(await stateOf(submitted)).toEqual({
      status: 'grading_error',
      grading_error: 'sandbox crashed twice\ufffd',
      results: 0,
      revision: null,
    });
    // A grading_error attempt may still be graded (the reconciler or a re-grade), which clears the reason.
    expect(await repo.markGraded(ds.manager, revision(submitted))).toEqual(expect.any(String));
    expect(await stateOf(submitted)).toEqual({
      status: 'graded',
      grading_error: null,
      results: 1,
      revision: 1,
    });

    await repo.markGradingError(ds.manager, submitted, 're-grade failed');
    expect(await stateOf(submitted)).toMatchObject({ status: 'graded', grading_error: 're-grade failed' });
  });

  it('regrade: the next revision and graded, once per request; nothing for an attempt in progress', async () => {
    const graded = attemptOf.get('c0')!;
    await ds.transaction(async (m) => {
      await repo.lock(m, graded);
      const stored = await repo.regrade(m, revision(graded, { reason: 'regrade', requestId: 'req-1' }));
      expect(stored).toEqual({ id: expect.any(String), revision: 2 });
    });
    expect(
      await repo.regrade(ds.manager, revision(graded, { reason: 'regrade', requestId: 'req-1' })),
    ).toBeNull();
    expect(await stateOf(graded)).toEqual({ status: 'graded', grading_error: null, results: 2, revision: 2 });
    const current = await ds.query(
      `SELECT revision FROM attempt_results WHERE attempt_id = $1 AND is_current`,
      [graded],
    );
    expect(current).toEqual([{ revision: 2 }]);

    const inProgress = attemptOf.get('c1')!;
    expect(await repo.regrade(ds.manager, revision(inProgress, { reason: 'regrade' }))).toBeNull();
    expect(await stateOf(inProgress)).toEqual({
      status: 'in_progress',
      grading_error: null,
      results: 0,
      revision: null,
    });
  });

  it('start: a second start of the same invitation writes nothing', async () => {
    const [row] = await ds.query(
      `SELECT id, organization_id, assessment_id, invitation_id FROM attempts WHERE id = $1`,
      [attemptOf.get('c3')!],
    );
    const again = await repo.start(ds.manager, {
      id: '00000000-0000-4000-8000-000000000001',
      organizationId: row.organization_id,
      assessmentId: row.assessment_id,
      invitationId: row.invitation_id,
      startedAt: new Date(),
      deadlineAt: new Date(Date.now() + 60_000),
      questionOrder: [],
      optionOrders: {},
      accommodations: {},
    });
    expect(again).toBe(false);
    const rows = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [row.invitation_id]);
    expect(rows).toEqual([{ id: row.id }]);
  });
});
