import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GradingEngine } from './grading-engine';
import type { AnswerGrade, GradableQuestion } from './grading.types';
import { SqlSandbox } from './sql-sandbox';

jest.setTimeout(30_000);

const schema = `
CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT NOT NULL, department_id INTEGER, salary REAL);
INSERT INTO departments VALUES (1, 'Engineering'), (2, 'Operations'), (3, 'Legal');
INSERT INTO employees VALUES
  (1, 'Ada', 1, 100), (2, 'Bob', 1, 150), (3, 'Cy', 1, 102),
  (4, 'Di', 2, 90), (5, 'Ed', 2, NULL), (6, 'Flo', NULL, 70);
CREATE TABLE numbers (n INTEGER);
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2000) INSERT INTO numbers SELECT n FROM c;
`;

function avgQuestion(overrides: Partial<GradableQuestion> = {}): GradableQuestion {
  return {
    id: 'sql-avg',
    type: 'sql',
    skill: 'sql-relational-databases',
    difficulty: 3,
    points: 6,
    schema,
    timeLimitMs: 400,
    answerKey: {
      expectedQuery: `SELECT d.name, ROUND(AVG(e.salary), 2) FROM departments d JOIN employees e ON e.department_id = d.id
                      GROUP BY d.id ORDER BY d.name`,
      ordered: true,
    },
    ...overrides,
  };
}

const correct = {
  query: `-- average salary per department
    SELECT d.name AS department, round(avg(e.salary), 2) AS avg_salary
    FROM employees e JOIN departments d ON d.id = e.department_id
    GROUP BY d.name ORDER BY d.name;`,
};

describe('SQL sandbox', () => {
  const engine = new GradingEngine({ sqlThreads: 1 });
  afterAll(() => engine.close());

  async function gradeThenRecover(response: unknown, question = avgQuestion()): Promise<AnswerGrade> {
    const result = await engine.grade(question, response);
    expect(await engine.grade(avgQuestion(), correct)).toMatchObject({ verdict: 'accepted', score: 6 });
    return result;
  }

  it('accepts a different query with the same result, whatever the column names', async () => {
    expect(await engine.grade(avgQuestion(), correct)).toMatchObject({
      verdict: 'accepted',
      score: 6,
      maxScore: 6,
    });
  });

  it('does not accept an unrounded AVG where the expected query rounds', async () => {
    const result = await engine.grade(avgQuestion(), {
      query:
        'SELECT d.name, AVG(e.salary) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY d.name ORDER BY d.name',
    });
    expect(result).toMatchObject({
      verdict: 'wrong_answer',
      score: 0,
      details: {
        expectedRows: 2,
        actualRows: 2,
        firstDifference: { row: 0, expected: ['Engineering', 117.33], actual: ['Engineering', 352 / 3] },
      },
    });
  });

  it('compares numbers within 1e-9 relative and integers equal to reals', async () => {
    const q = avgQuestion({ answerKey: { expectedQuery: 'SELECT 1.0 / 3, 2', ordered: false } });
    expect((await engine.grade(q, { query: 'SELECT 0.3333333333333333, 2.0' })).verdict).toBe('accepted');
    expect((await engine.grade(q, { query: 'SELECT 0.3333333, 2' })).verdict).toBe('wrong_answer');
    expect((await engine.grade(q, { query: "SELECT 1.0 / 3, '2'" })).verdict).toBe('wrong_answer');
  });

  it('compares rows as a multiset unless ordered', async () => {
    const unordered = avgQuestion({
      answerKey: { expectedQuery: 'SELECT name FROM employees', ordered: false },
    });
    expect(
      (await engine.grade(unordered, { query: 'SELECT name FROM employees ORDER BY name DESC' })).verdict,
    ).toBe('accepted');
    expect(
      (await engine.grade(unordered, { query: 'SELECT DISTINCT name FROM employees WHERE id < 6' })).verdict,
    ).toBe('wrong_answer');
    const ordered = avgQuestion({
      answerKey: { expectedQuery: 'SELECT name FROM employees ORDER BY name', ordered: true },
    });
    expect(
      (await engine.grade(ordered, { query: 'SELECT name FROM employees ORDER BY name DESC' })).verdict,
    ).toBe('wrong_answer');
  });

  it('summarises a wrong answer: column and row counts, first differing row', async () => {
    const columns = await engine.grade(avgQuestion(), { query: 'SELECT name FROM departments' });
    expect(columns).toMatchObject({
      verdict: 'wrong_answer',
      details: { expectedColumns: 2, actualColumns: 1 },
    });
    const rows = await engine.grade(avgQuestion(), {
      query:
        'SELECT d.name, ROUND(AVG(e.salary), 2) FROM departments d LEFT JOIN employees e ON e.department_id = d.id GROUP BY d.id ORDER BY d.name',
    });
    expect(rows).toMatchObject({
      verdict: 'wrong_answer',
      details: {
        expectedRows: 2,
        actualRows: 3,
        firstDifference: { row: 1, expected: ['Operations', 90], actual: ['Legal', null] },
      },
    });
  });

  it('reports SQL that does not parse as compile_error and a failing query as runtime_error', async () => {
    expect(await engine.grade(avgQuestion(), { query: 'SELEC name FROM employees' })).toMatchObject({
      verdict: 'compile_error',
    });
    expect(await engine.grade(avgQuestion(), { query: 'SELECT nope FROM employees' })).toMatchObject({
      verdict: 'compile_error',
    });
    expect(await engine.grade(avgQuestion(), { query: "SELECT json('{')" })).toMatchObject({
      verdict: 'runtime_error',
    });
  });

  it('treats blank and malformed responses as unanswered and incorrect', async () => {
    expect((await engine.grade(avgQuestion(), { query: '  ' })).verdict).toBe('unanswered');
    expect((await engine.grade(avgQuestion(), {})).verdict).toBe('unanswered');
    expect((await engine.grade(avgQuestion(), { query: 42 })).verdict).toBe('incorrect');
  });

  it('sends a question whose schema or expected query fails to review', async () => {
    const badSchema = avgQuestion({ schema: 'CREATE TABLE (' });
    expect(await engine.grade(badSchema, correct)).toMatchObject({
      verdict: 'pending_review',
      details: { reason: 'invalid_answer_key' },
    });
    const badKey = avgQuestion({ answerKey: { expectedQuery: 'SELECT * FROM missing' } });
    expect((await engine.grade(badKey, correct)).verdict).toBe('pending_review');
  });

  describe('hostile queries: each gets a verdict and the next answer grades normally', () => {
    it.each([
      "INSERT INTO employees (name) VALUES ('Mallory')",
      'UPDATE employees SET salary = 0',
      'DELETE FROM employees',
      'DROP TABLE employees',
      "ATTACH DATABASE ':memory:' AS other",
      'PRAGMA hard_heap_limit=0',
      '/* looks harmless */ PRAGMA query_only=0',
      'WITH x AS (SELECT 1) DELETE FROM employees',
      'SELECT 1; DROP TABLE employees',
      'SELECT 1; SELECT 2',
      'BEGIN',
    ])('%s → runtime_error', async (query) => {
      const result = await gradeThenRecover({ query });
      expect(result).toMatchObject({ verdict: 'runtime_error', score: 0 });
    });

    it('an endless recursive CTE is stopped by terminating the thread', async () => {
      const started = Date.now();
      const result = await gradeThenRecover({
        query: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c',
      });
      expect(result).toMatchObject({ verdict: 'time_limit_exceeded', score: 0 });
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    it('an endless recursive CTE that yields rows hits the row cap', async () => {
      // A generous time limit: on a freshly replaced thread the WASM code is still cold.
      const result = await gradeThenRecover(
        { query: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c' },
        avgQuestion({ timeLimitMs: 5000 }),
      );
      expect(result).toMatchObject({
        verdict: 'runtime_error',
        details: { message: expect.stringMatching(/10000 rows/) },
      });
    });

    it('a cartesian product of large tables', async () => {
      const counted = await gradeThenRecover({
        query: 'SELECT count(*) FROM numbers a, numbers b, numbers c',
      });
      expect(counted.verdict).toBe('time_limit_exceeded');
      const listed = await gradeThenRecover(
        { query: 'SELECT * FROM numbers a, numbers b' },
        avgQuestion({ timeLimitMs: 5000 }),
      );
      expect(listed.verdict).toBe('runtime_error');
    });

    it('a huge allocation hits the heap limit', async () => {
      const result = await gradeThenRecover({ query: 'SELECT length(randomblob(500000000)), 1' });
      expect(result.verdict).toBe('memory_limit_exceeded');
    });
  });
});

describe('SQL sandbox pool failures', () => {
  // Created in beforeAll so that a filtered run (-t) leaves no temporary directory behind.
  let dir = '';
  let sandbox: SqlSandbox;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-grading-sql-'));
    const workerFile = path.join(dir, 'faulty.worker.js');
    fs.writeFileSync(
      workerFile,
      `'use strict';
const real = require(${JSON.stringify(path.join(__dirname, 'sql-sandbox.worker.js'))});
module.exports = async (task) => (task.query.includes('__CRASH__') ? process.exit(3) : real(task));`,
    );
    sandbox = new SqlSandbox({ threads: 1, workerFilename: workerFile });
  });
  afterAll(async () => {
    await sandbox.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('replaces a thread that dies, gives a verdict and keeps working', async () => {
    const crashed = await sandbox.grade(avgQuestion(), { query: 'SELECT 1 -- __CRASH__' });
    expect(crashed).toMatchObject({ verdict: 'runtime_error', details: { reason: 'sandbox_failure' } });
    expect((await sandbox.grade(avgQuestion(), correct)).verdict).toBe('accepted');
  });
});
