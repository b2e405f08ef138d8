import type { AnswerGrade, GradableQuestion } from './grading.types';
import { SQL_LIMITS, SqlSandbox } from './sql-sandbox';

jest.setTimeout(60_000);

const MiB = 1024 * 1024;

const schema = `CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL);
INSERT INTO items VALUES (1, 'pen', 1.5), (2, 'book', 12), (3, 'lamp', 30);`;

function question(overrides: Partial<GradableQuestion> = {}): GradableQuestion {
  return {
    id: 'sql-memory',
    type: 'sql',
    skill: 'sql',
    difficulty: 2,
    points: 4,
    schema,
    timeLimitMs: 2000,
    answerKey: { expectedQuery: 'SELECT name FROM items WHERE price > 10', ordered: false },
    ...overrides,
  };
}

const honest = { query: 'SELECT name FROM items WHERE price >= 12' };

/** A recursive insert of `rows` rows of `expr` (the shape of the issue's 156-character schema). */
const recursiveInsert = (rows: number, expr: string) =>
  `CREATE TABLE t (b);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${rows}) INSERT INTO t SELECT ${expr} FROM c;`;

describe('SQL sandbox memory: fixtures and answers under limits, nothing kept after them', () => {
  // One thread: every bomb and the honest answer after it share the same thread and SQLite.
  const sandbox = new SqlSandbox({ threads: 1 });
  afterAll(() => sandbox.close());

  async function gradeThenHonest(q: GradableQuestion, response: unknown): Promise<AnswerGrade> {
    const result = await sandbox.grade(q, response);
    const stats = sandbox.stats();
    // The thread keeps at most its recycling threshold of WASM memory plus its bounded caches.
    expect(stats.memoryBytes).toBeLessThanOrEqual(
      SQL_LIMITS.recycleAboveBytes + SQL_LIMITS.fixtureCacheBytes * 1.5,
    );
    expect(await sandbox.grade(question(), honest)).toMatchObject({ verdict: 'accepted', score: 4 });
    return result;
  }

  describe('fixture bombs are refused, at authoring and at grading', () => {
    it.each([
      [
        'randomblob(50 MB) in a recursive insert',
        recursiveInsert(100, 'randomblob(50000000)'),
        // Generating 50 MB of random bytes is slow: a loaded machine may reach the build's 10 s cap first.
        /memory|larger than 16 MiB|longer than 10 s/,
      ],
      [
        'a recursive CTE insert past 16 MiB',
        recursiveInsert(100_000, 'randomblob(1000)'),
        /larger than 16 MiB/,
      ],
      [
        'a huge TEXT value',
        "CREATE TABLE t (s TEXT); INSERT INTO t VALUES (printf('%.*c', 40000000, 'x'));",
        /memory|larger than 16 MiB/,
      ],
      [
        'zeroblob(200 MB)',
        'CREATE TABLE t (b); INSERT INTO t VALUES (zeroblob(200000000));',
        /larger than 16 MiB/,
      ],
      [
        'a PRAGMA lifting the page limit',
        'PRAGMA max_page_count = 1000000000; CREATE TABLE t (a);',
        /not "PRAGMA/,
      ],
      ['a PRAGMA lifting the heap limit', 'CREATE TABLE t (a); PRAGMA hard_heap_limit = 0;', /not "PRAGMA/],
      ['an attached database', "ATTACH DATABASE ':memory:' AS side; CREATE TABLE side.t (a);", /not "ATTACH/],
      ['a temporary table', 'CREATE TEMP TABLE t (a); CREATE TABLE u (a);', /not "CREATE TEMP/],
    ])('%s', async (_name, bomb, message) => {
      const check = await sandbox.checkSchema(bomb);
      expect(check).toMatchObject({ ok: false, refused: true });
      expect((check as { message: string }).message).toMatch(message);
      const graded = await gradeThenHonest(question({ schema: bomb }), { query: 'SELECT 1' });
      expect(graded).toMatchObject({ verdict: 'pending_review', details: { reason: 'invalid_answer_key' } });
    });

    it('an endless schema is refused for time at authoring', async () => {
      const started = Date.now();
      const check = await sandbox.checkSchema(
        'CREATE TABLE t (a); WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;',
      );
      expect(check).toMatchObject({ ok: false, refused: true });
      expect((check as { message: string }).message).toMatch(/longer than 10 s/);
      expect(Date.now() - started).toBeLessThan(SQL_LIMITS.schemaCheckCapMs + 5000);
      expect(await sandbox.grade(question(), honest)).toMatchObject({ verdict: 'accepted' });
    });

    it('a schema within the limits builds, and says how large it is', async () => {
      const check = await sandbox.checkSchema(recursiveInsert(2000, 'randomblob(1000)'));
      expect(check.ok).toBe(true);
      expect((check as { bytes: number }).bytes).toBeGreaterThan(2_000_000);
      expect((check as { bytes: number }).bytes).toBeLessThanOrEqual(16 * MiB);
    });
  });

  describe('answer bombs end with a verdict and leave nothing behind', () => {
    it.each([
      ['randomblob(500 MB)', 'SELECT length(randomblob(500000000))', 'memory_limit_exceeded'],
      ['a huge TEXT', "SELECT length(printf('%.*c', 300000000, 'x'))", 'memory_limit_exceeded'],
      [
        'a recursive CTE growing strings',
        "WITH RECURSIVE c(x, s) AS (SELECT 1, 'x' UNION ALL SELECT x + 1, s || s FROM c WHERE x < 40) SELECT max(length(s)) FROM c",
        'memory_limit_exceeded',
      ],
      [
        'group_concat of large values',
        'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000) SELECT length(group_concat(hex(randomblob(100000)))) FROM c',
        'memory_limit_exceeded',
      ],
    ])('%s', async (_name, query, verdict) => {
      const result = await gradeThenHonest(question({ timeLimitMs: 8000 }), { query });
      expect(result.verdict).toBe(verdict);
    });
  });

  it('bounds the fixture cache by total bytes, not by count', async () => {
    const small = new SqlSandbox({ threads: 1, fixtureCacheBytes: 16 * MiB });
    try {
      // Twelve distinct fixtures of ~8 MiB: 96 MiB if all were kept; at most 16 MiB (and 8 MiB of results) are.
      for (let i = 0; i < 12; i++) {
        const big = `${recursiveInsert(2000, 'randomblob(4000)')}\nCREATE TABLE marker_${i} (a);\n${schema}`;
        expect(await small.grade(question({ schema: big }), honest)).toMatchObject({ verdict: 'accepted' });
      }
      // The thread's report: its WASM memory plus what its caches hold.
      expect(small.stats().memoryBytes).toBeLessThanOrEqual(SQL_LIMITS.recycleAboveBytes + 24 * MiB);
      expect(await small.grade(question(), honest)).toMatchObject({ verdict: 'accepted' });
    } finally {
      await small.close();
    }
  }, 120_000);
});
