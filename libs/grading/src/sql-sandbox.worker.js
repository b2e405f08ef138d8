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
const fs = require('node:fs');
const initSqlJs = require('sql.js');
const { createHash } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { threadId } = require('node:worker_threads');

const MiB = 1024 * 1024;

let compiled = null;
function compiledWasm() {
  if (!compiled) {
    compiled = WebAssembly.compile(fs.readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm')));
    compiled.catch(() => (compiled = null));
  }
  return compiled;
}

/**
 * The thread's sql.js module, `{ SQL, memory }`. The WASM file is compiled once per thread and instantiated
 * here, which also gives this code the module's memory (sql.js does not expose it) to measure and recycle.
 */
let sqlModule = null;
let recycles = 0;
function loadModule() {
  let memory = null;
  sqlModule = initSqlJs({
    instantiateWasm(imports, done) {
      compiledWasm()
        .then((wasm) => WebAssembly.instantiate(wasm, imports))
        .then((instance) => {
          memory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory) || null;
          done(instance);
        });
      return {};
    },
  }).then((SQL) => {
    warmUp(SQL);
    return { SQL, memory };
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

/**
 * SQLite's heap is bounded by hard_heap_limit, but the WASM memory it grew into never shrinks: after a
 * task that left more than `recycleAboveBytes`, the module is dropped and a fresh one loaded (≈ 70 ms).
 * The caches hold exported images in the thread's JS heap, so they survive the recycling.
 */
function afterTask(loaded, task) {
  const bytes = loaded.memory ? loaded.memory.buffer.byteLength : 0;
  const cacheBytes = fixtures ? fixtures.bytes + expectedResults.bytes : 0;
  if (bytes <= task.recycleAboveBytes) {
    return { threadId, memoryBytes: bytes, cacheBytes, recycled: false, recycles };
  }
  recycles += 1;
  loadModule();
  return { threadId, memoryBytes: 0, cacheBytes, recycled: true, recycles };
}

const MESSAGE_MAX = 500;

/** A least-recently-used cache bounded by the total size of its values (and by a count). */
class ByteCache {
  constructor(maxBytes, maxEntries) {
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
    this.bytes = 0;
    this.entries = new Map(); // key -> { value, bytes }
  }
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }
  set(key, value, bytes) {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    // An entry larger than the whole budget is not kept at all.
    if (bytes > this.maxBytes) return value;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    while (this.bytes > this.maxBytes || this.entries.size > this.maxEntries) {
      const [oldest, entry] = this.entries.entries().next().value;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
    return value;
  }
}

const CACHE_ENTRIES = 32;
let fixtures = null; // schema + limits hash -> { image } | { error }
let expectedResults = null; // fixture key + query hash -> { columns, rows } | { error }
function caches(task) {
  if (!fixtures || fixtures.maxBytes !== task.fixtureCacheBytes) {
    fixtures = new ByteCache(task.fixtureCacheBytes, CACHE_ENTRIES);
    expectedResults = new ByteCache(Math.floor(task.fixtureCacheBytes / 2), CACHE_ENTRIES);
  }
  return { fixtures, expectedResults };
}

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

function messageOf(error) {
  return String((error && error.message) || error).slice(0, MESSAGE_MAX);
}

class LimitError extends Error {}

/**
 * What a schema may contain: tables, indexes, views and triggers, and the statements that fill them.
 * Not PRAGMA (it could lift max_page_count or hard_heap_limit), ATTACH (a second database outside
 * max_page_count), VACUUM INTO (a file) or TEMP tables (a temporary database outside max_page_count).
 */
const SCHEMA_STATEMENT =
  /^(?:CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|VIEW|TRIGGER|VIRTUAL\s+TABLE)\b|INSERT\b|REPLACE\b|UPDATE\b|DELETE\b|WITH\b|SELECT\b|VALUES\b|BEGIN\b|COMMIT\b|END\b|SAVEPOINT\b|RELEASE\b|ANALYZE\b)/i;

class SchemaRefused extends Error {}

/**
 * Builds a question's fixture under the same discipline as an answer: SQLite's heap bounded by
 * hard_heap_limit and the database by max_page_count (its image is at most `maxFixtureBytes`).
 */
function buildFixture(SQL, schema, task) {
  const db = new SQL.Database();
  try {
    db.exec(`PRAGMA hard_heap_limit=${Math.floor(task.heapLimitBytes)}; PRAGMA temp_store=MEMORY;`);
    const pageSize = Number(db.exec('PRAGMA page_size')[0].values[0][0]);
    db.exec(`PRAGMA max_page_count=${Math.max(1, Math.floor(task.maxFixtureBytes / pageSize))}`);
    // One statement at a time: each is checked before it runs (and a later one may use an earlier table).
    for (const stmt of db.iterateStatements(schema)) {
      try {
        const text = stripLeadingComments(stmt.getSQL());
        if (!SCHEMA_STATEMENT.test(text)) {
          throw new SchemaRefused(
            `may only create tables, indexes, views and triggers and fill them, not "${text.slice(0, 40)}"`,
          );
        }
        while (stmt.step());
      } finally {
        stmt.free();
      }
    }
    const image = db.export();
    return { image };
  } catch (error) {
    if (error instanceof SchemaRefused) return { error: error.message, refused: true };
    const message = messageOf(error);
    if (/database or disk is full/i.test(message)) {
      return { error: `builds a database larger than ${task.maxFixtureBytes / MiB} MiB`, refused: true };
    }
    if (/out of memory/i.test(message)) {
      return {
        error: `needs more than ${task.heapLimitBytes / MiB} MiB of memory to build`,
        refused: true,
      };
    }
    return { error: message };
  } finally {
    db.close();
  }
}

function fixtureImage(SQL, task) {
  const key = sha256(`${task.maxFixtureBytes}:${task.heapLimitBytes}:${task.schema}`);
  const { fixtures: cache } = caches(task);
  const cached = cache.get(key);
  if (cached) return { key, ...cached };
  const built = buildFixture(SQL, task.schema, task);
  return { key, ...cache.set(key, built, built.image ? built.image.length : 256) };
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

function resultBytes(result) {
  let bytes = 64;
  for (const row of result.rows) for (const value of row) bytes += cellBytes(value);
  return bytes;
}

function expectedResult(SQL, fixture, task) {
  const key = `${fixture.key}:${sha256(task.expectedQuery)}`;
  const { expectedResults: cache } = caches(task);
  const cached = cache.get(key);
  if (cached) return cached;
  const db = openCopy(SQL, fixture.image, task.heapLimitBytes);
  try {
    const result = execute(db, task.expectedQuery, task.maxRows, task.maxResultBytes);
    return cache.set(key, result, resultBytes(result));
  } catch (error) {
    return cache.set(key, { error: messageOf(error) }, 256);
  } finally {
    db.close();
  }
}

function gradeQuery(SQL, task, port) {
  const fixture = fixtureImage(SQL, task);
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

/** Authoring check: does the schema build within the limits? `{ ok, bytes? , message?, refused? }`. */
function checkSchema(SQL, task) {
  const fixture = fixtureImage(SQL, task);
  if (fixture.error)
    return { kind: 'schema', ok: false, message: fixture.error, refused: fixture.refused === true };
  return { kind: 'schema', ok: true, bytes: fixture.image.length };
}

/**
 * A candidate's "Run query": the same read-only gate and fixture copy as grading, but the first
 * `maxRows` rows come back (never the expected query's, which is not run at all).
 */
function previewQuery(SQL, task, port) {
  const fixture = fixtureImage(SQL, task);
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
 * task: { schema, expectedQuery, ordered, query, maxRows, maxResultBytes, heapLimitBytes, maxFixtureBytes,
 *         fixtureCacheBytes, recycleAboveBytes, checkSchemaOnly?, port? }
 * The result carries `memory`: the thread's id, its sql.js memory after the task, whether it was recycled.
 * With mode: 'preview', { schema, query, maxRows, maxResultBytes, heapLimitBytes, fixture limits }: the first rows.
 */
module.exports = async function runSqlAnswer(task) {
  const port = task.port;
  try {
    if (port) port.postMessage({ phase: 'started' });
    let loaded;
    try {
      loaded = await (sqlModule || loadModule());
    } catch (error) {
      loadModule();
      throw error;
    }
    const result = task.checkSchemaOnly
      ? checkSchema(loaded.SQL, task)
      : task.mode === 'preview'
        ? previewQuery(loaded.SQL, task, port)
        : gradeQuery(loaded.SQL, task, port);
    return { ...result, memory: afterTask(loaded, task) };
  } finally {
    if (port) port.close();
  }
};
