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

  // The engine sits at the bottom of the graph beside @assay/core: no framework, no I/O, no other lib
  // (docs/decisions/1600). Specs included: a spec that needs a database belongs to the lib that owns it.
  it('imports no Nest, database, queue or Redis client, and no @assay lib but @assay/core', () => {
    const forbidden = /^(@nestjs\/|typeorm$|pg$|pg\/|bullmq$|ioredis$|@assay\/(?!core$))/;
    const files = sourceFiles(__dirname).filter((file) => file !== __filename); // its own samples
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((file) =>
      importedModules(fs.readFileSync(file, 'utf8'))
        .filter((name) => forbidden.test(name))
        .map((name) => `${path.relative(__dirname, file)}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('sees the imports it polices (the scan itself works)', () => {
    const sample = [
      "import { Injectable } from '@nestjs/common';",
      "import type { DataSource } from 'typeorm';",
      "const { Pool } = require('pg');",
      "export { Queue } from 'bullmq';",
      "const Redis = await import('ioredis');",
      "import { LEVELS } from '@assay/core';",
      "import '@assay/assessments';",
    ].join('\n');
    expect(importedModules(sample)).toEqual([
      '@nestjs/common',
      'typeorm',
      'pg',
      'bullmq',
      'ioredis',
      '@assay/core',
      '@assay/assessments',
    ]);
  });
});

/** Every .ts and .js file under `dir`. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js)$/.test(entry.name) ? [full] : [];
  });
}

/** Module names of static imports, re-exports, side-effect imports, require() and import() calls. */
function importedModules(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*(?:\(\s*)?|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((m) => m[1]);
}
