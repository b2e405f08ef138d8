import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';

/**
 * npm run bench [-- name …]: runs every scenario in bench/scenarios (or the named ones), one after the
 * other; each prints its own medians and its ratio against a bare baseline measured in the same run.
 */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const dir = path.join(__dirname, 'scenarios');
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((n) => !wanted.length || wanted.includes(n))
    .sort((a, b) => (a === 'health' ? -1 : b === 'health' ? 1 : a.localeCompare(b)));
  console.log(
    `# Assay benchmarks — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} cores`,
  );
  for (const name of names) {
    console.log(`\n# scenario: ${name}`);
    const scenario = (await import(path.join(dir, `${name}.ts`))) as { run: () => Promise<void> };
    await scenario.run();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
