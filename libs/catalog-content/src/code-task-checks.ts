import { isDeepStrictEqual } from 'node:util';
import vm from 'node:vm';
import ts from 'typescript';
import { codeTestsCredit } from '@assay/grading';

/**
 * Whether a code task measures (docs/decisions/0412-code-tests-that-measure.md): answers that know
 * nothing must earn (almost) nothing, and a reference solution with one small slip must fail a test.
 * Credit is computed with the grader's own rule (codeTestsCredit: weights, all-or-nothing groups).
 */

export interface TaskTest {
  args: unknown[];
  expected: unknown;
  weight: number;
  hidden: boolean;
  group?: string;
}

/** JSON as the grader sees values (undefined and functions vanish, -0 becomes 0). */
const asJson = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));
const same = (a: unknown, b: unknown): boolean => isDeepStrictEqual(asJson(a), asJson(b));

const BASIC_CONSTANTS: unknown[] = [null, false, true, 0, 1, -1, '', [], {}];

/** The constants a know-nothing answer would try: the usual ones and every expected value of the tests. */
export function constantCandidates(tests: readonly TaskTest[]): unknown[] {
  const out: unknown[] = [];
  for (const value of [...BASIC_CONSTANTS, ...tests.map((t) => t.expected)]) {
    if (!out.some((known) => same(known, value))) out.push(value);
  }
  return out;
}

/** The best credit a function returning one constant earns, and that constant. */
export function bestConstantCredit(tests: readonly TaskTest[]): { credit: number; constant: unknown } {
  let best = { credit: 0, constant: null as unknown };
  for (const constant of constantCandidates(tests)) {
    const credit = codeTestsCredit(
      tests,
      tests.map((t) => same(t.expected, constant)),
    );
    if (credit > best.credit) best = { credit, constant };
  }
  return best;
}

/**
 * The best credit of an answer that returns the visible examples' expected values for their exact
 * arguments and a constant for everything else.
 */
export function hardCodedCredit(tests: readonly TaskTest[]): number {
  const visible = tests.filter((t) => !t.hidden);
  const known = (t: TaskTest): boolean =>
    visible.some((v) => same(v.args, t.args) && same(v.expected, t.expected));
  let best = 0;
  for (const constant of constantCandidates(tests)) {
    const passed = tests.map((t) => {
      const answered = visible.find((v) => same(v.args, t.args));
      return answered ? known(t) : same(t.expected, constant);
    });
    best = Math.max(best, codeTestsCredit(tests, passed));
  }
  return best;
}

export interface Mutant {
  /** e.g. `>= → > at 412`. */
  description: string;
  code: string;
}

const SWAPS: Partial<Record<ts.SyntaxKind, string[]>> = {
  [ts.SyntaxKind.GreaterThanEqualsToken]: ['>'],
  [ts.SyntaxKind.LessThanEqualsToken]: ['<'],
  [ts.SyntaxKind.GreaterThanToken]: ['>='],
  [ts.SyntaxKind.LessThanToken]: ['<='],
  [ts.SyntaxKind.PlusToken]: ['-'],
  [ts.SyntaxKind.MinusToken]: ['+'],
  [ts.SyntaxKind.AsteriskToken]: ['/'],
  [ts.SyntaxKind.AmpersandAmpersandToken]: ['||'],
  [ts.SyntaxKind.BarBarToken]: ['&&'],
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: ['!=='],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: ['==='],
};

/**
 * First-order mutants of `code`: each swaps one operator (>= → >, <= → <, > → >=, < → <=, + ↔ −, * → /,
 * && ↔ ||, === ↔ !==) or moves one integer literal by one (n → n+1, n → n−1). Tokens come from the
 * TypeScript scanner, so strings, comments and regular expressions are never touched; unary minus and
 * `<`/`>` inside `=>` are operators the scanner already tells apart.
 */
export function generateMutants(code: string): Mutant[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, code);
  const mutants: Mutant[] = [];
  // Tokens after which `/`, `+` and `-` are binary operators (a value just ended).
  const VALUE_END = new Set<ts.SyntaxKind>([
    ts.SyntaxKind.Identifier,
    ts.SyntaxKind.NumericLiteral,
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.CloseParenToken,
    ts.SyntaxKind.CloseBracketToken,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateTail,
    ts.SyntaxKind.ThisKeyword,
    ts.SyntaxKind.PlusPlusToken,
    ts.SyntaxKind.MinusMinusToken,
  ]);
  // Open braces inside each `${…}` of the template literals being scanned.
  const templates: number[] = [];
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (
      (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) &&
      !VALUE_END.has(previous)
    ) {
      kind = scanner.reScanSlashToken();
    }
    // `>>`, `>>>`, `>=` and `>>=` come out of the scanner as `>` until re-read.
    if (kind === ts.SyntaxKind.GreaterThanToken) kind = scanner.reScanGreaterToken();
    if (kind === ts.SyntaxKind.TemplateHead) templates.push(0);
    else if (kind === ts.SyntaxKind.OpenBraceToken && templates.length) templates[templates.length - 1]++;
    else if (kind === ts.SyntaxKind.CloseBraceToken && templates.length) {
      if (templates[templates.length - 1] === 0) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
      } else templates[templates.length - 1]--;
    }
    const start = scanner.getTokenStart();
    const text = scanner.getTokenText();
    const end = start + text.length;
    const at = (replacement: string, label: string): void => {
      mutants.push({
        description: `${label} at ${start}`,
        code: code.slice(0, start) + replacement + code.slice(end),
      });
    };
    const signOnly =
      (kind === ts.SyntaxKind.MinusToken || kind === ts.SyntaxKind.PlusToken) && !VALUE_END.has(previous);
    if (!signOnly) for (const swap of SWAPS[kind] ?? []) at(swap, `${text} → ${swap}`);
    if (kind === ts.SyntaxKind.NumericLiteral && /^\d+$/.test(text)) {
      const n = Number(text);
      at(String(n + 1), `${text} → ${n + 1}`);
      if (n > 0) at(String(n - 1), `${text} → ${n - 1}`);
    }
    previous = kind;
  }
  return mutants;
}

/**
 * Runs `code`'s `functionName` on every test in one fresh V8 context (only the language's built-ins, like
 * the QuickJS sandbox) and says which passed. A throw, a timeout or a wrong value fails the test.
 */
export function runTests(
  code: string,
  functionName: string,
  tests: readonly TaskTest[],
  timeoutMs = 500,
): boolean[] {
  const context = vm.createContext({ __tests: JSON.stringify(tests.map((t) => t.args)) });
  try {
    vm.runInContext(code, context, { timeout: timeoutMs });
  } catch {
    return tests.map(() => false);
  }
  return tests.map((t, i) => {
    try {
      const out = vm.runInContext(
        `(function () { const r = ${functionName}(...JSON.parse(__tests)[${i}]); return r === undefined ? undefined : JSON.stringify(r); })()`,
        context,
        { timeout: timeoutMs },
      ) as string | undefined;
      return same(out === undefined ? undefined : JSON.parse(out), t.expected);
    } catch {
      return false;
    }
  });
}

/** Mutants of the reference solution and which of them no test kills (the survivors). */
export function mutationReport(
  referenceCode: string,
  functionName: string,
  tests: readonly TaskTest[],
  equivalent: readonly string[] = [],
): { total: number; killed: number; survivors: string[]; killRate: number } {
  const mutants = generateMutants(referenceCode).filter((m) => !equivalent.includes(m.description));
  const survivors: string[] = [];
  for (const mutant of mutants) {
    if (runTests(mutant.code, functionName, tests, 250).every(Boolean)) survivors.push(mutant.description);
  }
  const killed = mutants.length - survivors.length;
  return { total: mutants.length, killed, survivors, killRate: mutants.length ? killed / mutants.length : 1 };
}
