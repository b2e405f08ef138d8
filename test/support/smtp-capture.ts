import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/** One email as the SMTP capture received it, decoded. */
export interface CapturedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}

export interface SmtpCapture {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  /** Where every message is written, one JSON file each (read them with new Mailbox(dir)). */
  dir: string;
  stop(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free local port that accepts everything and writes
 * each message, decoded, as a JSON file under `dir`. The Jest global setup starts one per run and points
 * SMTP_URL at it, so any worker of any test file delivers there; tests read it with `mailbox()`.
 */
export async function startSmtpCapture(dir: string): Promise<SmtpCapture> {
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        try {
          const mail = parseMessage(Buffer.concat(chunks).toString('utf8'));
          mail.to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          const name = `${Date.now()}-${randomBytes(4).toString('hex')}.json`;
          // Written aside, then renamed: readers never see half a file.
          writeFileSync(path.join(dir, `${name}.tmp`), JSON.stringify(mail));
          renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name));
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads the messages a capture wrote. */
export class Mailbox {
  private readonly seen = new Map<string, CapturedMail>();

  constructor(readonly dir: string) {}

  all(): CapturedMail[] {
    let files: string[] = [];
    try {
      files = readdirSync(this.dir).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    for (const file of files.sort()) {
      if (this.seen.has(file)) continue;
      try {
        this.seen.set(file, JSON.parse(readFileSync(path.join(this.dir, file), 'utf8')) as CapturedMail);
      } catch {
        // still being written: picked up on the next read
      }
    }
    return [...this.seen.values()];
  }

  /** Messages to `email` (case-insensitive). */
  to(email: string): CapturedMail[] {
    const address = email.toLowerCase();
    return this.all().filter((m) => m.to.includes(address));
  }

  /** The first message matching `predicate`, polling until `timeoutMs`. */
  async waitFor(predicate: (mail: CapturedMail) => boolean, timeoutMs = 20_000): Promise<CapturedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.all().find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching email within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The run's mailbox: every email sent by any worker during this Jest run (SMTP_URL set by the global setup). */
export function mailbox(): Mailbox {
  const dir = process.env.TEST_MAIL_DIR;
  if (!dir)
    throw new Error(
      'TEST_MAIL_DIR is not set: run e2e tests through Jest (its global setup starts the capture)',
    );
  return new Mailbox(dir);
}

/** The `token` query parameter of the first link in the mail's text that contains `pathPart`. */
export function tokenFrom(mail: CapturedMail, pathPart = ''): string {
  for (const match of mail.text.matchAll(/https?:\/\/\S+/g)) {
    const url = new URL(match[0]);
    const token = url.searchParams.get('token');
    if (url.pathname.includes(pathPart) && token) return token;
  }
  throw new Error(`no link with a token${pathPart ? ` under ${pathPart}` : ''} in "${mail.subject}"`);
}

// --- a small MIME reader: enough for what nodemailer sends (multipart/alternative, QP or base64) ---

interface Part {
  headers: Record<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? '' : normalized.slice(end + 2);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeBody(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = part.body
      .replace(/=\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return part.body;
}

function decodeWords(value: string): string {
  return value.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
    (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
  );
}

function leaves(part: Part): Part[] {
  const type = part.headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return [part];
  return part.body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => leaves(splitPart(chunk.replace(/^\n/, ''))));
}

export function parseMessage(raw: string): CapturedMail {
  const root = splitPart(raw);
  const parts = leaves(root);
  const find = (type: string) =>
    parts.find((p) => (p.headers['content-type'] ?? 'text/plain').toLowerCase().startsWith(type));
  const text = find('text/plain');
  const html = find('text/html');
  return {
    to: [],
    from: root.headers.from ?? '',
    subject: decodeWords(root.headers.subject ?? ''),
    text: text ? decodeBody(text).trim() : '',
    html: html ? decodeBody(html).trim() : '',
    receivedAt: new Date().toISOString(),
  };
}
