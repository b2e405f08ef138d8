import { type QuestionContent } from '@assay/core';
import { isDeepStrictEqual } from 'node:util';

import vm from 'node:vm';
import initSqlJs, { SqlJsStatic } from 'sql.js';
import {
  catalogCounts,
  choiceKeyProblems,
  conventionProblems,
  coverageGaps,
  duplicatePrompts,
  questionsOfRole,
} from './catalog-checks';

import { loadCatalog } from './catalog-loader';

import type { Catalog } from './catalog.types';

/**
 * The shipped catalog as a product: every file validates, keys are unambiguous, every role can be
 * composed at every level, the Back-End bank is as deep as promised, and every code and SQL question
 * actually works (reference solutions pass their tests, starters do not, expected queries run).
 */
describe('shipped catalog content', () => {
  let catalog: Catalog;

  beforeAll(() => {
    catalog = loadCatalog(); // throws a CatalogContentError naming file and field of every problem
  });

  it('has at least 10 roles, Back-End Engineer among them, and at least 40 skills', () => {
    expect(catalog.roles.length).toBeGreaterThanOrEqual(10);
    expect(catalog.roles.map((r) => r.slug)).toContain('back-end-engineer');
    expect(catalog.skills.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every role a full page: ≥5 responsibilities, ≥6 requirements, four levels', () => {
    for (const role of catalog.roles) {
      expect({
        role: role.slug,
        responsibilities: role.responsibilities.length >= 5,
        requirements: role.requirements.length >= 6,
        levels: role.levels.map((l) => l.level),
      }).toEqual({
        role: role.slug,
        responsibilities: true,
        requirements: true,
        levels: ['junior', 'mid', 'senior', 'lead'],
      });
    }
  });

  it('never repeats a prompt', () => {
    expect(duplicatePrompts(catalog)).toEqual([]);
  });

  it('gives every choice question one unambiguous key among distinct options', () => {
    expect(choiceKeyProblems(catalog)).toEqual([]);
  });

  it("covers every role's requirements at every level's difficulty band", () => {
    expect(coverageGaps(catalog)).toEqual([]);
  });

  it('follows the points and time conventions', () => {
    expect(conventionProblems(catalog)).toEqual([]);
  });

  it('has a Back-End Engineer bank of ≥150 questions, ≥10 per requirement skill, ≥15 code and ≥10 SQL', () => {
    const bank = questionsOfRole(catalog, 'back-end-engineer');
    expect(bank.length).toBeGreaterThanOrEqual(150);
    const role = catalog.roles.find((r) => r.slug === 'back-end-engineer')!;
    for (const { skill } of role.requirements) {
      const n = bank.filter((q) => q.content.skill === skill).length;
      expect({ skill, enough: n >= 10 }).toEqual({ skill, enough: true });
    }
    const code = bank.filter((q) => q.content.type === 'code');
    expect(code.length).toBeGreaterThanOrEqual(15);
    for (const q of code) {
      const hidden = tests(q.content).filter((t) => t.hidden && t.weight > 0);
      expect({ key: q.key, hidden: hidden.length >= 5 }).toEqual({ key: q.key, hidden: true });
    }
    expect(bank.filter((q) => q.content.type === 'sql').length).toBeGreaterThanOrEqual(10);
  });

  it('spreads every Back-End Engineer skill over all five difficulties (≥3 each), so every level composes', () => {
    const counts = catalogCounts(catalog);
    const role = catalog.roles.find((r) => r.slug === 'back-end-engineer')!;
    for (const { skill } of role.requirements) {
      expect({ skill, byDifficulty: counts.bySkill[skill].byDifficulty.map((n) => n >= 3) }).toEqual({
        skill,
        byDifficulty: [true, true, true, true, true],
      });
    }
  });

  it('has at least 3 questions per requirement skill of every other role', () => {
    const counts = catalogCounts(catalog);
    for (const role of catalog.roles) {
      for (const { skill } of role.requirements) {
        expect({ role: role.slug, skill, enough: (counts.bySkill[skill]?.total ?? 0) >= 3 }).toEqual({
          role: role.slug,
          skill,
          enough: true,
        });
      }
    }
  });

  describe('code questions', () => {
    it('pass every test with the reference solution and fail at least one with the starter code', () => {
      const failures: string[] = [];
      for (const { key, content: q } of catalog.questions.filter((x) => x.content.type === 'code')) {
        const key_ = q.answerKey as { referenceSolution: { code: string } };
        tests(q).forEach((t, i) => {
          const outcome = runCall(key_.referenceSolution.code, q.functionName!, t.args);
          if (!outcome.ok) failures.push(`${key} test ${i}: reference threw ${outcome.error}`);
          else if (!isDeepStrictEqual(outcome.value, t.expected)) {
            failures.push(`${key} test ${i}: reference returned ${JSON.stringify(outcome.value)}`);
          }
        });
        const starterPasses = tests(q).every((t) => {
          const outcome = runCall(q.starterCode ?? '', q.functionName!, t.args);
          return outcome.ok && isDeepStrictEqual(outcome.value, t.expected);
        });
        if (starterPasses) failures.push(`${key}: the starter code passes every test`);
      }
      expect(failures).toEqual([]);
    });

    it('show at least one test to the candidate and hide at least 5', () => {
      for (const { key, content: q } of catalog.questions.filter((x) => x.content.type === 'code')) {
        const all = tests(q);
        expect({
          key,
          visible: all.some((t) => !t.hidden),
          hidden: all.filter((t) => t.hidden).length >= 5,
        }).toEqual({
          key,
          visible: true,
          hidden: true,
        });
      }
    });
  });

  describe('SQL questions', () => {
    let SQL: SqlJsStatic;
    beforeAll(async () => {
      SQL = await initSqlJs();
    });

    it('load their fixture and run the expected query to a non-empty result', () => {
      const failures: string[] = [];
      for (const { key, content: q } of catalog.questions.filter((x) => x.content.type === 'sql')) {
        const answer = q.answerKey as { expectedQuery: string; ordered: boolean };
        const db = new SQL.Database();
        try {
          db.exec(q.schema!);
          const result = db.exec(answer.expectedQuery);
          if (result.length !== 1 || result[0].values.length === 0)
            failures.push(`${key}: expected query returns no rows`);
          if (answer.ordered && !/\border\s+by\b/i.test(answer.expectedQuery)) {
            failures.push(`${key}: ordered, but the expected query has no ORDER BY`);
          }
          const rows =
            (db.exec('SELECT count(*) FROM sqlite_master WHERE type = "table"')[0].values[0][0] as number) ??
            0;
          if (rows < 1) failures.push(`${key}: the fixture creates no table`);
        } catch (error) {
          failures.push(`${key}: ${(error as Error).message}`);
        } finally {
          db.close();
        }
      }
      expect(failures).toEqual([]);
    });
  });
});

type Test = { args: unknown[]; expected: unknown; weight: number; hidden: boolean };

function tests(q: QuestionContent): Test[] {
  return (q.answerKey as { tests: Test[] }).tests;
}

/**
 * Runs one call in a fresh V8 context with nothing but the language's built-ins (like the QuickJS sandbox):
 * arguments go in and the result comes out as JSON, so values compare the way the grader sees them.
 */
function runCall(
  code: string,
  functionName: string,
  args: unknown[],
): { ok: true; value: unknown } | { ok: false; error: string } {
  const context = vm.createContext({ __args: JSON.stringify(args) });
  try {
    const out = vm.runInContext(
      `${code}\n;(function () { const r = ${functionName}(...JSON.parse(__args)); return r === undefined ? undefined : JSON.stringify(r); })()`,
      context,
      { timeout: 2000 },
    ) as string | undefined;
    return { ok: true, value: out === undefined ? undefined : JSON.parse(out) };
  } catch (error) {
    return { ok: false, error: String((error as Error)?.message ?? error) };
  }
}
