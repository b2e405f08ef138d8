import { Worker } from 'node:worker_threads';
import { GradingEngine } from './grading-engine';
import type { GradableQuestion } from './grading.types';

jest.setTimeout(120_000);

/**
 * Time limits count interpreted work, not wall time (docs/decisions/0114): a grader whose cores are all
 * busy must give the verdicts an idle one gives. An answer doing about half of its limit's work is accepted
 * while six threads spin on two cores (measured: 4.2 s of wall clock for a 400 ms limit), and one doing
 * three times the limit's work is stopped whatever the machine.
 */
function loopQuestion(): GradableQuestion {
  return {
    id: 'code-load',
    type: 'code',
    skill: 'javascript',
    difficulty: 2,
    points: 10,
    languages: ['javascript'],
    functionName: 'spin',
    timeLimitMs: 400,
    answerKey: { tests: [{ args: [5_000_000], expected: 5_000_000 }] },
  };
}

// A tight loop: about 5,000 iterations per interrupt poll, 5 polls per reference millisecond.
const spin = (factor: number) => ({
  language: 'javascript',
  code: `function spin(n) { let s = 0; for (let i = 0; i < n * ${factor}; i++) s += 1; return s / ${factor}; }`,
});

function hogs(count: number): { stop: () => Promise<void> } {
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(
        `const { parentPort } = require('node:worker_threads'); let run = true;
         parentPort.on('message', () => { run = false; });
         (function loop() { const end = Date.now() + 20; while (Date.now() < end) {} if (run) setImmediate(loop); else process.exit(0); })();`,
        { eval: true },
      ),
  );
  return {
    stop: async () => {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              w.once('exit', () => resolve());
              w.postMessage('stop');
            }),
        ),
      );
    },
  };
}

describe('code sandbox under load', () => {
  const engine = new GradingEngine({ codeThreads: 1, sqlThreads: 1 });
  afterAll(() => engine.close());

  it('accepts an answer within its work budget while every core is busy', async () => {
    await engine.grade(loopQuestion(), spin(1)); // a warm module, as in a running worker
    const load = hogs(6);
    try {
      const verdicts: string[] = [];
      for (let i = 0; i < 3; i++) verdicts.push((await engine.grade(loopQuestion(), spin(1))).verdict);
      expect(verdicts).toEqual(['accepted', 'accepted', 'accepted']);
    } finally {
      await load.stop();
    }
  });

  it('stops an answer that does three times its work budget, idle or not', async () => {
    const graded = await engine.grade(loopQuestion(), spin(6));
    expect(graded.verdict).toBe('time_limit_exceeded');
  });
});
