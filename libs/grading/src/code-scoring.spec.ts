import fc from 'fast-check';
import { codeTestsCredit } from './code-scoring';

describe('codeTestsCredit', () => {
  it('gives ungrouped tests their weight share', () => {
    expect(codeTestsCredit([{ weight: 1 }, { weight: 3 }], [true, false])).toBe(0.25);
  });

  it('counts a group only when every test in it passed', () => {
    const tests = [
      { weight: 2, group: 'valid' },
      { weight: 1, group: 'valid' },
      { weight: 1, group: 'rejects' },
      { weight: 1, group: 'rejects' },
      { weight: 5 },
    ];
    // `return false` passes the rejection cases but not the acceptance: the "valid" group is lost, and a
    // rejection failing loses its whole group too.
    expect(codeTestsCredit(tests, [false, true, true, true, false])).toBe(0.2);
    expect(codeTestsCredit(tests, [true, true, true, false, false])).toBe(0.3);
    expect(codeTestsCredit(tests, [true, true, true, true, true])).toBe(1);
  });

  it('never exceeds ungrouped credit, and equals it when every group is all-passed or all-failed', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            weight: fc.integer({ min: 1, max: 10 }),
            group: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
            passed: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          const tests = rows.map(({ weight, group }) => (group ? { weight, group } : { weight }));
          const passed = rows.map((r) => r.passed);
          const plain = codeTestsCredit(
            rows.map(({ weight }) => ({ weight })),
            passed,
          );
          const grouped = codeTestsCredit(tests, passed);
          expect(grouped).toBeLessThanOrEqual(plain + 1e-12);
          const uniform = ['a', 'b', 'c'].every(
            (g) => new Set(rows.filter((r) => r.group === g).map((r) => r.passed)).size <= 1,
          );
          if (uniform) expect(grouped).toBeCloseTo(plain, 12);
        },
      ),
    );
  });
});
