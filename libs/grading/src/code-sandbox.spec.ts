import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CodeSandbox, SANDBOX_CRASHED } from './code-sandbox';
import { GradingEngine } from './grading-engine';
import type { AnswerGrade, GradableQuestion } from './grading.types';

jest.setTimeout(30_000);

function sumQuestion(overrides: Partial<GradableQuestion> = {}): GradableQuestion {
  return {
    id: 'code-sum',
    type: 'code',
    skill: 'javascript',
    difficulty: 2,
    points: 10,
    languages: ['javascript', 'typescript'],
    functionName: 'sum',
    timeLimitMs: 300,
    answerKey: {
      referenceSolution: {
        language: 'javascript',
        code: 'function sum(xs) { return xs.reduce((a, b) => a + b, 0) }',
      },
      tests: [
        { args: [[1, 2, 3]], expected: 6, weight: 1, hidden: false },
        { args: [[]], expected: 0, weight: 1, hidden: false },
        { args: [[-5, 5]], expected: 0, weight: 1, hidden: true },
        { args: [[10, 20]], expected: 30, weight: 2, hidden: true },
      ],
    },
    ...overrides,
  };
}

/** One visible test: hostile answers need only one run to show their verdict. */
function oneTestQuestion(overrides: Partial<GradableQuestion> = {}): GradableQuestion {
  return sumQuestion({ answerKey: { tests: [{ args: [[1, 2]], expected: 3 }] }, ...overrides });
}

const correct = {
  language: 'javascript',
  code: 'function sum(xs) { let s = 0; for (const x of xs) s += x; return s; }',
};

describe('code sandbox', () => {
  // One thread, so every hostile answer below and the answer after it share the same thread.
  const engine = new GradingEngine({ codeThreads: 1, sqlThreads: 1 });
  afterAll(() => engine.close());

  async function gradeThenRecover(response: unknown, question = oneTestQuestion()): Promise<AnswerGrade> {
    const result = await engine.grade(question, response);
    const next = await engine.grade(sumQuestion(), correct);
    expect(next).toMatchObject({ verdict: 'accepted', score: 10 });
    return result;
  }

  it('accepts a correct JavaScript answer and reports every test', async () => {
    const result = await engine.grade(sumQuestion(), correct);
    expect(result).toMatchObject({ verdict: 'accepted', score: 10, maxScore: 10 });
    const tests = result.details.tests as Array<Record<string, unknown>>;
    expect(tests).toHaveLength(4);
    expect(tests.map((t) => t.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
    expect(tests[3]).toMatchObject({ index: 3, hidden: true, weight: 2 });
    expect(typeof tests[0].ms).toBe('number');
  });

  it('grades the reference solution of the question as accepted', async () => {
    const q = sumQuestion();
    const key = q.answerKey as { referenceSolution: unknown };
    expect((await engine.grade(q, key.referenceSolution)).verdict).toBe('accepted');
  });

  it('transpiles TypeScript, including module syntax', async () => {
    const ts = {
      language: 'typescript',
      code: 'export function sum(xs: number[]): number { return xs.reduce((a, b) => a + b, 0) }',
    };
    expect(await engine.grade(sumQuestion(), ts)).toMatchObject({ verdict: 'accepted', score: 10 });
    const arrow = {
      language: 'typescript',
      code: 'const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);',
    };
    expect((await engine.grade(sumQuestion(), arrow)).verdict).toBe('accepted');
  });

  it('finds the function as a default export or module.exports, and reads the language case-insensitively', async () => {
    const defaultExport = {
      language: 'TypeScript',
      code: 'export default function sum(xs: number[]) { return xs.reduce((a, b) => a + b, 0) }',
    };
    expect((await engine.grade(sumQuestion(), defaultExport)).verdict).toBe('accepted');
    const commonJs = {
      language: 'javascript',
      code: 'module.exports = (xs) => xs.reduce((a, b) => a + b, 0);',
    };
    expect((await engine.grade(sumQuestion(), commonJs)).verdict).toBe('accepted');
    const ownModule = {
      language: 'javascript',
      code: 'const module = 1; let exports = 2; function sum(xs) { return xs.length ? xs.reduce((a, b) => a + b) : 0 }',
    };
    expect((await engine.grade(sumQuestion(), ownModule)).verdict).toBe('accepted');
  });

  it('waits for an async answer', async () => {
    const asyncAnswer = {
      language: 'javascript',
      code: 'async function sum(xs) { await null; return xs.reduce((a, b) => a + b, 0) }',
    };
    expect((await engine.grade(sumQuestion(), asyncAnswer)).verdict).toBe('accepted');
  });

  it('gives weighted partial credit and shows expected/actual only for visible tests', async () => {
    // Right only when the sum is 0: visible test 1 (weight 1) and hidden test 2 (weight 1) of 5.
    const result = await engine.grade(sumQuestion(), {
      language: 'javascript',
      code: 'function sum(xs) { return 0 }',
    });
    expect(result).toMatchObject({ verdict: 'wrong_answer', score: 4 });
    const tests = result.details.tests as Array<Record<string, unknown>>;
    expect(tests[0]).toMatchObject({ status: 'wrong_answer', expected: '6', actual: '0' });
    expect(tests[3]).toEqual({
      index: 3,
      hidden: true,
      weight: 2,
      status: 'wrong_answer',
      ms: expect.any(Number),
    });
  });

  it('reports a syntax error as compile_error with its line, for JavaScript and TypeScript', async () => {
    const js = await engine.grade(sumQuestion(), {
      language: 'javascript',
      code: 'function sum(xs) {\n  return xs +\n}',
    });
    expect(js).toMatchObject({ verdict: 'compile_error', score: 0, details: { compileError: { line: 3 } } });
    const ts = await gradeThenRecover({ language: 'typescript', code: '\nfunction sum(xs: number[] {\n}' });
    expect(ts).toMatchObject({ verdict: 'compile_error', details: { compileError: { line: 2 } } });
    expect(String((ts.details.compileError as { message: string }).message)).toMatch(/Unexpected token/);
  });

  it('rejects a language the question does not offer', async () => {
    const q = sumQuestion({ languages: ['javascript'] });
    expect(await engine.grade(q, { language: 'typescript', code: 'function sum() {}' })).toMatchObject({
      verdict: 'incorrect',
    });
    expect(await engine.grade(q, { language: 'python', code: 'def sum(xs): pass' })).toMatchObject({
      verdict: 'incorrect',
    });
  });

  it('treats an empty or missing answer as unanswered', async () => {
    expect((await engine.grade(sumQuestion(), null)).verdict).toBe('unanswered');
    expect((await engine.grade(sumQuestion(), { language: 'javascript', code: '  ' })).verdict).toBe(
      'unanswered',
    );
    expect((await engine.grade(sumQuestion(), { code: 42 })).verdict).toBe('incorrect');
  });

  it('sends a question without tests or with a bad function name to review', async () => {
    expect((await engine.grade(sumQuestion({ answerKey: { tests: [] } }), correct)).verdict).toBe(
      'pending_review',
    );
    expect((await engine.grade(sumQuestion({ functionName: 'sum; process' }), correct)).verdict).toBe(
      'pending_review',
    );
  });

  it('reports a missing function as runtime_error', async () => {
    const result = await engine.grade(sumQuestion(), {
      language: 'javascript',
      code: 'function total(xs) { return 1 }',
    });
    expect(result.verdict).toBe('runtime_error');
    expect((result.details.tests as Array<{ message?: string }>)[0].message).toMatch(/sum is not defined/);
  });

  describe('hostile answers: each gets a verdict and the next answer grades normally', () => {
    const hostile = (code: string) => ({ language: 'javascript', code });

    it('while (true) {}', async () => {
      const result = await gradeThenRecover(
        hostile('function sum(xs) { while (true) {} }'),
        sumQuestion({ timeLimitMs: 100 }),
      );
      expect(result.verdict).toBe('time_limit_exceeded');
      expect(
        (result.details.tests as Array<{ status: string }>).every((t) => t.status === 'time_limit_exceeded'),
      ).toBe(true);
    });

    it('an infinite loop at the top level', async () => {
      expect((await gradeThenRecover(hostile('for (;;) {}\nfunction sum() {}'))).verdict).toBe(
        'time_limit_exceeded',
      );
    });

    it('new Array(1e9).fill(1)', async () => {
      const q = oneTestQuestion({ timeLimitMs: 5000 });
      expect(
        (await gradeThenRecover(hostile('function sum() { return new Array(1e9).fill(1) }'), q)).verdict,
      ).toBe('memory_limit_exceeded');
    });

    it('Array.from({ length: 1e8 })', async () => {
      const q = oneTestQuestion({ timeLimitMs: 8000 });
      const result = await gradeThenRecover(
        hostile('function sum() { return Array.from({ length: 1e8 }).length }'),
        q,
      );
      expect(result.verdict).toBe('memory_limit_exceeded');
    });

    it('a 100 MB string', async () => {
      expect(
        (await gradeThenRecover(hostile("function sum() { return 'x'.repeat(1e8).length }"))).verdict,
      ).toBe('memory_limit_exceeded');
    });

    it('deep recursion', async () => {
      const result = await gradeThenRecover(hostile('function sum(xs) { return sum(xs) + 1 }'));
      expect(result.verdict).toBe('runtime_error');
      expect((result.details.tests as Array<{ message?: string }>)[0].message).toMatch(/stack overflow/);
    });

    it.each([
      ["this.constructor.constructor('return process')()", /process/],
      ["require('fs')", /require/],
      ["fetch('http://127.0.0.1/')", /fetch/],
      ['globalThis.process.exit(1)', /undefined|not an object|cannot read/i],
    ])('%s reaches nothing from the host', async (expression, message) => {
      const result = await gradeThenRecover(hostile(`function sum() { return ${expression} }`));
      expect(result.verdict).toBe('runtime_error');
      expect((result.details.tests as Array<{ message?: string }>)[0].message).toMatch(message);
    });

    it("import('fs')", async () => {
      const result = await gradeThenRecover(hostile("async function sum() { return await import('fs') }"));
      expect(result.verdict).toBe('runtime_error');
    });

    it('printing in a loop is capped', async () => {
      const flood = await gradeThenRecover(hostile('function sum(xs) { for (;;) console.log("spam") }'));
      expect(flood.verdict).toBe('time_limit_exceeded');
      const finite = await gradeThenRecover(
        hostile(
          'function sum(xs) { for (let i = 0; i < 20000; i++) console.log("line", i); return xs.reduce((a, b) => a + b, 0) }',
        ),
        oneTestQuestion({ timeLimitMs: 3000 }),
      );
      expect(finite.verdict).toBe('accepted');
      const first = (finite.details.tests as Array<{ console?: string }>)[0];
      expect(first.console?.length).toBeLessThanOrEqual(1025);
    });

    it('an infinite loop in a getter of the returned object', async () => {
      const result = await gradeThenRecover(
        hostile('function sum() { return { get total() { while (true) {} } } }'),
      );
      expect(result.verdict).toBe('time_limit_exceeded');
    });

    it('a cyclic result', async () => {
      const result = await gradeThenRecover(hostile('function sum() { const o = {}; o.self = o; return o }'));
      expect(result.verdict).toBe('runtime_error');
      expect((result.details.tests as Array<{ message?: string }>)[0].message).toMatch(/circular/);
    });

    it('a result too large to bring back', async () => {
      const result = await gradeThenRecover(hostile("function sum() { return 'x'.repeat(1e6) }"));
      expect(result.verdict).toBe('runtime_error');
      expect((result.details.tests as Array<{ message?: string }>)[0].message).toMatch(/larger than/);
    });

    it('a syntax error', async () => {
      expect((await gradeThenRecover(hostile('function sum( {'))).verdict).toBe('compile_error');
    });

    it('a thrown error with a hostile message getter', async () => {
      const result = await gradeThenRecover(
        hostile('function sum() { throw { get message() { while (true) {} } } }'),
      );
      expect(result.verdict).toBe('runtime_error');
    });

    it('catastrophic regex backtracking', async () => {
      const result = await gradeThenRecover(
        hostile("function sum() { return /(a+)+$/.test('a'.repeat(40) + 'b') }"),
      );
      expect(result.verdict).toBe('time_limit_exceeded');
    });

    it('tampering with built-ins only affects the answer itself', async () => {
      const result = await gradeThenRecover(
        hostile(
          'JSON.parse = () => [[100]]; Array.isArray = () => false; function sum(xs) { return xs.reduce((a, b) => a + b, 0) }',
        ),
      );
      expect(result.verdict).toBe('accepted');
    });
  });

  it('grades answers concurrently on several threads', async () => {
    const pooled = new GradingEngine({ codeThreads: 2 });
    try {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          pooled.grade(
            oneTestQuestion(),
            i % 2 === 0 ? correct : { language: 'javascript', code: 'function sum() { while (true) {} }' },
          ),
        ),
      );
      expect(results.map((r) => r.verdict)).toEqual([
        'accepted',
        'time_limit_exceeded',
        'accepted',
        'time_limit_exceeded',
        'accepted',
        'time_limit_exceeded',
      ]);
    } finally {
      await pooled.close();
    }
  });
});

describe('code sandbox pool failures', () => {
  // A worker entry that behaves like the real one unless the answer asks it to hang or die.
  // Created in beforeAll so that a filtered run (-t) leaves no temporary directory behind.
  let dir = '';
  let sandbox: CodeSandbox;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-grading-'));
    const workerFile = path.join(dir, 'faulty.worker.js');
    fs.writeFileSync(
      workerFile,
      `'use strict';
const fs = require('node:fs');
const real = require(${JSON.stringify(path.join(__dirname, 'code-sandbox.worker.js'))});
module.exports = async (task) => {
  if (task.code.includes('__HANG__')) { task.port.postMessage({ phase: 'ready' }); for (;;) {} }
  if (task.code.includes('__CRASH__')) process.exit(3);
  // Dies on its first run only (the file records that it ran): a thread lost to something else.
  if (task.code.includes('__CRASH_ONCE__') && !fs.existsSync(${JSON.stringify(path.join(dir, 'crashed-once'))})) {
    fs.writeFileSync(${JSON.stringify(path.join(dir, 'crashed-once'))}, '1');
    process.exit(4);
  }
  // What a sandbox escape into the thread's own heap would do: V8 runs out of the thread's resourceLimits.
  if (task.code.includes('__OOM__')) { const hog = []; for (;;) hog.push(new Array(1e5).fill(Math.random())); }
  return real(task);
};`,
    );
    sandbox = new CodeSandbox({ threads: 1, workerFilename: workerFile, hardCapGraceMs: 200 });
  });
  afterAll(async () => {
    await sandbox.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('kills a thread that hangs past the hard cap, gives a verdict and keeps working', async () => {
    // The host's cap is the answer's wall-clock guard (20× its work budget) plus the grace: ~1.2 s here.
    const q = sumQuestion({ timeLimitMs: 10 });
    const started = Date.now();
    const hung = await sandbox.grade(q, { language: 'javascript', code: '// __HANG__' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(hung).toMatchObject({
      verdict: 'time_limit_exceeded',
      score: 0,
      details: { reason: 'wall_clock_cap' },
    });
    expect((await sandbox.grade(sumQuestion(), correct)).verdict).toBe('accepted');
  });

  it('retries an answer whose thread died once on a fresh thread, and grades it', async () => {
    const result = await sandbox.grade(sumQuestion(), {
      language: 'javascript',
      code: '// __CRASH_ONCE__\nfunction sum(xs) { return xs.reduce((a, b) => a + b, 0) }',
    });
    expect(result).toMatchObject({ verdict: 'accepted', score: 10 });
    expect(sandbox.stats().threadRecycles).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['exits its thread', '// __CRASH__'],
    ['exhausts its thread’s V8 heap', '// __OOM__'],
  ])(
    'an answer that %s twice gets no verdict but the sandbox_crashed reason; the next is graded',
    async (_, code) => {
      const before = sandbox.stats().threadRecycles;
      const crashed = await sandbox.grade(sumQuestion(), { language: 'javascript', code });
      expect(crashed).toMatchObject({ score: 0, details: { reason: SANDBOX_CRASHED } });
      expect(String(crashed.details.message)).toMatch(/died twice/);
      // Two threads died (the first try and the retry), and no third was spent on it.
      expect(sandbox.stats().threadRecycles - before).toBe(2);
      expect((await sandbox.grade(sumQuestion(), correct)).verdict).toBe('accepted');
    },
    60_000,
  );
});
