import { GradingEngine } from '@assay/grading';
import { shippedCatalog } from './catalog-loader';
import {
  bestConstantCredit,
  generateMutants,
  hardCodedCredit,
  mutationReport,
  type TaskTest,
} from './code-task-checks';
import { EQUIVALENT, NOT_YET_MEASURING } from './code-task-review';

/**
 * Every shipped code task measures (issue 13, docs/decisions/0412): the best constant answer earns ≤ 10 %,
 * hard-coding the visible examples ≤ 15 %, and ≥ 95 % of the non-equivalent first-order mutants of the
 * reference solution fail a test. Mutants run in V8 first; the few that pass every test there are graded
 * again by the real QuickJS sandbox, where candidates' code runs: engines differ where the language leaves
 * them free (V8's stable sort reads only whether a comparator result is negative, QuickJS's does not), and
 * a mutant the product's grader rejects is killed.
 */
const catalog = shippedCatalog();
const tasks = catalog.questions.filter((q) => q.content.type === 'code');

const answerKey = (q: (typeof tasks)[number]) =>
  q.content.answerKey as { referenceSolution: { code: string }; tests: TaskTest[] };

describe('shipped code tasks measure', () => {
  const engine = new GradingEngine({ codeThreads: 1, sqlThreads: 1 });
  afterAll(() => engine.close());

  const verdictInSandbox = async (q: (typeof tasks)[number], code: string): Promise<string> => {
    const c = q.content;
    const question = {
      id: q.key,
      type: c.type,
      skill: c.skill,
      difficulty: c.difficulty,
      points: c.points,
      answerKey: c.answerKey,
      languages: c.languages,
      functionName: c.functionName,
      timeLimitMs: c.timeLimitMs,
    };
    return (await engine.grade(question, { language: 'javascript', code })).verdict;
  };

  /** The V8 survivors that the real sandbox still accepts. */
  async function survivorsInSandbox(q: (typeof tasks)[number], survivors: string[]): Promise<string[]> {
    if (survivors.length === 0) return [];
    const reference = answerKey(q).referenceSolution.code;
    // A sandbox that accepted nothing would kill every survivor: the reference must pass there.
    expect(await verdictInSandbox(q, reference)).toBe('accepted');
    const mutants = generateMutants(reference);
    const left: string[] = [];
    for (const description of survivors) {
      const mutant = mutants.find((m) => m.description === description)!;
      if ((await verdictInSandbox(q, mutant.code)) === 'accepted') left.push(description);
    }
    return left;
  }

  it.each(tasks.map((q) => [q.key, q] as const))(
    '%s: know-nothing answers earn (almost) nothing',
    (_key, q) => {
      const tests = answerKey(q).tests;
      const constant = bestConstantCredit(tests);
      expect({ constant: constant.credit <= 0.1, hardCoded: hardCodedCredit(tests) <= 0.15 }).toEqual({
        constant: true,
        hardCoded: true,
      });
    },
  );

  it.each(tasks.map((q) => [q.key, q] as const))(
    '%s: the tests kill ≥ 95% of the non-equivalent mutants of the reference',
    async (key, q) => {
      const { referenceSolution, tests } = answerKey(q);
      const report = mutationReport(referenceSolution.code, q.content.functionName!, tests, EQUIVALENT[key]);
      const survivors = await survivorsInSandbox(q, report.survivors);
      const killRate = report.total ? (report.total - survivors.length) / report.total : 1;
      if (key in NOT_YET_MEASURING)
        expect({ key, measures: killRate >= 0.95 }).toEqual({ key, measures: false });
      else {
        const ok = killRate >= 0.95;
        expect({ key, killRate: ok ? 'ok' : killRate, survivors: ok ? [] : survivors }).toEqual({
          key,
          killRate: 'ok',
          survivors: [],
        });
      }
    },
    60_000,
  );
});
