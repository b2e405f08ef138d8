import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { ANSWER_AUTOSAVE_PATH } from '@assay/assessments';
import { REQUEST_ID_HEADER, requestIdFrom } from '@assay/core';

/** Fastify's template of the route under the API prefix: the latency histogram's label for both paths. */
export const AUTOSAVE_ROUTE_URL = `/api/v1${ANSWER_AUTOSAVE_PATH}`;

/**
 * The plain request shape the hot path answers; anything else goes to Fastify's route of the same URL.
 * Parameters as Fastify's router takes them (no slash, at most 100 characters: its maxParamLength), none
 * percent-encoded or followed by a query string, which the router would decode or strip.
 */
const AUTOSAVE_PATH = new RegExp(`^${AUTOSAVE_ROUTE_URL.replace(/:[A-Za-z]+/g, '([^/?%]{1,100})')}$`);

/** The two spellings of a JSON body every client of ours sends; other media types go through Fastify. */
const JSON_TYPES = new Set(['application/json', 'application/json; charset=utf-8']);

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** One finished response, for the latency histogram and the request line (the same as Fastify's hook). */
export interface HotPathResponse {
  method: string;
  route: string;
  url: string;
  status: number;
  elapsedMs: number;
  requestId: string;
}

export interface AutosaveHotPathOptions {
  /** The route's work: AnswerAutosaveRoute.save (the Fastify route calls the same). */
  save(token: string, questionId: string, body: unknown): Promise<object>;
  /** The app's JSON body parser: secure parsing, depth limit, NUL refusal (the Fastify routes' parser). */
  parseBody(text: string, done: (error: unknown, value?: unknown) => void): void;
  /** Builds the problem document of an error; logs it when it is the server's fault. */
  problem(
    error: unknown,
    instance: string,
    requestId: string,
  ): { status: number; body: object; headers: Record<string, string> };
  /** Records the response as the app's onResponse hook does. */
  finished(response: HotPathResponse): void;
  /** Headers every API response carries (security headers). */
  headers: Readonly<Record<string, string>>;
  /** Bodies declared longer go through Fastify, which refuses them with its 413. */
  bodyLimit: number;
}

/**
 * The answer autosave answered from Node's `http` server, before Fastify (docs/decisions/0403): through
 * Fastify's request pipeline, the platform's hottest request cost half as much CPU again. It answers only the
 * plain shape of the request (PUT, the exact path, a JSON body with a declared length within the limit) and
 * hands every other request to Fastify untouched, so the Fastify route of the same URL stays the reference: the
 * same save, body parser, headers, problem documents, histogram and request line. test/autosave.e2e-spec.ts
 * runs the route's contract over both and compares their answers (status, headers, body) to the same requests.
 */
export class AutosaveHotPath {
  private closing = false;
  private count = 0;

  constructor(private readonly options: AutosaveHotPathOptions) {}

  /** How many requests it has answered (the rest went to Fastify). */
  get answered(): number {
    return this.count;
  }

  /** Once the server starts closing, Fastify answers every request (its 503 and `Connection: close`). */
  close(): void {
    this.closing = true;
  }

  /** Answers the request and returns true, or returns false having touched nothing. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'PUT' || this.closing) return false;
    const match = AUTOSAVE_PATH.exec(req.url ?? '');
    if (!match) return false;
    const headers = req.headers;
    const type = headers['content-type'];
    if (type === undefined || !JSON_TYPES.has(type)) return false;
    const declared = headers['content-length'];
    if (declared === undefined || headers['transfer-encoding'] !== undefined) return false;
    if (!/^\d{1,9}$/.test(declared) || Number(declared) > this.options.bodyLimit) return false;
    if (headers.expect !== undefined) return false;

    const started = performance.now();
    this.count++;
    const requestId = requestIdFrom(headers[REQUEST_ID_HEADER]);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // An aborted upload has no one left to answer; Node closes the socket.
    req.on('error', () => undefined);
    req.on('end', () => {
      try {
        const text =
          chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
        this.options.parseBody(text, (error, body) => {
          if (error) return this.fail(req, res, error, started, requestId);
          let saving: Promise<object>;
          try {
            saving = this.options.save(match[1], match[2], body);
          } catch (failure) {
            // Thrown before returning its promise: a refusal like any other (and not back into the parser).
            saving = Promise.reject(failure);
          }
          saving
            .then(
              (saved) => this.send(req, res, 200, JSON_CONTENT_TYPE, saved, undefined, started, requestId),
              (failure: unknown) => this.fail(req, res, failure, started, requestId),
            )
            .catch(() => this.abandon(res));
        });
      } catch (failure) {
        this.fail(req, res, failure, started, requestId);
      }
    });
    return true;
  }

  private fail(
    req: IncomingMessage,
    res: ServerResponse,
    error: unknown,
    started: number,
    requestId: string,
  ) {
    try {
      const { status, body, headers } = this.options.problem(error, req.url ?? '', requestId);
      this.send(req, res, status, PROBLEM_CONTENT_TYPE, body, headers, started, requestId);
    } catch {
      this.abandon(res);
    }
  }

  /** Nothing sensible can be sent (the answer itself failed to serialize or write): close the connection. */
  private abandon(res: ServerResponse) {
    res.destroy();
  }

  private send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    contentType: string,
    body: object,
    extra: Record<string, string> | undefined,
    started: number,
    requestId: string,
  ): void {
    const payload = JSON.stringify(body);
    const headers: Record<string, string | number> = { ...this.options.headers, ...extra };
    headers[REQUEST_ID_HEADER] = requestId;
    headers['content-type'] = contentType;
    headers['content-length'] = Buffer.byteLength(payload);
    res.writeHead(status, headers);
    res.end(payload);
    this.options.finished({
      method: 'PUT',
      route: AUTOSAVE_ROUTE_URL,
      url: req.url ?? '',
      status,
      elapsedMs: performance.now() - started,
      requestId,
    });
  }
}
