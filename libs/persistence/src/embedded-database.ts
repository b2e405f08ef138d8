import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PgliteWireServer } from './pglite-wire-server';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL-compatible database for the zero-configuration start: PGlite (Postgres compiled to WASM),
 * persisted under `<dataDir>/pglite`, served over the wire protocol so the same `pg` driver and the same
 * migrations run as in production. One session serves every connection, one exchange or transaction at a
 * time (PgliteWireServer); it is for one developer, not for load.
 */
export async function startEmbeddedDatabase(options: { dataDir: string }): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  // Loaded lazily: production processes never pay for the WASM module.
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: dir });
  // A new password each start: it lives only in this process's DATABASE_URL.
  const password = randomBytes(24).toString('base64url');
  const server = new PgliteWireServer(db, password);
  const port = await server.listen();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}
