import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/** What the server uses of a PGlite (structural: the ESM and CJS typings declare two PGlite classes). */
export type PgliteSession = Pick<
  PGlite,
  'runExclusive' | 'execProtocolRawStream' | 'isInTransaction' | 'exec'
>;

// Untyped first messages of a connection (PostgreSQL frontend/backend protocol 3.0).
const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
/** A message longer than this is a broken or hostile client, not a query (PostgreSQL's own limit is 1 GB). */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/**
 * Bind to a statement no client can name (theirs are all prefixed `c<id>/`), then Sync: the error aborts an
 * exchange cut short, which Sync then rolls back instead of committing, as PostgreSQL does when a
 * connection is lost.
 */
const ABORT_EXCHANGE = (() => {
  const name = Buffer.from('assay/abort\0');
  const bind = Buffer.alloc(1 + 4 + 1 + name.length + 6);
  bind.write('B', 0);
  bind.writeInt32BE(bind.length - 1, 1);
  name.copy(bind, 6); // after the unnamed portal's terminator at 5; three zero counts follow
  return Buffer.concat([bind, Buffer.from([0x53, 0, 0, 0, 4])]);
})();

/**
 * The single PGlite session, lent to one connection at a time: from its first message until the database
 * answers ReadyForQuery "idle", so an extended-protocol exchange (Parse … Sync) and an explicit transaction
 * each run alone. Waiting connections are served in arrival order.
 */
class SessionLease {
  private holder: WireConnection | null = null;
  private readonly waiting: { connection: WireConnection; grant: () => void }[] = [];

  heldBy(connection: WireConnection): boolean {
    return this.holder === connection;
  }

  acquire(connection: WireConnection): Promise<void> {
    if (this.holder === connection) return Promise.resolve();
    if (!this.holder) {
      this.holder = connection;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ connection, grant }));
  }

  release(connection: WireConnection): void {
    if (this.holder !== connection) return;
    const next = this.waiting.shift();
    this.holder = next?.connection ?? null;
    next?.grant();
  }
}

/**
 * Serves one PGlite database over the PostgreSQL wire protocol on a loopback port, so the same `pg` driver,
 * pools and migrations run as against PostgreSQL (decision 0405). PGlite has one session; this makes every
 * connection behave as its own:
 * - the session is leased per exchange and per transaction (see SessionLease), never per message, so one
 *   connection's Bind cannot meet another's Parse;
 * - named prepared statements are renamed per connection (`c<id>/<name>`), so two pooled connections can
 *   prepare the same name, and they are deallocated when their connection closes;
 * - what a connection that goes away leaves open (an exchange, a transaction) is rolled back;
 * - a client must give `password` (PGlite itself trusts anyone): any local process can reach a loopback port.
 * Session settings changed with SET (not SET LOCAL) and SQL-level PREPARE remain shared: Assay uses neither.
 */
export class PgliteWireServer {
  private readonly server: Server;
  private readonly connections = new Set<WireConnection>();
  readonly lease = new SessionLease();
  private nextId = 1;

  constructor(
    readonly db: PgliteSession,
    private readonly password: string,
  ) {
    this.server = createServer((socket) => {
      const connection = new WireConnection(this.nextId++, socket, this);
      this.connections.add(connection);
      socket.once('close', () => this.connections.delete(connection));
    });
  }

  /** Whether `given` is the password, in constant time. */
  passwordIs(given: string): boolean {
    const digest = (v: string) => createHash('sha256').update(v).digest();
    return timingSafeEqual(digest(given), digest(this.password));
  }

  /** Listens on 127.0.0.1 (port 0: a free one) and resolves with the port. */
  listen(port = 0): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  /** Stops accepting, closes every connection (rolling back what they left open) and waits for it. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    await Promise.all([...this.connections].map((c) => c.close()));
    await closed;
  }
}

/** An ErrorResponse of severity FATAL (the connection ends after it). */
function fatal(code: string, text: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`, 'utf8');
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

class WireConnection {
  private buffered: Buffer = Buffer.alloc(0);
  private readonly inbox: Buffer[] = [];
  private started = false;
  /** The startup message, held until the client has given the password. */
  private startup: Buffer | null = null;
  private draining = false;
  private closed: Promise<void> | null = null;
  private closedResolve: () => void = () => undefined;
  private readonly statements = new Set<string>();
  private readonly prefix: string;

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly owner: PgliteWireServer,
  ) {
    this.prefix = `c${id}/`;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      // A client's bytes must never throw out of a socket handler: that would stop the whole process.
      try {
        this.receive(chunk);
      } catch {
        void this.close();
      }
    });
    socket.on('error', () => void this.close());
    socket.on('close', () => void this.close());
  }

  /** Ends the connection and hands the session back clean; resolves when it has. */
  close(): Promise<void> {
    if (!this.closed) {
      this.closed = new Promise((resolve) => (this.closedResolve = resolve));
      this.inbox.length = 0;
      this.socket.destroy();
      // While a message runs, drain() cleans up after it.
      if (!this.draining) this.finish();
    }
    return this.closed;
  }

  private finish(): void {
    void this.cleanUp()
      .catch(() => undefined)
      .finally(() => this.closedResolve());
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    for (;;) {
      // Before the startup message, messages have no type byte: [length][code]…; after it, [type][length]….
      const header = this.started ? 5 : 8;
      if (this.buffered.length < header) break;
      const length = this.started ? 1 + this.buffered.readInt32BE(1) : this.buffered.readInt32BE(0);
      // A length counts itself (4 bytes), and a startup-phase message also its code: shorter is malformed.
      if (length < header || length > MAX_MESSAGE_BYTES) {
        void this.close();
        return;
      }
      if (this.buffered.length < length) break;
      const message = this.buffered.subarray(0, length);
      this.buffered = this.buffered.subarray(length);
      if (!this.started) {
        const code = message.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.socket.write('N');
          continue;
        }
        if (code === CANCEL_REQUEST) {
          // Not supported (one session cannot be interrupted from outside); the client only loses a shortcut.
          void this.close();
          return;
        }
        // Ask for the password first (AuthenticationCleartextPassword); PGlite sees the startup after it.
        this.started = true;
        this.startup = Buffer.from(message);
        this.socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]));
        continue;
      }
      if (this.startup) {
        // PasswordMessage: 'p', length, the password and a zero byte.
        const given = message[0] === 0x70 ? message.toString('utf8', 5, message.length - 1) : '';
        if (!this.owner.passwordIs(given)) {
          this.socket.write(fatal('28P01', 'password authentication failed for the embedded database'));
          void this.close();
          return;
        }
        this.inbox.push(this.startup);
        this.startup = null;
        continue;
      }
      this.inbox.push(Buffer.from(message));
    }
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.inbox.length && !this.closed) {
        const message = this.inbox.shift()!;
        if (message[0] === 0x58) {
          // Terminate: the session is shared, so it never reaches PGlite.
          void this.close();
          break;
        }
        await this.run(this.rename(message));
      }
    } catch {
      void this.close();
    } finally {
      this.draining = false;
      if (this.closed) this.finish();
    }
  }

  /** Runs one message on the session, streaming the answer; keeps the lease until ReadyForQuery "idle". */
  private async run(message: Buffer): Promise<void> {
    const { db, lease } = this.owner;
    await lease.acquire(this);
    if (this.closed) return;
    let tail = Buffer.alloc(0);
    await db.runExclusive(() =>
      db.execProtocolRawStream(message, {
        onRawData: (data) => {
          // PGlite reuses its buffer: copy before the socket holds on to it.
          const copy = Buffer.from(data);
          if (!this.closed) this.socket.write(copy);
          tail = copy.length >= 6 ? copy.subarray(-6) : Buffer.concat([tail, copy]).subarray(-6);
        },
      }),
    );
    // ReadyForQuery is 'Z', length 5, status: 'I' idle, 'T' in a transaction, 'E' in a failed one.
    if (tail.length === 6 && tail[0] === 0x5a && tail.readInt32BE(1) === 5 && tail[5] === 0x49) {
      lease.release(this);
    }
  }

  /** Gives a named prepared statement this connection's prefix in Parse, Bind, Describe and Close. */
  private rename(message: Buffer): Buffer {
    const type = message[0];
    if (type === 0x50 /* Parse */) {
      const end = message.indexOf(0, 5);
      const name = message.toString('utf8', 5, end);
      if (!name) return message;
      this.statements.add(name);
      return this.replaceName(message, 5, end, name);
    }
    if (type === 0x42 /* Bind */) {
      const portalEnd = message.indexOf(0, 5);
      const end = message.indexOf(0, portalEnd + 1);
      const name = message.toString('utf8', portalEnd + 1, end);
      return name ? this.replaceName(message, portalEnd + 1, end, name) : message;
    }
    if ((type === 0x44 /* Describe */ || type === 0x43) /* Close */ && message[5] === 0x53 /* 'S' */) {
      const end = message.indexOf(0, 6);
      const name = message.toString('utf8', 6, end);
      if (!name) return message;
      if (type === 0x43) this.statements.delete(name);
      return this.replaceName(message, 6, end, name);
    }
    return message;
  }

  private replaceName(message: Buffer, start: number, end: number, name: string): Buffer {
    const renamed = Buffer.concat([
      message.subarray(0, start),
      Buffer.from(this.prefix + name, 'utf8'),
      message.subarray(end),
    ]);
    renamed.writeInt32BE(renamed.length - 1, 1);
    return renamed;
  }

  /** Leaves the session as if this connection had never been: no open exchange, transaction or statement. */
  private async cleanUp(): Promise<void> {
    const { db, lease } = this.owner;
    const holding = lease.heldBy(this);
    if (!holding && !this.statements.size) return;
    await lease.acquire(this);
    try {
      if (holding) {
        // Aborts an extended-protocol exchange cut short, then the transaction it was in, if any.
        await db.runExclusive(() => db.execProtocolRawStream(ABORT_EXCHANGE, { onRawData: () => undefined }));
        if (db.isInTransaction()) await db.exec('ROLLBACK');
      }
      // exec takes PGlite's own lock: not inside runExclusive.
      for (const name of this.statements) {
        await db.exec(`DEALLOCATE "${(this.prefix + name).replace(/"/g, '""')}"`).catch(() => undefined);
      }
    } finally {
      this.statements.clear();
      lease.release(this);
    }
  }
}
