import fs from 'node:fs';
import path from 'node:path';

type LockEntry = Partial<
  Record<'dependencies' | 'optionalDependencies' | 'peerDependencies', Record<string, string>>
>;

// vm2 is not a boundary (DESIGN.md) and is abandoned; it must not come back, not even transitively.
describe('dependency policy', () => {
  it('has no vm2 anywhere in package-lock.json', () => {
    const lockFile = path.resolve(__dirname, '../../../package-lock.json');
    const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { packages?: Record<string, LockEntry> };
    const packages = lock.packages ?? {};
    expect(Object.keys(packages).length).toBeGreaterThan(0);
    const offenders = Object.entries(packages)
      .filter(
        ([name, entry]) =>
          /(^|\/)vm2$/.test(name) ||
          [entry.dependencies, entry.optionalDependencies, entry.peerDependencies].some(
            (deps) => deps && 'vm2' in deps,
          ),
      )
      .map(([name]) => name || '(root)');
    expect(offenders).toEqual([]);
  });
});
