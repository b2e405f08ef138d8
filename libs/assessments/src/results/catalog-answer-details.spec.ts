import fc from 'fast-check';
import { catalogAnswerDetails, withTestInputs } from './result.views';

const SECRET = 'SECRET-7f3a';

/** A code answer key whose hidden tests carry the secret in their input and expected value. */
const codeKey = fc
  .array(fc.record({ hidden: fc.boolean(), n: fc.integer({ min: 0, max: 1000 }) }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((tests) => ({
    referenceSolution: { language: 'javascript', code: `function f() { return "${SECRET}"; }` },
    tests: tests.map((t, i) =>
      t.hidden
        ? { args: [`${SECRET}-in-${i}`], expected: `${SECRET}-out-${i}`, weight: 1, hidden: true }
        : { args: [t.n], expected: t.n + 1, weight: 1, hidden: false },
    ),
  }));

const status = fc.constantFrom('passed', 'wrong_answer', 'runtime_error', 'time_limit_exceeded');

describe('catalogAnswerDetails (global-library questions in the organization’s report)', () => {
  it('never shows a hidden test, only counts it; shows visible tests with their inputs (property)', () => {
    fc.assert(
      fc.property(codeKey, fc.array(status, { minLength: 8, maxLength: 8 }), (key, statuses) => {
        const details = {
          language: 'javascript',
          passed: statuses.slice(0, key.tests.length).filter((s) => s === 'passed').length,
          total: key.tests.length,
          tests: key.tests.map((t, index) => ({
            index,
            hidden: t.hidden,
            weight: 1,
            status: statuses[index],
            ms: 1,
            // What a buggy grader might store: the view must drop it for hidden tests.
            ...(t.hidden
              ? { expected: t.expected, message: `${SECRET} leaked` }
              : { expected: String(t.expected) }),
          })),
          referenceSolution: key.referenceSolution,
        };
        const shown = catalogAnswerDetails('code', details, key);
        expect(JSON.stringify(shown)).not.toContain(SECRET);
        const hidden = key.tests.filter((t) => t.hidden);
        expect(shown.hiddenTestsTotal).toBe(hidden.length);
        expect(shown.hiddenTestsPassed).toBe(
          key.tests.filter((t, i) => t.hidden && statuses[i] === 'passed').length,
        );
        const visible = shown.tests as { index: number; args: unknown[] }[];
        expect(visible.map((t) => t.index)).toEqual(key.tests.flatMap((t, i) => (t.hidden ? [] : [i])));
        for (const t of visible) expect(t.args).toEqual(key.tests[t.index].args);
      }),
    );
  });

  it('treats a test without an explicit hidden: false as hidden', () => {
    const shown = catalogAnswerDetails(
      'code',
      {
        tests: [
          { index: 0, status: 'passed' },
          { index: 1, hidden: 'no', status: 'wrong_answer' },
        ],
      },
      { tests: [{ args: [SECRET] }, { args: [SECRET] }] },
    );
    expect(shown).toEqual({ tests: [], hiddenTestsPassed: 1, hiddenTestsTotal: 2 });
  });

  it('shows no expected rows or expected query of an SQL answer, and no key-related message', () => {
    const wrong = catalogAnswerDetails(
      'sql',
      {
        ordered: false,
        expectedRows: 3,
        actualRows: 1,
        expectedColumns: 2,
        actualColumns: 2,
        summary: 'expected 3 rows, got 1',
        firstDifference: { row: 0, expected: [SECRET, 1], actual: ['x', 1] },
        expectedQuery: `SELECT '${SECRET}'`,
        ms: 1.5,
      },
      { expectedQuery: `SELECT '${SECRET}'`, ordered: false },
    );
    expect(wrong).toEqual({
      ordered: false,
      actualRows: 1,
      actualColumns: 2,
      ms: 1.5,
      firstDifference: { row: 0, actual: ['x', 1] },
    });
    const broken = catalogAnswerDetails(
      'sql',
      { reason: 'invalid_answer_key', message: `expectedQuery: near "${SECRET}": syntax error` },
      {},
    );
    expect(broken).toEqual({ reason: 'invalid_answer_key' });
    // The candidate's own error is theirs to see.
    expect(catalogAnswerDetails('sql', { message: 'no such table: users' }, {})).toEqual({
      message: 'no such table: users',
    });
  });

  it('drops what would reveal a numeric or choice key', () => {
    expect(catalogAnswerDetails('numeric', { answer: 10, difference: 2.5 }, { value: 12.5 })).toEqual({
      answer: 10,
    });
    expect(
      catalogAnswerDetails('multiple_choice', { chosen: ['a'], hits: 1, wrongPicks: 0, correctCount: 2 }, {}),
    ).toEqual({ chosen: ['a'] });
  });

  it('keeps every test input for the organization’s own questions', () => {
    const key = {
      tests: [
        { args: [1], expected: 2, hidden: false },
        { args: [3], expected: 4, hidden: true },
      ],
    };
    const details = {
      tests: [
        { index: 0, hidden: false, status: 'passed' },
        { index: 1, hidden: true, status: 'passed' },
      ],
    };
    expect((withTestInputs('code', details, key).tests as unknown[])[1]).toEqual({
      index: 1,
      hidden: true,
      status: 'passed',
      args: [3],
      expected: 4,
    });
  });
});
