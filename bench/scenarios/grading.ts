/**
 * Grading throughput: the code sandbox (QuickJS in worker threads) and the SQL sandbox (sql.js in
 * worker threads) against bare baselines measured in the same run, and whole attempts.
 * Run: node -r ./scripts/ts-register.js -e "require('./bench/scenarios/grading.ts').run()"
 */
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import initSqlJs from 'sql.js';
import { GradingEngine, scoreAttempt, type AnswerGrade, type GradableQuestion } from '@assay/grading';

const ROUNDS = 5;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function perSecond(batch: () => Promise<number>, windowMs = 800): Promise<number> {
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < windowMs) done += await batch();
  return (done * 1000) / (performance.now() - started);
}

// --- fixtures ------------------------------------------------------------------------------------

const codeAnswer = `function wordFrequencies(text) {
  const counts = {};
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    if (word) counts[word] = (counts[word] || 0) + 1;
  }
  return counts;
}`;

function codeQuestion(id: string, testCount = 10): GradableQuestion {
  const sentences = [
    'the quick brown fox',
    'To be or not to be',
    'a a a b b c',
    '',
    'Hello, hello, HELLO!',
    'one two three four five six',
    'x',
    'Repeat repeat repeat',
    'mixed CASE Mixed case',
    'end.',
  ];
  const reference = new Function(`${codeAnswer}; return wordFrequencies;`)() as (t: string) => unknown;
  return {
    id,
    type: 'code',
    skill: 'javascript',
    difficulty: 2,
    points: 10,
    languages: ['javascript', 'typescript'],
    functionName: 'wordFrequencies',
    timeLimitMs: 2000,
    answerKey: {
      tests: sentences
        .slice(0, testCount)
        .map((s, i) => ({ args: [s], expected: reference(s), weight: 1, hidden: i >= 5 })),
    },
  };
}

const sqlSchema = `CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL);
${Array.from({ length: 30 }, (_, i) => `INSERT INTO customers VALUES (${i + 1}, 'c${i + 1}', '${['DE', 'FR', 'US'][i % 3]}');`).join('\n')}
${Array.from({ length: 60 }, (_, i) => `INSERT INTO orders VALUES (${i + 1}, ${(i % 25) + 1}, ${(i * 7.3) % 100});`).join('\n')}`;

function sqlQuestion(id: string): GradableQuestion {
  return {
    id,
    type: 'sql',
    skill: 'sql',
    difficulty: 3,
    points: 6,
    schema: sqlSchema,
    answerKey: {
      expectedQuery:
        'SELECT c.country, COUNT(o.id), ROUND(SUM(o.total), 2) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.country ORDER BY c.country',
      ordered: true,
    },
  };
}
const sqlAnswer = {
  query:
    'SELECT country, count(orders.id) AS n, round(sum(total), 2) FROM customers LEFT JOIN orders ON orders.customer_id = customers.id GROUP BY country ORDER BY country',
};

function inlineQuestions(count: number): { question: GradableQuestion; response: unknown }[] {
  const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `option ${id}` }));
  const kinds: (() => { question: Omit<GradableQuestion, 'id'>; response: unknown })[] = [
    () => ({
      question: {
        type: 'single_choice',
        skill: 'http',
        difficulty: 1,
        points: 1,
        options,
        answerKey: { optionId: 'b' },
      },
      response: { optionId: 'b' },
    }),
    () => ({
      question: {
        type: 'multiple_choice',
        skill: 'http',
        difficulty: 2,
        points: 2,
        options,
        answerKey: { optionIds: ['a', 'c'] },
      },
      response: { optionIds: ['a', 'd'] },
    }),
    () => ({
      question: {
        type: 'numeric',
        skill: 'caching',
        difficulty: 2,
        points: 1,
        answerKey: { value: 0.25, tolerance: 0.01, relative: true },
      },
      response: { value: '0.2501' },
    }),
    () => ({
      question: {
        type: 'short_text',
        skill: 'http',
        difficulty: 1,
        points: 1,
        answerKey: { accepted: ['idempotent', 'idempotency'], caseSensitive: false },
      },
      response: { text: ' Idempotent. ' },
    }),
  ];
  return Array.from({ length: count }, (_, i) => {
    const { question, response } = kinds[i % kinds.length]();
    return { question: { ...question, id: `inline-${i}` } as GradableQuestion, response };
  });
}

async function gradeAttempt(
  engine: GradingEngine,
  items: { question: GradableQuestion; response: unknown }[],
): Promise<void> {
  const graded = await Promise.all(items.map((i) => engine.grade(i.question, i.response)));
  const grades: Record<string, AnswerGrade> = {};
  items.forEach((item, i) => (grades[item.question.id] = graded[i]));
  scoreAttempt({ questions: items.map((i) => i.question), grades, requirements: [], passingScore: 60 });
}

// --- scenarios -----------------------------------------------------------------------------------

async function codeScenario(rows: string[][]): Promise<void> {
  const question = codeQuestion('code');
  const response = { language: 'javascript', code: codeAnswer };
  const engine = new GradingEngine({ codeThreads: 1 });
  try {
    for (let i = 0; i < 20; i++) await engine.grade(question, response); // warm-up
    const first = await engine.grade(question, response);
    if (first.verdict !== 'accepted') throw new Error(`bench code answer graded ${first.verdict}`);

    const oneTest = codeQuestion('code-1', 1);
    const throughput: number[] = [];
    const latency: number[] = [];
    const latencyOne: number[] = [];
    const bare: number[] = [];
    const tests = (question.answerKey as { tests: { args: unknown[]; expected: unknown }[] }).tests;
    for (let round = 0; round < ROUNDS; round++) {
      // One thread kept busy: answers × 10 tests per second per core.
      throughput.push(
        await perSecond(
          async () =>
            (await Promise.all(Array.from({ length: 8 }, () => engine.grade(question, response)))).length,
        ),
      );
      const one: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        await engine.grade(question, response);
        one.push(performance.now() - t);
      }
      latency.push(median(one));
      const single: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        await engine.grade(oneTest, response);
        single.push(performance.now() - t);
      }
      latencyOne.push(median(single));
      // The same function and the same ten tests, straight in V8.
      const direct: number[] = [];
      for (let i = 0; i < 200; i++) {
        const t = performance.now();
        const fn = new Function(`${codeAnswer}; return wordFrequencies;`)() as (
          ...args: unknown[]
        ) => unknown;
        for (const test of tests) {
          const args = JSON.parse(JSON.stringify(test.args)) as unknown[];
          if (!isDeepStrictEqual(JSON.parse(JSON.stringify(fn(...args))), test.expected))
            throw new Error('bare run failed');
        }
        direct.push(performance.now() - t);
      }
      bare.push(median(direct));
    }
    const sandboxMs = median(latency);
    const bareMs = median(bare);
    rows.push([
      'code: answers × 10 tests / s / core',
      median(throughput).toFixed(0),
      `bare V8 ${(1000 / bareMs).toFixed(0)}/s`,
    ]);
    // Two points (1 and 10 tests) give the cost per test and, extrapolated to no test, the fixed cost.
    const perTestMs = (sandboxMs - median(latencyOne)) / 9;
    const fixedMs = median(latencyOne) - perTestMs;
    rows.push([
      'code: ms per answer of 10 tests (median)',
      sandboxMs.toFixed(2),
      `bare V8 ${bareMs.toFixed(3)} ms`,
    ]);
    rows.push([
      'code: sandbox fixed cost per answer',
      fixedMs.toFixed(2),
      `ms, + ${perTestMs.toFixed(2)} ms per test`,
    ]);
  } finally {
    await engine.close();
  }
}

async function sqlScenario(rows: string[][]): Promise<void> {
  const question = sqlQuestion('sql');
  const engine = new GradingEngine({ sqlThreads: 1 });
  try {
    for (let i = 0; i < 20; i++) await engine.grade(question, sqlAnswer);
    const first = await engine.grade(question, sqlAnswer);
    if (first.verdict !== 'accepted') throw new Error(`bench SQL answer graded ${first.verdict}`);
    const pooled: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      pooled.push(
        await perSecond(
          async () =>
            (await Promise.all(Array.from({ length: 8 }, () => engine.grade(question, sqlAnswer)))).length,
        ),
      );
    }

    // Bare sql.js in the main thread: fresh copy of the fixture, the query, the same comparison work.
    const SQL = await initSqlJs();
    const build = new SQL.Database();
    build.exec(sqlSchema);
    const image = build.export();
    build.close();
    const key = question.answerKey as { expectedQuery: string };
    const run = (sql: string): unknown[][] => {
      const db = new SQL.Database(image);
      try {
        const stmt = db.prepare(sql);
        const out: unknown[][] = [];
        while (stmt.step()) out.push(stmt.get());
        stmt.free();
        return out;
      } finally {
        db.close();
      }
    };
    const expected = run(key.expectedQuery);
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      bare.push(
        await perSecond(async () => {
          if (!isDeepStrictEqual(run(sqlAnswer.query), expected)) throw new Error('bare SQL mismatch');
          return 1;
        }),
      );
    }
    rows.push([
      'sql: answers / s (1 thread)',
      median(pooled).toFixed(0),
      `bare sql.js main thread ${median(bare).toFixed(0)}/s`,
    ]);
  } finally {
    await engine.close();
  }
}

async function attemptScenarios(rows: string[][]): Promise<void> {
  const choiceOnly = inlineQuestions(20);
  const inlineEngine = new GradingEngine();
  try {
    const rates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rates.push(await perSecond(async () => (await gradeAttempt(inlineEngine, choiceOnly), 1), 400));
    }
    rows.push(['attempt: 20 choice/numeric/text / s', median(rates).toFixed(0), 'target ≥ 200/s']);
  } finally {
    await inlineEngine.close();
  }

  const mixed = [
    ...inlineQuestions(12),
    ...Array.from({ length: 6 }, (_, i) => ({
      question: codeQuestion(`code-${i}`),
      response: { language: 'javascript', code: codeAnswer },
    })),
    ...Array.from({ length: 2 }, (_, i) => ({ question: sqlQuestion(`sql-${i}`), response: sqlAnswer })),
  ];
  const engine = new GradingEngine({ codeThreads: 2, sqlThreads: 1 });
  try {
    for (let i = 0; i < 5; i++) await gradeAttempt(engine, mixed);
    const rates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Four attempts in flight, like a grading worker with concurrency 4.
      rates.push(
        await perSecond(
          async () =>
            (await Promise.all(Array.from({ length: 4 }, () => gradeAttempt(engine, mixed)))).length,
        ),
      );
    }
    rows.push([
      'attempt: 20 mixed (12 inline, 6 code, 2 SQL) / s',
      median(rates).toFixed(1),
      '2 code threads + 1 SQL; target ≥ 20/s',
    ]);
  } finally {
    await engine.close();
  }
}

export async function run(): Promise<void> {
  const started = performance.now();
  const rows: string[][] = [];
  await codeScenario(rows);
  await sqlScenario(rows);
  await attemptScenarios(rows);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\ngrading (median of ${ROUNDS} rounds)`);
  for (const [label, value, note] of rows)
    console.log(`  ${label.padEnd(width)}  ${value.padStart(8)}  ${note}`);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
