import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fmt } from './lib/load';
import { ratioChecks } from './lib/floors';

/**
 * npm run bench [-- name …]: runs every scenario in bench/scenarios (or the named ones), one after the
 * other; each prints its own medians and its ratio against a bare baseline measured in the same run.
 * Exits 1 when a ratio is under its floor (0.8 autosave, 3.0 role page). Not part of npm test: too noisy.
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
  const under = ratioChecks.filter((c) => c.ratio < c.floor);
  console.log('\n# ratios to their baselines');
  for (const c of ratioChecks) {
    console.log(
      `${c.ratio >= c.floor ? 'ok   ' : 'UNDER'} ${fmt(c.ratio, 2)}× (floor ${c.floor}×) ${c.figure}`,
    );
  }
  // A regression must be seen: any ratio under its floor fails the run.
  if (under.length) process.exitCode = 1;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
