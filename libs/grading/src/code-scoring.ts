/**
 * How much of a code answer's points its test results earn: the passed tests' share of the total weight,
 * where tests sharing a `group` count only when every test of the group passed (all-or-nothing). A group
 * pairs an acceptance case with its rejection cases, so `return false` cannot collect the rejections'
 * weight without the acceptance (docs/decisions/0412-code-tests-that-measure.md).
 */
export function codeTestsCredit(
  tests: readonly { weight: number; group?: string }[],
  passed: readonly boolean[],
): number {
  const groupPassed = new Map<string, boolean>();
  tests.forEach((t, i) => {
    if (t.group !== undefined)
      groupPassed.set(t.group, (groupPassed.get(t.group) ?? true) && passed[i] === true);
  });
  let total = 0;
  let earned = 0;
  tests.forEach((t, i) => {
    const weight = Number.isFinite(t.weight) && t.weight > 0 ? t.weight : 0;
    total += weight;
    const counts = t.group !== undefined ? groupPassed.get(t.group) === true : passed[i] === true;
    if (counts) earned += weight;
  });
  return total > 0 ? earned / total : 0;
}
