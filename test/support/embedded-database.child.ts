/*
 * The zero-configuration start's database in a process of its own, for tests: PGlite loads its WASM through
 * dynamic imports, which Jest's module sandbox cannot run. Prints `url=<connection url>` once it listens and
 * stops cleanly on SIGTERM. Usage: node -r ./scripts/ts-register.js test/support/embedded-database.child.ts DIR
 */
import { startEmbeddedDatabase } from '@assay/persistence';

async function main(): Promise<void> {
  const db = await startEmbeddedDatabase({ dataDir: process.argv[2] });
  process.on('SIGTERM', () => {
    void db.stop().finally(() => process.exit(0));
  });
  process.stdout.write(`url=${db.url}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
