import { shippedCatalog } from './catalog-loader';
import { bestConstantCredit, hardCodedCredit, mutationReport, type TaskTest } from './code-task-checks';
import { EQUIVALENT, NOT_YET_MEASURING } from './code-task-review';

/**
 * Every shipped code task measures (issue 13, docs/decisions/0412): the best constant answer earns ≤ 10 %,
 * hard-coding the visible examples ≤ 15 %, and ≥ 95 % of the non-equivalent first-order mutants of the
 * reference solution fail a test.
 */
const catalog = shippedCatalog();
const tasks = catalog.questions.filter((q) => q.content.type === 'code');

const answerKey = (q: (typeof tasks)[number]) =>
  q.content.answerKey as { referenceSolution: { code: string }; tests: TaskTest[] };

describe('shipped code tasks measure', () => {
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
    (key, q) => {
      const { referenceSolution, tests } = answerKey(q);
      const report = mutationReport(referenceSolution.code, q.content.functionName!, tests, EQUIVALENT[key]);
      if (key in NOT_YET_MEASURING)
        expect({ key, measures: report.killRate >= 0.95 }).toEqual({ key, measures: false });
      else {
        const ok = report.killRate >= 0.95;
        expect({ key, killRate: ok ? 'ok' : report.killRate, survivors: ok ? [] : report.survivors }).toEqual(
          {
            key,
            killRate: 'ok',
            survivors: [],
          },
        );
      }
    },
    60_000,
  );
});
