import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { ProblemCatalog } from '@assay/core';
import { PROBLEM_CATALOGS, problemEntries } from './problem-catalogs';

const ROOT = path.resolve(__dirname, '../../../..');
/** The helpers that take a problem code (libs/core/src/problem.ts), and the argument that is the code. */
const FACTORIES: Record<string, number> = { conflict: 0, gone: 0, unprocessable: 0 };
const CONSTRUCTORS: Record<string, number> = { Problem: 1 };

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'data') sources(full, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
      out.push(full);
    }
  }
  return out;
}

function isForwardedParameter(node: ts.Expression): boolean {
  if (!ts.isIdentifier(node)) return false;
  for (let scope: ts.Node | undefined = node.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope) && scope.parameters.some((p) => p.name.getText() === node.text)) return true;
  }
  return false;
}

/**
 * Throw sites whose code is not a member of a catalog enum: a string literal, an unknown enum or member, or
 * any other expression. A helper that forwards its own `code` parameter is fine (its callers are checked).
 */
export function uncataloguedCodes(
  fileName: string,
  text: string,
  catalogs: readonly ProblemCatalog[],
): string[] {
  const byEnum = new Map(catalogs.map((c) => [c.enumName, c]));
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const check = (call: ts.CallExpression | ts.NewExpression, index: number) => {
    const arg = call.arguments?.[index];
    if (!arg || isForwardedParameter(arg)) return;
    if (ts.isPropertyAccessExpression(arg) && ts.isIdentifier(arg.expression)) {
      const catalog = byEnum.get(arg.expression.text);
      const code = catalog?.codes[arg.name.text];
      if (catalog && code !== undefined && catalog.pages[code]) return;
    }
    const line = file.getLineAndCharacterOfPosition(arg.getStart()).line + 1;
    found.push(`${path.relative(ROOT, fileName)}:${line} ${arg.getText()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in FACTORIES) {
      check(node, FACTORIES[node.expression.text]);
    }
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text in CONSTRUCTORS
    ) {
      check(node, CONSTRUCTORS[node.expression.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('problem catalogs', () => {
  it('every problem code thrown in libs/ and apps/ is a member of a catalog enum, with a page', () => {
    const files = [...sources(path.join(ROOT, 'libs')), ...sources(path.join(ROOT, 'apps'))];
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) => uncataloguedCodes(f, readFileSync(f, 'utf8'), PROBLEM_CATALOGS));
    expect(offenders).toEqual([]);
  });

  it('catches a string literal, an unknown member and an enum outside the catalogs', () => {
    const source = [
      "throw conflict('made-up', 'x');",
      "throw new Problem(409, AssessmentsProblem.NoSuchMember, 'x');",
      "throw gone(SomeOtherEnum.Gone, 'x');",
      "throw unprocessable(AssessmentsProblem.NotAnEssay, 'fine');",
      'const wrap = (code: string) => conflict(code, "forwarded");',
    ].join('\n');
    expect(uncataloguedCodes(path.join(ROOT, 'fixture.ts'), source, PROBLEM_CATALOGS)).toEqual([
      "fixture.ts:1 'made-up'",
      'fixture.ts:2 AssessmentsProblem.NoSuchMember',
      'fixture.ts:3 SomeOtherEnum.Gone',
    ]);
  });

  it('gives every code one page, owned by one lib, with an error status and both sections', () => {
    const entries = problemEntries();
    const total = PROBLEM_CATALOGS.reduce((n, c) => n + Object.keys(c.codes).length, 0);
    expect(entries.size).toBe(total);
    for (const entry of entries.values()) {
      expect(entry.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(entry.statuses.length).toBeGreaterThan(0);
      for (const status of entry.statuses)
        expect([entry.code, status >= 400 && status < 600]).toEqual([entry.code, true]);
      expect([
        entry.code,
        entry.title.length > 0,
        entry.happened.length > 10,
        entry.todo.length > 10,
      ]).toEqual([entry.code, true, true, true]);
    }
  });

  it('refuses one code in two catalogs', () => {
    const twice = { ...PROBLEM_CATALOGS[0], lib: 'other', enumName: 'OtherProblem' };
    expect(() => problemEntries([PROBLEM_CATALOGS[0], twice])).toThrow(/in both the core and other catalogs/);
  });
});
