import pino, { DestinationStream, Logger as PinoInstance } from 'pino';
import type { Params } from 'nestjs-pino';
import { newId } from './ids';
import type { AssayConfig } from './config';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Accepts a caller's request id only when it is short and plain, so logs cannot be forged. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : newId();
}

/**
 * The process's root logger: one JSON line per event, secrets redacted. HTTP request lines and the
 * request id come from Fastify's own logging (its child logger carries `reqId`), which costs far less
 * per request than an Express-style pino-http middleware (measured ~3× on a trivial route).
 */
export function createRootLogger(
  config: Pick<AssayConfig, 'logLevel'>,
  name: string,
  destination?: DestinationStream,
): PinoInstance {
  const options: pino.LoggerOptions = {
    name,
    level: config.logLevel,
    // Errors are logged through an allow-list: a failed query's parameters (emails, answers, tokens) never
    // reach the log, and values PostgreSQL quotes in its messages are masked.
    serializers: { err: loggableError },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["idempotency-key"]',
        '*.password',
        '*.token',
        '*.refreshToken',
        '*.accessToken',
        '*.response',
        '*.code',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

interface ErrorFields {
  name?: unknown;
  /** Set when the value is already the output of loggableError. */
  type?: unknown;
  message?: unknown;
  stack?: unknown;
  code?: unknown;
  query?: unknown;
  driverError?: { code?: unknown; routine?: unknown } | null;
}

/** Masks the values PostgreSQL quotes in its messages (`invalid input syntax for type uuid: "…"`). */
function maskQuoted(text: string): string {
  return text.replace(/"[^"\n]*"/g, '"[value]"').replace(/=\([^)\n]*\)/g, '=([value])');
}

/**
 * What of an error goes to the log: its type, message, stack, code and, for a failed query, the SQL text
 * with its `$n` placeholders — never `parameters`, `driverError.detail` or other enumerable extras.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { message: String(error) };
  const e = error as ErrorFields;
  const isQueryError = typeof e.query === 'string' || (e.driverError !== undefined && e.driverError !== null);
  const clean = (v: unknown) =>
    typeof v === 'string' ? (isQueryError ? maskQuoted(v) : v).slice(0, 8000) : undefined;
  const out: Record<string, unknown> = {
    type: typeof e.name === 'string' ? e.name : typeof e.type === 'string' ? e.type : 'Error',
    message: clean(e.message) ?? '',
  };
  const stack = clean(e.stack);
  if (stack) out.stack = stack;
  const code = e.code ?? e.driverError?.code;
  if (typeof code === 'string' || typeof code === 'number') out.errorCode = code;
  if (typeof e.query === 'string') out.query = e.query.slice(0, 2000);
  return out;
}

/** nestjs-pino over the root logger, with no middleware (the API binds the request logger in a hook). */
export function loggerParams(logger: PinoInstance): Params {
  return { pinoHttp: { logger }, forRoutes: [] };
}

/** A request URL fit for the log: no link tokens, secrets or addresses (a candidate's, in ?email=). */
export function redactUrl(url: string): string {
  return url
    .replace(/(\/take\/)[^/?#]+/, '$1[token]')
    .replace(/([?&](token|key|code|email)=)[^&#]+/gi, '$1[redacted]');
}

interface ChildCapable {
  child(bindings: Record<string, unknown>, options?: object): unknown;
}

/** What the lazy logger forwards to once the child exists. */
type RequestChild = ChildCapable &
  Record<'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', (...args: unknown[]) => void> & {
    level: string;
    bindings(): object;
  };

/** One small object per request; the pino child behind it is made on first use. */
class LazyRequestLogger {
  private made?: RequestChild;

  constructor(
    private readonly root: ChildCapable,
    private readonly childBindings: Record<string, unknown>,
    private readonly options: object,
  ) {}

  private get real(): RequestChild {
    return (this.made ??= this.root.child(this.childBindings, this.options) as RequestChild);
  }

  fatal(...args: unknown[]): void {
    this.real.fatal(...args);
  }
  error(...args: unknown[]): void {
    this.real.error(...args);
  }
  warn(...args: unknown[]): void {
    this.real.warn(...args);
  }
  info(...args: unknown[]): void {
    this.real.info(...args);
  }
  debug(...args: unknown[]): void {
    this.real.debug(...args);
  }
  trace(...args: unknown[]): void {
    this.real.trace(...args);
  }
  silent(): void {}
  child(bindings: Record<string, unknown>, options?: object): unknown {
    return this.real.child(bindings, options);
  }
  bindings(): object {
    return this.real.bindings();
  }
  get level(): string {
    return this.real.level;
  }
  set level(value: string) {
    this.real.level = value;
  }
}

/**
 * Fastify's childLoggerFactory: a request's logger that becomes a pino child (with `reqId`) only when
 * something logs through it. Most requests log only their completion line, written through the root
 * logger with `reqId` in it (the same JSON); a pino child per request was ~5 µs and 2.5 KB of garbage on
 * the autosave path (decision 0403).
 */
export function lazyRequestLogger<L extends ChildCapable>(
  logger: L,
  bindings: Record<string, unknown>,
  options: object,
): L {
  return new LazyRequestLogger(logger, bindings, options) as unknown as L;
}
