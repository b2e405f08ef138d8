import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as connectSocket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';

/*
 * The zero-configuration start's database: one PGlite session shared by every connection of the API and
 * the worker. Each connection must still behave as its own session: its own results, its own prepared
 * statements, its transaction alone, and nothing left behind when it goes away.
 */
describe('embedded database (PGlite over the wire, zero-configuration start)', () => {
  const root = path.resolve(__dirname, '..');
  let dataDir: string;
  let child: ChildProcess;
  const db = { url: '' };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'assay-embedded-'));
    child = spawn(
      process.execPath,
      ['-r', './scripts/ts-register.js', 'test/support/embedded-database.child.ts', dataDir],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    db.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const url = /url=(\S+)/.exec(out)?.[1];
        if (url) resolve(url);
      });
      child.once('exit', (code) => reject(new Error(`the embedded database exited ${code}: ${out}`)));
    });
    const setup = new Client(db.url);
    await setup.connect();
    await setup.query('CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL)');
    await setup.query(`INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 10) g`);
    await setup.end();
  }, 60_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const int32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const int16 = (n: number) => Buffer.from([(n >>> 8) & 255, n & 255]);

  async function connect(): Promise<Client> {
    const client = new Client(db.url);
    await client.connect();
    return client;
  }

  it('gives each connection its own results when many run parameterized queries at once', async () => {
    // pg sends Parse, Bind, Describe, Execute and Sync for each: run message by message across
    // connections, one query's Bind met another's statement (seen: another query's rows, [] and
    // 'portal "" does not exist').
    const pool = new Pool({ connectionString: db.url, max: 8 });
    const outcomes: string[] = [];
    pool.on('error', (error) => void outcomes.push(`idle client error: ${error.message}`));
    const tasks: Promise<void>[] = [];
    for (let i = 0; i < 400; i++) {
      const shape = i % 4;
      const run = async (): Promise<string> => {
        if (shape === 0) {
          const { rows } = await pool.query('SELECT id, v FROM t WHERE id <= $1 ORDER BY id', [10]);
          return rows.length === 10 && rows[9].v === 'v10' ? 'ok' : `rows: ${JSON.stringify(rows)}`;
        }
        if (shape === 1) {
          const { rows } = await pool.query('SELECT $1::text AS x, 42 AS y', [`hello ${i}`]);
          return rows.length === 1 && rows[0].x === `hello ${i}` ? 'ok' : `text: ${JSON.stringify(rows)}`;
        }
        if (shape === 2) {
          try {
            const { rows } = await pool.query('SELECT 1 / $1::int AS z', [0]);
            return `no error: ${JSON.stringify(rows)}`;
          } catch (error) {
            return /division by zero/.test((error as Error).message) ? 'ok' : (error as Error).message;
          }
        }
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query('SELECT count(*)::int AS n FROM t WHERE id > $1', [0]);
          await client.query('COMMIT');
          return rows[0]?.n === 10 ? 'ok' : `count: ${JSON.stringify(rows)}`;
        } finally {
          client.release();
        }
      };
      tasks.push(
        run().then(
          (outcome) => void outcomes.push(outcome),
          (error: unknown) => void outcomes.push(`error: ${(error as Error).message}`),
        ),
      );
    }
    await Promise.all(tasks);
    await pool.end();
    expect(outcomes.filter((o) => o !== 'ok')).toEqual([]);
    expect(outcomes).toHaveLength(400);
  }, 60_000);

  it('keeps named prepared statements per connection', async () => {
    const [a, b] = [await connect(), await connect()];
    try {
      // The autosave prepares one statement name on every pooled connection.
      const first = await a.query({ name: 'plus', text: 'SELECT $1::int + 1 AS n', values: [1] });
      const second = await b.query({ name: 'plus', text: 'SELECT $1::int + 1 AS n', values: [5] });
      expect([first.rows[0].n, second.rows[0].n]).toEqual([2, 6]);
      // Same name, another text on another connection: each runs its own.
      const other = await b.query({ name: 'shout', text: 'SELECT upper($1::text) AS s', values: ['x'] });
      const mine = await a.query({ name: 'shout', text: 'SELECT lower($1::text) AS s', values: ['Y'] });
      expect([other.rows[0].s, mine.rows[0].s]).toEqual(['X', 'y']);
      // And reused: the second run of a name skips Parse.
      const again = await a.query({ name: 'plus', text: 'SELECT $1::int + 1 AS n', values: [41] });
      expect(again.rows[0].n).toBe(42);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it('runs a transaction alone: another connection waits for its end and sees only what it committed', async () => {
    const [a, b] = [await connect(), await connect()];
    try {
      const order: string[] = [];
      await a.query('BEGIN');
      await a.query(`INSERT INTO t VALUES (100, 'uncommitted')`);
      const read = b.query('SELECT v FROM t WHERE id = 100').then((r) => {
        order.push('read');
        return r.rows;
      });
      await new Promise((r) => setTimeout(r, 200));
      await a.query(`UPDATE t SET v = 'committed' WHERE id = 100`);
      order.push('commit');
      await a.query('COMMIT');
      expect(await read).toEqual([{ v: 'committed' }]);
      expect(order).toEqual(['commit', 'read']);
    } finally {
      await a.query('DELETE FROM t WHERE id = 100');
      await Promise.all([a.end(), b.end()]);
    }
  });

  it('rolls back the transaction of a connection that goes away, and lets the others go on', async () => {
    const [a, waiting] = [await connect(), await connect()];
    a.on('error', () => undefined);
    await a.query('BEGIN');
    await a.query(`INSERT INTO t VALUES (200, 'abandoned')`);
    const read = waiting.query('SELECT count(*)::int AS n FROM t WHERE id = 200');
    // The socket closes without COMMIT or ROLLBACK (a crashed process, a killed pool client).
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await read).rows).toEqual([{ n: 0 }]);
    await waiting.end();
  }, 15_000);

  it('ends the exchange of a connection that goes away between Parse and Sync', async () => {
    const [a, waiting] = [await connect(), await connect()];
    a.on('error', () => undefined);
    // Parse, Bind and Execute of an INSERT with no Sync: the exchange holds the session, uncommitted.
    const stream = (a as unknown as { connection: { stream: { write(b: Buffer): void; destroy(): void } } })
      .connection.stream;
    const text = Buffer.from(`INSERT INTO t VALUES (300, 'half-sent')\0`);
    const parse = Buffer.concat([
      Buffer.from('P'),
      int32(4 + 1 + text.length + 2),
      Buffer.from([0]),
      text,
      int16(0),
    ]);
    const bind = Buffer.concat([
      Buffer.from('B'),
      int32(4 + 2 + 2 + 2 + 2),
      Buffer.from([0, 0]),
      int16(0),
      int16(0),
      int16(0),
    ]);
    const execute = Buffer.concat([Buffer.from('E'), int32(4 + 1 + 4), Buffer.from([0]), int32(0)]);
    stream.write(Buffer.concat([parse, bind, execute]));
    await new Promise((r) => setTimeout(r, 100));
    const read = waiting.query('SELECT count(*)::int AS n FROM t WHERE id = 300');
    stream.destroy();
    expect((await read).rows).toEqual([{ n: 0 }]);
    await waiting.end();
  }, 15_000);

  it('refuses a client without the password of this start (any local process can reach the port)', async () => {
    const url = new URL(db.url);
    expect(url.password.length).toBeGreaterThanOrEqual(32);
    for (const password of ['postgres', '', url.password.slice(1)]) {
      url.password = password;
      const stranger = new Client(url.toString());
      stranger.on('error', () => undefined);
      await expect(stranger.connect()).rejects.toMatchObject({ code: '28P01' });
    }
  });

  it('closes a connection that sends a malformed message, and serves the others', async () => {
    const { port } = new URL(db.url);
    const socket = connectSocket(Number(port), '127.0.0.1');
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    // A startup-phase length of 7: it counts its own 4 bytes but not the whole 4-byte code (read past the
    // message's end, that code was a RangeError in the socket's data handler).
    socket.write(Buffer.concat([int32(7), int32(196_608)]));
    await closed;
    const client = await connect();
    expect((await client.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 10 }]);
    await client.end();
  });

  it('drops the prepared statements of a closed connection', async () => {
    const a = await connect();
    await a.query({ name: 'gone-with-a', text: 'SELECT $1::int AS n', values: [1] });
    const b = await connect();
    const during = await b.query(
      `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE '%gone-with-a'`,
    );
    expect(during.rows).toEqual([{ n: 1 }]);
    await a.end();
    // The close is handled after the socket ends: look again until it has been.
    let after = -1;
    for (let i = 0; i < 50 && after !== 0; i++) {
      const { rows } = await b.query(
        `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE '%gone-with-a'`,
      );
      after = rows[0].n as number;
      if (after) await new Promise((r) => setTimeout(r, 50));
    }
    expect(after).toBe(0);
    await b.end();
  }, 15_000);
});
