import { SQL_PREVIEW_LIMITS, SqlSandbox } from './sql-sandbox';

const SCHEMA = `CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 120) INSERT INTO t SELECT x, 'n' || x FROM c;`;

describe('SqlSandbox.preview (a candidate’s "Run query")', () => {
  const sandbox = new SqlSandbox({ threads: 1, defaultTimeLimitMs: 1000 });
  afterAll(() => sandbox.close());

  it('returns the columns and the first rows of a read-only query', async () => {
    const preview = await sandbox.preview(SCHEMA, 'SELECT id, name FROM t WHERE id <= 3 ORDER BY id');
    expect(preview).toEqual({
      ok: true,
      columns: ['id', 'name'],
      rows: [
        [1, 'n1'],
        [2, 'n2'],
        [3, 'n3'],
      ],
      truncated: false,
      ms: expect.any(Number),
    });
  });

  it('caps the rows and says the result was truncated', async () => {
    const preview = await sandbox.preview(SCHEMA, 'SELECT id FROM t ORDER BY id');
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.rows).toHaveLength(SQL_PREVIEW_LIMITS.maxRows);
    expect(preview.truncated).toBe(true);
    const five = await sandbox.preview(SCHEMA, 'SELECT id FROM t ORDER BY id', 5);
    expect(five.ok && five.rows.length).toBe(5);
  });

  it.each([
    ['DELETE FROM t', /read-only/],
    ['SELECT 1; DELETE FROM t', /exactly one statement/],
    ['PRAGMA hard_heap_limit=0', /read-only/],
    ['SELEC nothing', /syntax/],
  ])('refuses %s', async (query, message) => {
    const preview = await sandbox.preview(SCHEMA, query);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.message).toMatch(message);
  });

  it('stops a runaway query at the time limit', async () => {
    const preview = await sandbox.preview(
      SCHEMA,
      'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c',
    );
    expect(preview).toEqual({ ok: false, message: 'query ran longer than 1000 ms' });
  });
});
