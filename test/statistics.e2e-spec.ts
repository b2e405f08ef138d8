import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { itemParameters, probabilityCorrect, seededRandom } from '@assay/grading';
import {
  type AnswerKey,
  type ApiBody,
  correctResponse,
  eventually,
  Http,
  inviteCandidates,
  isolatedDatabase,
  IsolatedDatabase,
  makePlatformAdmin,
  publishAssessment,
  SignedUp,
  signUp,
  startApi,
  startWorker,
  TestRedis,
  type TestResponse,
} from '@assay/testing';

/**
 * Issue 12 end to end: 40 synthetic candidates (2PL, θ spread over −2…2) take a mid Back-End assessment
 * through the real take flow, the real pipeline grades them, the statistics job runs after each grading,
 * and the API serves α, SEM, score bands, time per question and item flags. One question is answered as if
 * miskeyed (strong candidates pick a distractor, weak ones the key): its point-biserial turns negative.
 */
type Statistics = ApiBody<'/api/v1/assessments/{id}/statistics', 'get'>;
type QuestionStatistics = ApiBody<'/api/v1/admin/questions/{id}/statistics', 'get'>;
type Report = ApiBody<'/api/v1/attempts/{id}', 'get'>;
type CandidatePage = ApiBody<'/api/v1/assessments/{id}/candidates', 'get'>;
type QuestionPage = ApiBody<'/api/v1/admin/questions', 'get'>;

describe('results a recruiter can defend: reliability, bands, norms, item statistics (real pipeline)', () => {
  const CANDIDATES = 40;
  let db: IsolatedDatabase;
  let redis: TestRedis;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let ds: DataSource;
  let org: SignedUp;
  let other: SignedUp;
  let admin: SignedUp;
  let assessment: { id: string };
  let miskeyed: { id: string; questionId: string };
  const attemptIds: string[] = [];

  interface KeyedQuestion {
    id: string;
    type: string;
    difficulty: number;
    points: number;
    answerKey: AnswerKey;
    options?: { id: string }[];
    questionId: string;
    /** The shipped catalog's key for the question: the same in every database, unlike its generated ids. */
    catalogKey: string;
  }
  /** The frozen question rows the keys are read from. */
  interface QuestionRow {
    id: string;
    catalog_key: string;
    question_id: string;
    type: string;
    difficulty: number;
    points: string;
    answer_key: AnswerKey;
    content: { options?: { id: string }[] };
  }

  /** A response that earns nothing, of the right shape for the type. */
  function wrongResponse(q: KeyedQuestion, random: () => number): unknown {
    switch (q.type) {
      case 'single_choice': {
        const wrong = q.options!.filter((o) => o.id !== q.answerKey.optionId);
        return { optionId: wrong[Math.floor(random() * wrong.length)].id };
      }
      case 'multiple_choice': {
        const wrong = q.options!.filter((o) => !q.answerKey.optionIds!.includes(o.id));
        return { optionIds: [wrong[Math.floor(random() * wrong.length)].id] };
      }
      case 'numeric':
        return { value: Number(q.answerKey.value) + 1e6 };
      case 'short_text':
        return { text: 'not the answer at all' };
      case 'code':
        return { language: 'javascript', code: 'const nothing = 1;' };
      case 'sql':
        return { query: 'SELECT 1 AS nothing' };
      default:
        return { text: 'no' };
    }
  }

  beforeAll(async () => {
    db = await isolatedDatabase('stats');
    redis = await TestRedis.start();
    const env = { DATABASE_URL: db.url, REDIS_URL: redis.url };
    app = await startApi(env);
    worker = await startWorker(env);
    http = new Http(app);
    ds = app.get(DataSource);
    org = await signUp(http);
    other = await signUp(http);
    admin = await makePlatformAdmin(app, await signUp(http));

    assessment = await publishAssessment(http, org.accessToken, {
      questionCount: 20,
      seed: 'statistics-e2e',
    });
    // Keys from the frozen rows: the test plays candidates who know (or not) the answers.
    const keyed: KeyedQuestion[] = (
      await ds.query<QuestionRow[]>(
        `SELECT aq.id, q.catalog_key, aq.question_id, aq.type, aq.difficulty, aq.points, aq.answer_key, aq.content
           FROM assessment_questions aq JOIN questions q ON q.id = aq.question_id
          WHERE aq.assessment_id = $1`,
        [assessment.id],
      )
    ).map((r) => ({
      id: r.id,
      type: r.type,
      difficulty: r.difficulty,
      points: Number(r.points),
      answerKey: r.answer_key,
      options: r.content.options,
      questionId: r.question_id,
      catalogKey: r.catalog_key,
    }));
    const byId = new Map(keyed.map((q) => [q.id, q]));
    // The miskeyed item is a medium one (difficulty nearest 3, then by catalog key): on an easy item even the weakest
    // simulated candidates mostly "know" it and so avoid the key, and the two groups' key rates could tie.
    // Of those, the most discriminating simulated item: the composition varies between databases (it draws
    // among generated ids), and a weakly discriminating miskeyed item could leave its point-biserial near 0.
    const discrimination = (q: KeyedQuestion) => itemParameters({ ...q, id: q.catalogKey }).a;
    const target = keyed
      .filter((q) => q.type === 'single_choice')
      .sort(
        (a, b) =>
          Math.abs(a.difficulty - 3) - Math.abs(b.difficulty - 3) ||
          discrimination(b) - discrimination(a) ||
          a.catalogKey.localeCompare(b.catalogKey),
      )[0];
    miskeyed = {
      id: target.id,
      questionId: target.questionId,
    };

    const invited = await inviteCandidates(http, org.accessToken, assessment.id, CANDIDATES, 'stats');
    // Every draw is seeded by the candidate and the question's catalog key, never by a generated id or the order
    // a form shows its questions in: the same simulated answers on every run.
    for (let c = 0; c < CANDIDATES; c++) {
      const theta = -2 + (4 * c) / (CANDIDATES - 1);
      const { token, invitationId } = invited[c];
      const start = await http.post(`/api/v1/take/${token}/start`);
      expect(start.status).toBe(200);
      for (const shown of start.body.questions) {
        const q = byId.get(shown.id)!;
        const viewed = await http.post(`/api/v1/take/${token}/events`, {
          type: 'viewed',
          data: { questionId: q.id },
        });
        expect(viewed.status).toBe(202);
        const random = seededRandom(`statistics-e2e\u0000${c}\u0000${q.catalogKey}`);
        const item = itemParameters({ ...q, id: q.catalogKey });
        const knows = random() < probabilityCorrect(theta, item);
        // The miskeyed item: whoever knows the subject picks a distractor the (wrong) key does not credit.
        const right = q.id === miskeyed.id ? !knows : knows;
        const response = right ? correctResponse(q) : wrongResponse(q, random);
        const saved = await http.put(`/api/v1/take/${token}/answers/${q.id}`, { response });
        expect(saved.status).toBe(200);
      }
      expect((await http.post(`/api/v1/take/${token}/submit`)).status).toBe(202);
      const [{ id }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [invitationId]);
      attemptIds.push(id);
    }
    const graded = await eventually(
      async () =>
        (
          await ds.query(`SELECT count(*)::int AS n FROM attempts WHERE id = ANY($1) AND status = 'graded'`, [
            attemptIds,
          ])
        )[0].n,
      (n) => n === CANDIDATES,
      120_000,
      250,
    );
    expect(graded).toBe(CANDIDATES);
  }, 300_000);

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await redis?.destroy();
    await db?.drop();
  }, 60_000);

  async function statisticsWhen(done: (body: Statistics) => boolean) {
    const res = await eventually(
      () =>
        http.get<Statistics>(`/api/v1/assessments/${assessment.id}/statistics`, { token: org.accessToken }),
      (r) => r.status === 200 && done(r.body),
      60_000,
      250,
    );
    expect(res.status).toBe(200);
    return res.body;
  }

  it('computes α, SEM, the distribution and the item table after grading, off the request path', async () => {
    const stats = await statisticsWhen((b) => b.attempts === CANDIDATES);
    expect(stats).toMatchObject({
      assessmentId: assessment.id,
      attempts: CANDIDATES,
      reliability: { status: 'measured', minAttempts: 30 },
    });
    expect(stats.reliability.alpha).toBeGreaterThan(0);
    expect(stats.reliability.alpha).toBeLessThanOrEqual(1);
    expect(stats.reliability.sem).toBeGreaterThan(0);
    // SEM = SD × √(1 − α), within the stored rounding.
    expect(stats.reliability.sem).toBeCloseTo(stats.sd! * Math.sqrt(1 - stats.reliability.alpha!), 0);
    expect(stats.distribution.reduce((s: number, b) => s + b.count, 0)).toBe(CANDIDATES);
    expect(stats.items).toHaveLength(20);
    for (const item of stats.items) {
      expect(item.responses).toBe(CANDIDATES);
      expect(item.facility).toBeGreaterThanOrEqual(0);
      expect(item.facility).toBeLessThanOrEqual(1);
      expect(item.time.observed).toBe(CANDIDATES);
    }
    const flagged = stats.items.find((i) => i.questionId === miskeyed.id)!;
    expect(flagged.pointBiserial).toBeLessThan(0);
    expect(flagged.flags).toEqual(expect.arrayContaining(['low_discrimination', 'likely_miskeyed']));
    // A global question's key stays hidden from the organization: option rates without `correct`.
    expect(flagged.options.length).toBeGreaterThan(1);
    for (const option of flagged.options) expect(option).not.toHaveProperty('correct');
  });

  it('puts a 95 % band, reliability, percentile, item counts, evidence and time per question on the report', async () => {
    const stats = await statisticsWhen((b) => b.attempts === CANDIDATES);
    const report = (await http.get<Report>(`/api/v1/attempts/${attemptIds[30]}`, { token: org.accessToken }))
      .body;
    expect(report.status).toBe('graded');
    expect(report.reliability).toEqual({
      alpha: stats.reliability.alpha,
      sem: stats.reliability.sem,
      attempts: CANDIDATES,
      status: 'measured',
      minAttempts: 30,
    });
    const half = 1.96 * stats.reliability.sem!;
    expect(report.scoreBand!.basis).toBe('assessment');
    expect(report.scoreBand!.low).toBeCloseTo(Math.max(0, report.percentage! - half), 1);
    expect(report.scoreBand!.high).toBeCloseTo(Math.min(100, report.percentage! + half), 1);
    // 40 attempts is below the 100 a norm group needs.
    expect(report.percentile).toBeNull();
    expect(report.normGroup).toEqual({ size: CANDIDATES, minSize: 100 });
    const itemCounts = report.skills.reduce((s: number, k) => s + k.itemCount!, 0);
    expect(itemCounts).toBe(20);
    for (const skill of report.skills) {
      expect(skill.confidence).toBe(skill.itemCount! < 4 ? 'insufficient' : expect.any(String));
    }
    expect(report.levelFit!.evidence).toMatchObject({
      assessedLevel: 'mid',
      basis: { passFail: 'points', levelFit: 'importance' },
    });
    expect(['recommended', 'insufficient_evidence', 'not_met']).toContain(report.levelFit!.evidence!.status);
    if (!report.passed) expect(report.levelFit!.recommended).not.toBe('mid');
    for (const answer of report.answers) {
      expect(typeof answer.timeSpentSeconds).toBe('number');
      expect(answer.timeSpentSeconds).toBeGreaterThanOrEqual(0);
    }
    // `viewed` events time the questions; they are not proctoring signals.
    expect(report.events.filter((e) => e.type === 'viewed')).toEqual([]);

    const list = await http.get<CandidatePage>(
      `/api/v1/assessments/${assessment.id}/candidates?sort=-score&limit=100`,
      {
        token: org.accessToken,
      },
    );
    expect(list.body.items).toHaveLength(CANDIDATES);
    const row = list.body.items.find((i) => i.attemptId === attemptIds[30]);
    expect(row).toMatchObject({ scoreBand: report.scoreBand, percentile: null });
    const csv = await http.get(`/api/v1/assessments/${assessment.id}/candidates.csv`, {
      token: org.accessToken,
    });
    expect(csv.status).toBe(200);
    const [header, ...lines] = csv.text.trim().split('\r\n');
    expect(header).toContain('recommended_level,score_band_low,score_band_high,percentile');
    expect(lines).toHaveLength(CANDIDATES);
    const line = lines.find((l: string) => l.includes(attemptIds[30]))!;
    expect(line).toContain(`,${report.scoreBand!.low},${report.scoreBand!.high},`);
  });

  it('shows platform admins each global question version’s statistics and lists flagged questions', async () => {
    const res = await eventually(
      () =>
        http.get<QuestionStatistics>(`/api/v1/admin/questions/${miskeyed.questionId}/statistics`, {
          token: admin.accessToken,
        }),
      (r) => r.status === 200 && r.body.versions[0]?.responses === CANDIDATES,
    );
    expect(res.status).toBe(200);
    const [version] = res.body.versions;
    expect(version.flags).toEqual(expect.arrayContaining(['likely_miskeyed']));
    expect(version.pointBiserial).toBeLessThan(0);
    // Platform admins see the key: the keyed option is chosen by weak candidates, not strong ones.
    const keyed = version.options.find((o) => o.correct)!;
    expect(keyed.lowerRate).toBeGreaterThan(keyed.upperRate);
    expect(version.time).toMatchObject({ observed: CANDIDATES });
    expect(typeof version.time.medianSeconds).toBe('number');

    const flagged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: TestResponse<QuestionPage> = await http.get<QuestionPage>(
        `/api/v1/admin/questions?flagged=true&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin.accessToken },
      );
      expect(page.status).toBe(200);
      flagged.push(...page.body.items.map((q) => q.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(flagged).toContain(miskeyed.questionId);
    // Only questions with a flag: every listed one has a flagged version.
    for (const id of flagged.slice(0, 5)) {
      const s = await http.get<QuestionStatistics>(`/api/v1/admin/questions/${id}/statistics`, {
        token: admin.accessToken,
      });
      expect(s.body.versions.some((v) => v.flags.length > 0)).toBe(true);
    }

    // Organizations read neither the global library's statistics nor another organization's.
    expect(
      (
        await http.get(`/api/v1/admin/questions/${miskeyed.questionId}/statistics`, {
          token: org.accessToken,
        })
      ).status,
    ).toBe(403);
    expect(
      (await http.get(`/api/v1/questions/${miskeyed.questionId}/statistics`, { token: org.accessToken }))
        .status,
    ).toBe(404);
    const bad = await http.get(`/api/v1/admin/questions?flagged=maybe`, { token: admin.accessToken });
    expect(bad.status).toBe(400);
    expect(bad.problem.errors!.map((e) => e.field)).toContain('flagged');
  });

  it('answers 404 for another organization’s assessment statistics and 400 for a bad viewed event', async () => {
    const foreign = await http.get(`/api/v1/assessments/${assessment.id}/statistics`, {
      token: other.accessToken,
    });
    expect(foreign.status).toBe(404);
    const [candidate] = await inviteCandidates(http, org.accessToken, assessment.id, 1, 'viewed');
    await http.post(`/api/v1/take/${candidate.token}/start`);
    for (const data of [
      undefined,
      { questionId: 'nope' },
      { questionId: '0193c4f2-7a1e-7cc2-9a4e-aaaaaaaaaaaa' },
    ]) {
      const res = await http.post(`/api/v1/take/${candidate.token}/events`, { type: 'viewed', data });
      expect(res.status).toBe(400);
      expect(res.problem.errors!.map((e) => e.field)).toEqual(['data.questionId']);
    }
  });

  it('places a candidate in the norm group (same role version and level) once it has 100 graded attempts', async () => {
    // 60 more candidates who submit without answering (graded 0 %): the group reaches 100.
    const more = await inviteCandidates(http, org.accessToken, assessment.id, 60, 'norm');
    for (const c of more) {
      expect((await http.post(`/api/v1/take/${c.token}/start`)).status).toBe(200);
      expect((await http.post(`/api/v1/take/${c.token}/submit`)).status).toBe(202);
    }
    await statisticsWhen((b) => b.attempts === 100);
    const report = await eventually(
      async () =>
        (await http.get<Report>(`/api/v1/attempts/${attemptIds[30]}`, { token: org.accessToken })).body,
      (r) => r.normGroup?.size === 100,
    );
    const list = await http.get<CandidatePage>(
      `/api/v1/assessments/${assessment.id}/candidates?sort=-score&limit=100`,
      {
        token: org.accessToken,
      },
    );
    const scores: number[] = list.body.items.filter((i) => i.status === 'graded').map((i) => i.percentage!);
    expect(scores).toHaveLength(100);
    const below = scores.filter((p) => p < report.percentage!).length;
    const equal = scores.filter((p) => p === report.percentage).length;
    // Mid-rank percentile (scores binned by 0.1 point in the stored group, so allow half a point).
    expect(report.percentile).toBeCloseTo((100 * (below + equal / 2)) / 100, 0);
    expect(report.normGroup).toEqual({ size: 100, minSize: 100 });
    const row = list.body.items.find((i) => i.attemptId === attemptIds[30])!;
    expect(row.percentile).toBe(report.percentile);
  });
});
