'use strict';
/*
 * Worker-thread entry of the SQL sandbox (run by piscina). Plain CommonJS that requires only npm
 * packages, because it is loaded by path under Jest, under the TS loader and from dist/.
 *
 * SQLite compiled to WASM (sql.js). The fixture database of a question is built once per thread and
 * cached as an exported image keyed by a hash of its schema; every answer runs on a fresh copy.
 * sql.js has no progress handler, so the host enforces the time limit by terminating this thread:
 * the worker posts `{ phase: 'query' }` right before the candidate's query starts.
 */
const initSqlJs = require('sql.js');
const { createHash } = require('node:crypto');
const { performance } = require('node:perf_hooks');

let sqlModule = null;
function loadModule() {
  sqlModule = initSqlJs().then((SQL) => {
    warmUp(SQL);
    return SQL;
  });
  sqlModule.catch(() => undefined);
  return sqlModule;
}

// Runs SQLite once so that a fresh thread's first query is not timed on cold WASM code.
function warmUp(SQL) {
  const db = new SQL.Database();
  try {
    db.exec(
      'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000) SELECT count(*), avg(x) FROM c',
    );
    const stmt = db.prepare(
      'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000) SELECT x, x * 1.5 FROM c',
    );
    while (stmt.step()) stmt.get();
    stmt.free();
  } finally {
    db.close();
  }
}
loadModule();

const MESSAGE_MAX = 500;
const CACHE_ENTRIES = 32;
const fixtures = new Map(); // schema hash -> { image } | { error }
const expectedResults = new Map(); // schema hash + query hash -> { columns, rows } | { error }

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

function remember(cache, key, value) {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value);
  return value;
}

function recall(cache, key) {
  const value = cache.get(key);
  if (value !== undefined) remember(cache, key, value);
  return value;
}

function messageOf(error) {
  return String((error && error.message) || error).slice(0, MESSAGE_MAX);
}

class LimitError extends Error {}

function fixtureImage(SQL, schema) {
  const key = sha256(schema);
  const cached = recall(fixtures, key);
  if (cached) return { key, ...cached };
  const db = new SQL.Database();
  try {
    db.exec(schema);
    return { key, ...remember(fixtures, key, { image: db.export() }) };
  } catch (error) {
    return { key, ...remember(fixtures, key, { error: messageOf(error) }) };
  } finally {
    db.close();
  }
}

function openCopy(SQL, image, heapLimitBytes) {
  const db = new SQL.Database(image);
  // The hard heap limit is process-wide (one SQLite per thread); temp tables and sorts stay in that
  // heap instead of growing MEMFS files; query_only makes any write fail even if a check missed it.
  db.exec(
    `PRAGMA hard_heap_limit=${Math.floor(heapLimitBytes)}; PRAGMA temp_store=MEMORY; PRAGMA query_only=1;`,
  );
  return db;
}

function cellBytes(value) {
  if (typeof value === 'string') return value.length * 2;
  if (value instanceof Uint8Array) return value.length;
  return 8;
}

function execute(db, sql, maxRows, maxBytes) {
  const stmt = db.prepare(sql);
  try {
    const columns = stmt.getColumnNames();
    const rows = [];
    let bytes = 0;
    while (stmt.step()) {
      if (rows.length >= maxRows) throw new LimitError(`result has more than ${maxRows} rows`);
      const row = stmt.get();
      for (const value of row) bytes += cellBytes(value);
      if (bytes > maxBytes) throw new LimitError(`result larger than ${maxBytes} bytes`);
      rows.push(row);
    }
    return { columns, rows };
  } finally {
    stmt.free();
  }
}

function stripLeadingComments(sql) {
  let rest = sql;
  for (;;) {
    rest = rest.replace(/^\s+/, '');
    if (rest.startsWith('--')) {
      const end = rest.indexOf('\n');
      rest = end === -1 ? '' : rest.slice(end + 1);
    } else if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/', 2);
      rest = end === -1 ? '' : rest.slice(end + 2);
    } else {
      return rest;
    }
  }
}

const WRITE_OPCODES = new Set([
  'OpenWrite',
  'Vacuum',
  'JournalMode',
  'Checkpoint',
  'VUpdate',
  'VCreate',
  'VDestroy',
  'CreateBtree',
  'Destroy',
  'Clear',
  'DropTable',
  'DropIndex',
  'DropTrigger',
  'ParseSchema',
  'SetCookie',
]);

/**
 * sql.js does not expose sqlite3_stmt_readonly, so the same facts are read from the program:
 * a write transaction (OP_Transaction with P2 ≠ 0) or an opcode that writes the schema or a table.
 */
function isReadOnly(db, sql) {
  const stmt = db.prepare(`EXPLAIN ${sql}`);
  try {
    while (stmt.step()) {
      const [, opcode, , p2] = stmt.get();
      if (opcode === 'Transaction' && p2 !== 0) return false;
      if (WRITE_OPCODES.has(opcode)) return false;
    }
    return true;
  } finally {
    stmt.free();
  }
}

/** Returns null when the query may run, else the verdict and why. */
function checkQuery(db, sql) {
  let statements = 0;
  let columnCount = 0;
  try {
    for (const stmt of db.iterateStatements(sql)) {
      statements += 1;
      if (statements === 1) columnCount = stmt.getColumnNames().length;
      stmt.free();
    }
  } catch (error) {
    return { verdict: 'compile_error', message: messageOf(error) };
  }
  if (statements === 0) return { verdict: 'compile_error', message: 'no SQL statement' };
  if (statements > 1) return { verdict: 'runtime_error', message: 'exactly one statement is allowed' };
  // PROBES.md: `PRAGMA hard_heap_limit=0` passes a read-only check alone, so the prefix is checked too.
  if (!/^(?:SELECT|WITH|VALUES)\b/i.test(stripLeadingComments(sql))) {
    return { verdict: 'runtime_error', message: 'only a read-only SELECT, WITH or VALUES query is allowed' };
  }
  if (!isReadOnly(db, sql) || columnCount === 0) {
    return { verdict: 'runtime_error', message: 'the query must be read-only and return rows' };
  }
  return null;
}

const RELATIVE_TOLERANCE = 1e-9;

function typeRank(value) {
  if (value === null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  return 3;
}

function compareCells(a, b) {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  if (ra === 1 || ra === 2) return a < b ? -1 : a > b ? 1 : 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function compareRows(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareCells(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Numbers within 1e-9 relative (integer 2 equals real 2.0; an unrounded AVG does not equal a rounded one). */
function cellsEqual(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) return compareCells(a, b) === 0;
  return a === b;
}

function rowsEqual(a, b) {
  return a.length === b.length && a.every((cell, i) => cellsEqual(cell, b[i]));
}

function showCell(value) {
  if (value instanceof Uint8Array)
    return `X'${Buffer.from(value.subarray(0, 64)).toString('hex').toUpperCase()}'`;
  if (typeof value === 'string' && value.length > 200) return `${value.slice(0, 200)}…`;
  return value;
}

function showRow(row) {
  return row ? row.slice(0, 20).map(showCell) : null;
}

/** null when equal, else a short summary of the first difference. */
function diff(expected, actual, ordered) {
  const summary = {
    expectedRows: expected.rows.length,
    actualRows: actual.rows.length,
    expectedColumns: expected.columns.length,
    actualColumns: actual.columns.length,
  };
  if (expected.columns.length !== actual.columns.length) {
    return {
      ...summary,
      summary: `expected ${expected.columns.length} columns, got ${actual.columns.length}`,
    };
  }
  // A multiset compares as two sorted sequences.
  const want = ordered ? expected.rows : [...expected.rows].sort(compareRows);
  const got = ordered ? actual.rows : [...actual.rows].sort(compareRows);
  const length = Math.max(want.length, got.length);
  for (let i = 0; i < length; i++) {
    if (want[i] && got[i] && rowsEqual(want[i], got[i])) continue;
    return {
      ...summary,
      summary: want.length !== got.length ? `expected ${want.length} rows, got ${got.length}` : 'rows differ',
      firstDifference: { row: i, expected: showRow(want[i]), actual: showRow(got[i]) },
    };
  }
  return null;
}

function expectedResult(SQL, fixture, task) {
  const key = `${fixture.key}:${sha256(task.expectedQuery)}`;
  const cached = recall(expectedResults, key);
  if (cached) return cached;
  const db = openCopy(SQL, fixture.image, task.heapLimitBytes);
  try {
    return remember(expectedResults, key, execute(db, task.expectedQuery, task.maxRows, task.maxResultBytes));
  } catch (error) {
    return remember(expectedResults, key, { error: messageOf(error) });
  } finally {
    db.close();
  }
}

function gradeQuery(SQL, task, port) {
  const fixture = fixtureImage(SQL, task.schema);
  if (fixture.error) return { kind: 'invalid_question', message: `schema: ${fixture.error}` };
  const expected = expectedResult(SQL, fixture, task);
  if (expected.error) return { kind: 'invalid_question', message: `expectedQuery: ${expected.error}` };

  const db = openCopy(SQL, fixture.image, task.heapLimitBytes);
  try {
    const rejected = checkQuery(db, task.query);
    if (rejected) return { kind: 'graded', ...rejected };
    if (port) port.postMessage({ phase: 'query' });
    const started = performance.now();
    let actual;
    try {
      actual = execute(db, task.query, task.maxRows, task.maxResultBytes);
    } catch (error) {
      const message = messageOf(error);
      const verdict = /out of memory/i.test(message) ? 'memory_limit_exceeded' : 'runtime_error';
      return { kind: 'graded', verdict, message, ms: Math.round((performance.now() - started) * 100) / 100 };
    }
    const ms = Math.round((performance.now() - started) * 100) / 100;
    const difference = diff(expected, actual, task.ordered === true);
    return difference
      ? { kind: 'graded', verdict: 'wrong_answer', diff: difference, ms }
      : { kind: 'graded', verdict: 'accepted', rows: actual.rows.length, ms };
  } finally {
    db.close();
  }
}

/**
 * A candidate's "Run query": the same read-only gate and fixture copy as grading, but the first
 * `maxRows` rows come back (never the expected query's, which is not run at all).
 */
function previewQuery(SQL, task, port) {
  const fixture = fixtureImage(SQL, task.schema);
  if (fixture.error) return { kind: 'preview', ok: false, message: `schema: ${fixture.error}` };
  const db = openCopy(SQL, fixture.image, task.heapLimitBytes);
  try {
    const rejected = checkQuery(db, task.query);
    if (rejected) return { kind: 'preview', ok: false, message: rejected.message };
    if (port) port.postMessage({ phase: 'query' });
    const started = performance.now();
    const stmt = db.prepare(task.query);
    try {
      const columns = stmt.getColumnNames();
      const rows = [];
      let bytes = 0;
      let truncated = false;
      while (stmt.step()) {
        const row = stmt.get();
        for (const value of row) bytes += cellBytes(value);
        if (rows.length >= task.maxRows || bytes > task.maxResultBytes) {
          truncated = true;
          break;
        }
        rows.push(showRow(row));
      }
      const ms = Math.round((performance.now() - started) * 100) / 100;
      return { kind: 'preview', ok: true, columns, rows, truncated, ms };
    } catch (error) {
      return { kind: 'preview', ok: false, message: messageOf(error) };
    } finally {
      stmt.free();
    }
  } finally {
    db.close();
  }
}

/**
 * task: { schema, expectedQuery, ordered, query, maxRows, maxResultBytes, heapLimitBytes, port? }
 * or, with mode: 'preview', { schema, query, maxRows, maxResultBytes, heapLimitBytes, port? }
 */
module.exports = async function runSqlAnswer(task) {
  const port = task.port;
  try {
    if (port) port.postMessage({ phase: 'started' });
    let SQL;
    try {
      SQL = await (sqlModule || loadModule());
    } catch (error) {
      loadModule();
      throw error;
    }
    return task.mode === 'preview' ? previewQuery(SQL, task, port) : gradeQuery(SQL, task, port);
  } finally {
    if (port) port.close();
  }
};
