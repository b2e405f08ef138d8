import { CODE_LIMITS } from './code-sandbox';
import { GradingEngine } from './grading-engine';
import type { AnswerGrade, GradableQuestion } from './grading.types';

jest.setTimeout(60_000);

const MiB = 1024 * 1024;

function question(overrides: Partial<GradableQuestion> = {}): GradableQuestion {
  return {
    id: 'code-memory',
    type: 'code',
    skill: 'javascript',
    difficulty: 2,
    points: 10,
    languages: ['javascript'],
    functionName: 'sum',
    timeLimitMs: 5000,
    answerKey: { tests: [{ args: [[1, 2, 3]], expected: 6 }] },
    ...overrides,
  };
}

const honest = {
  language: 'javascript',
  code: 'function sum(xs) { let s = 0; for (const x of xs) s += x; return s; }',
};

const js = (code: string) => ({ language: 'javascript', code });

/** How many MiB an answer managed to hold before QuickJS refused (it reports the count as its result). */
const holdMiB = (store: string) =>
  js(`const kept = [];
function sum() {
  try { for (;;) kept.push(${store}); } catch (e) {}
  const n = kept.length; kept.length = 0; return n;
}`);

/** The count the answer returned: wrong_answer against `expected: 6` shows it as `actual`. */
function heldCount(result: AnswerGrade): number {
  const tests = result.details.tests as Array<{ actual?: string }>;
  return Number(tests[0].actual);
}

describe('code sandbox memory: a hard ceiling per answer, nothing kept after it', () => {
  // One thread: every answer below runs after the previous one on the same thread.
  const engine = new GradingEngine({ codeThreads: 1 });
  afterAll(() => engine.close());

  async function gradeThenHonest(response: unknown, q = question()): Promise<AnswerGrade> {
    const result = await engine.grade(q, response);
    // Whatever the answer did, the thread holds no more than the recycling threshold afterwards…
    expect(engine.sandboxStats().code.memoryBytes).toBeLessThanOrEqual(CODE_LIMITS.recycleAboveBytes);
    // …and the next answer is graded as if nothing had happened.
    expect(await engine.grade(question(), honest)).toMatchObject({ verdict: 'accepted', score: 10 });
    return result;
  }

  it('bounds the total, not only single allocations: 1 MiB strings stop at the 64 MiB default', async () => {
    const result = await gradeThenHonest(holdMiB("'x'.repeat(1024 * 1024 - 64) + kept.length"));
    expect(result.verdict).toBe('wrong_answer');
    const held = heldCount(result);
    expect(held).toBeLessThanOrEqual(64);
    // The limit is usable almost to the last MiB (QuickJS's own objects take the rest).
    expect(held).toBeGreaterThanOrEqual(56);
  });

  it('applies a question’s memoryLimitMb (128 MiB here, 16 MiB there) and goes back to the default', async () => {
    const store = "'y'.repeat(1024 * 1024 - 64) + kept.length";
    const big = heldCount(await gradeThenHonest(holdMiB(store), question({ memoryLimitMb: 128 })));
    expect(big).toBeLessThanOrEqual(128);
    expect(big).toBeGreaterThanOrEqual(118);
    const small = heldCount(await gradeThenHonest(holdMiB(store), question({ memoryLimitMb: 16 })));
    expect(small).toBeLessThanOrEqual(16);
    expect(small).toBeGreaterThanOrEqual(10);
    const again = heldCount(await gradeThenHonest(holdMiB(store)));
    expect(again).toBeLessThanOrEqual(64);
  });

  it('clamps memoryLimitMb to 16–256 MiB', async () => {
    const store = 'new Uint8Array(1024 * 1024 - 64)';
    const huge = await gradeThenHonest(
      holdMiB(store),
      question({ memoryLimitMb: 100_000, timeLimitMs: 8000 }),
    );
    expect(huge.details.memoryLimitBytes).toBe(256 * MiB);
    expect(heldCount(huge)).toBeLessThanOrEqual(256);
    const tiny = await gradeThenHonest(holdMiB(store), question({ memoryLimitMb: 1 }));
    expect(tiny.details.memoryLimitBytes).toBe(16 * MiB);
    expect(heldCount(tiny)).toBeLessThanOrEqual(16);
  });

  describe('growth that is not caught ends memory_limit_exceeded within the time limit', () => {
    it.each([
      ['strings kept in a global', "globalThis.a = []; for (let i = 0; ; i++) a.push('x'.repeat(1e6) + i);"],
      [
        'string concatenation',
        "let s = 'x'; for (let i = 0; ; i++) s = s + String(i).repeat(1000) + s.slice(0, 1e5);",
      ],
      ['arrays of numbers', 'const a = []; for (;;) a.push(new Array(1000).fill(1.5));'],
      ['one growing array', 'const a = []; for (let i = 0; ; i++) a.push(i + 0.5);'],
      ['typed arrays', 'const a = []; for (;;) a.push(new Float64Array(1e5));'],
      ['a Map', 'const m = new Map(); for (let i = 0; ; i++) m.set(i, { i });'],
      ['a Set', 'const s = new Set(); for (let i = 0; ; i++) s.add("k" + i);'],
      [
        'closures',
        'let f = () => 0; for (let i = 0; ; i++) { const g = f; const pad = [i, i, i]; f = () => g() + pad[0]; }',
      ],
      [
        'objects linked in a cycle',
        'let head = {}; for (;;) { const n = { next: head, pad: [1, 2, 3, 4] }; head.prev = n; head = n; }',
      ],
    ])('%s', async (_name, body) => {
      const started = Date.now();
      const result = await gradeThenHonest(js(`function sum() { ${body} }`));
      expect(result.verdict).toBe('memory_limit_exceeded');
      expect(result.score).toBe(0);
      expect(Date.now() - started).toBeLessThan(5000 + CODE_LIMITS.hardCapGraceMs);
    });
  });

  it('memory kept full across tests is memory_limit_exceeded, not a sandbox failure, when the next input is large', async () => {
    // The first test fills the memory and keeps it in a global; the next test's 200 KB of arguments then
    // cannot be allocated, and QuickJS fails outside any JS frame (a WASM trap). Found through a real
    // worker on algorithms-data-structures-101, whose large input is such an argument.
    const large = Array.from({ length: 15_000 }, (_, i) => [i * 3, i * 3 + 2]);
    const q = question({
      answerKey: {
        tests: [
          { args: [[1, 2, 3]], expected: 6 },
          { args: [large], expected: 0 },
        ],
      },
    });
    const result = await gradeThenHonest(
      js(
        "function sum() { globalThis.kept = globalThis.kept || []; for (let i = 0; i < 150; i++) kept.push('x'.repeat(1e6) + i); return kept.length; }",
      ),
      q,
    );
    expect(result.verdict).toBe('memory_limit_exceeded');
    expect(result.details.reason).toBeUndefined();
  });

  it('regex backtracking is stopped by the time limit and holds no memory after', async () => {
    const result = await gradeThenHonest(
      js("function sum() { return /^(\\w+\\s?)*$/.test('a'.repeat(5000) + '!') }"),
      question({ timeLimitMs: 300 }),
    );
    expect(result.verdict).toBe('time_limit_exceeded');
  });

  it('keeps nothing between answers: a global set by one answer is gone for the next', async () => {
    await engine.grade(
      question(),
      js("globalThis.secret = 'x'.repeat(20e6) + 'kept'; function sum() { return 6 }"),
    );
    const next = await engine.grade(
      question(),
      js("function sum() { return typeof secret === 'undefined' ? 6 : secret.length }"),
    );
    expect(next.verdict).toBe('accepted');
  });

  it('a memory-hungry answer that stays under its limit is graded normally', async () => {
    const result = await gradeThenHonest(
      js(
        'function sum(xs) { const big = new Array(2e6).fill(0).map((_, i) => i); return xs.reduce((a, b) => a + b, 0) + big.length - 2e6 }',
      ),
    );
    expect(result.verdict).toBe('accepted');
  });

  it('soak: 50 answers filling their ceiling leave the process within +150 MB and every honest answer right', async () => {
    const hogs = [
      "globalThis.a = []; for (let i = 0; ; i++) a.push('x'.repeat(1e6) + i);",
      'const a = []; for (;;) a.push(new Float64Array(1e5));',
      'const m = new Map(); for (let i = 0; ; i++) m.set(i, [i, i]);',
    ];
    // Two answers first so the thread, its module and V8's heaps exist before the baseline.
    await engine.grade(question(), honest);
    await engine.grade(question(), js(`function sum() { ${hogs[0]} }`));
    global.gc?.();
    const before = process.memoryUsage().rss;
    const verdicts = new Map<string, number>();
    for (let i = 0; i < 50; i++) {
      // The longest time limit a question may have: on a loaded machine, filling 64 MiB at QuickJS speed can
      // take seconds, and this test is about memory, not time.
      const hog = await engine.grade(
        question({ timeLimitMs: 10_000 }),
        js(`function sum() { ${hogs[i % hogs.length]} }`),
      );
      verdicts.set(hog.verdict, (verdicts.get(hog.verdict) ?? 0) + 1);
      const right = await engine.grade(question(), honest);
      expect(right).toMatchObject({ verdict: 'accepted', score: 10 });
    }
    global.gc?.();
    const after = process.memoryUsage().rss;
    expect(verdicts).toEqual(new Map([['memory_limit_exceeded', 50]]));
    expect(engine.sandboxStats().code.moduleRecycles).toBeGreaterThanOrEqual(50);
    // Printed for the decision record: the figure, not only the assertion.
    console.log(`soak: rss before ${Math.round(before / MiB)} MiB, after ${Math.round(after / MiB)} MiB`);
    expect(after - before).toBeLessThan(150 * 1000 * 1000);
  }, 240_000);
});
