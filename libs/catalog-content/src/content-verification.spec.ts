import { GradingEngine, type GradableQuestion } from '@assay/grading';
import { shippedCatalog } from './catalog-loader';
import { bestConstantCredit, type TaskTest } from './code-task-checks';
import { QUADRATIC_SOLUTIONS } from './code-task-review';
import type { CatalogQuestion } from './catalog.types';

/**
 * Every shipped question, run through the real grading engine (QuickJS and sql.js sandboxes included):
 * the answer key is accepted with full points, and the starter code / an empty answer is not.
 */
const catalog = shippedCatalog();

function gradable(q: CatalogQuestion): GradableQuestion {
  const c = q.content;
  return {
    id: q.key,
    type: c.type,
    skill: c.skill,
    difficulty: c.difficulty,
    points: c.points,
    options: c.options,
    answerKey: c.answerKey,
    languages: c.languages,
    functionName: c.functionName,
    timeLimitMs: c.timeLimitMs,
    schema: c.schema,
  };
}

function keyResponse(q: CatalogQuestion): unknown {
  const key = q.content.answerKey as Record<string, unknown>;
  switch (q.content.type) {
    case 'single_choice':
      return { optionId: key.optionId };
    case 'multiple_choice':
      return { optionIds: key.optionIds };
    case 'numeric':
      return { value: key.value };
    case 'short_text':
      return { text: (key.accepted as string[])[0] };
    case 'code':
      return key.referenceSolution;
    case 'sql':
      return { query: key.expectedQuery };
    default:
      return null;
  }
}

describe('shipped content, graded by the real engine', () => {
  const engine = new GradingEngine({ codeThreads: 2, sqlThreads: 1 });
  afterAll(() => engine.close());

  const code = catalog.questions.filter((q) => q.content.type === 'code');
  const sql = catalog.questions.filter((q) => q.content.type === 'sql');
  const inline = catalog.questions.filter((q) => !['code', 'sql', 'essay'].includes(q.content.type));

  it('has code and SQL questions to verify', () => {
    expect(code.length).toBeGreaterThanOrEqual(15);
    expect(sql.length).toBeGreaterThanOrEqual(10);
  });

  it('accepts every answer key of the choice, numeric and text questions with full points', async () => {
    const failures: string[] = [];
    for (const q of inline) {
      const grade = await engine.grade(gradable(q), keyResponse(q));
      if (grade.verdict !== 'correct' || grade.score !== q.content.points)
        failures.push(`${q.key}: ${grade.verdict}`);
    }
    expect(failures).toEqual([]);
  });

  it.each(code.map((q) => [q.key, q] as const))(
    'code %s: the reference solution is accepted, the starter code and an empty answer are not',
    async (_key, q) => {
      const question = gradable(q);
      const reference = await engine.grade(question, keyResponse(q));
      expect({ verdict: reference.verdict, score: reference.score }).toEqual({
        verdict: 'accepted',
        score: q.content.points,
      });
      const starter = await engine.grade(question, {
        language: 'javascript',
        code: q.content.starterCode ?? '',
      });
      expect(starter.verdict).not.toBe('accepted');
      expect(starter.score).toBeLessThan(q.content.points);
      const empty = await engine.grade(question, null);
      expect(empty.verdict).toBe('unanswered');
    },
    30_000,
  );

  it.each(code.map((q) => [q.key, q] as const))(
    'code %s: the best constant answer earns at most 10%% in the real sandbox (grouped tests count together)',
    async (_key, q) => {
      const tests = (q.content.answerKey as { tests: TaskTest[] }).tests;
      const { constant } = bestConstantCredit(tests);
      const answer = {
        language: 'javascript',
        code: `function ${q.content.functionName}() { return ${JSON.stringify(constant)}; }`,
      };
      const graded = await engine.grade(gradable(q), answer);
      expect(graded.score).toBeLessThanOrEqual(0.1 * q.content.points);
    },
    30_000,
  );

  it.each(Object.entries(QUADRATIC_SOLUTIONS))(
    '%s: an O(n²) solution is correct on the small tests and runs out of time on the large input',
    async (key, quadratic) => {
      const q = code.find((x) => x.key === key)!;
      const graded = await engine.grade(gradable(q), { language: 'javascript', code: quadratic });
      const tests = (graded.details as { tests: { status: string }[] }).tests;
      expect(tests.filter((t) => t.status === 'time_limit_exceeded').length).toBeGreaterThan(0);
      expect(tests.every((t) => t.status === 'passed' || t.status === 'time_limit_exceeded')).toBe(true);
      const reference = await engine.grade(gradable(q), keyResponse(q));
      expect(reference.verdict).toBe('accepted');
    },
    60_000,
  );

  it.each(sql.map((q) => [q.key, q] as const))(
    'sql %s: the expected query is accepted, a trivial query and an empty answer are not',
    async (_key, q) => {
      const question = gradable(q);
      const reference = await engine.grade(question, keyResponse(q));
      expect({ verdict: reference.verdict, score: reference.score }).toEqual({
        verdict: 'accepted',
        score: q.content.points,
      });
      const trivial = await engine.grade(question, { query: 'SELECT 1' });
      expect(trivial.verdict).not.toBe('accepted');
      expect((await engine.grade(question, null)).verdict).toBe('unanswered');
    },
    30_000,
  );
});
