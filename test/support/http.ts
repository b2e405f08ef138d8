import { request as httpRequest } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { components, paths } from './api-schema';
import { validatorFor } from './openapi-validator';

type JsonOf<R> = R extends { content: { 'application/json': infer B } }
  ? B
  : R extends { content: { 'application/problem+json': infer B } }
    ? B
    : never;

/**
 * The body the document promises for `method path` answering `status` (the generated types), for
 * `http.get<ApiBody<'/api/v1/assessments/{id}', 'get'>>(…)`.
 */
export type ApiBody<
  P extends keyof paths,
  M extends keyof paths[P] & string,
  S extends number = 200,
> = paths[P][M] extends { responses: infer R } ? (S extends keyof R ? JsonOf<R[S]> : never) : never;

/** The problem document (RFC 9457) every error response carries. */
export type Problem = components['schemas']['Problem'];

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Method = Uppercase<HttpMethod>;

// Matching a request URL against the document's path templates, at the type level. A URL written as a
// template literal (`/api/v1/assessments/${id}?limit=2`) keeps its literal parts as a type; `${string}` parts
// stand for the interpolated values.

/** The path of a URL: without its query string and fragment. */
type PathOf<U extends string> = U extends `${infer P}?${string}`
  ? P
  : U extends `${infer P}#${string}`
    ? P
    : U;

/** The segments of a path (`/a/b` → `['', 'a', 'b']`). */
type Segments<S extends string> = S extends `${infer H}/${infer R}` ? [H, ...Segments<R>] : [S];

/** A `{param}` segment of a template matches any segment; a literal segment only the same literal. */
type SegmentMatches<K extends string, S extends string> = K extends `{${string}}`
  ? true
  : [S] extends [K]
    ? [K] extends [S]
      ? true
      : false
    : false;

type SegmentsMatch<K extends string[], S extends string[]> = K extends [
  infer KH extends string,
  ...infer KR extends string[],
]
  ? S extends [infer SH extends string, ...infer SR extends string[]]
    ? SegmentMatches<KH, SH> extends true
      ? SegmentsMatch<KR, SR>
      : false
    : false
  : S extends []
    ? true
    : false;

/** A template's shape: `L` for a literal segment, `P` for a parameter (`/a/{id}` → `LLP`). */
type Shape<S extends string[]> = S extends [infer H extends string, ...infer R extends string[]]
  ? `${H extends `{${string}}` ? 'P' : 'L'}${Shape<R>}`
  : '';

/** Shape A is preferred to shape B: at the first segment where they differ, A has the literal. */
type Beats<A extends string, B extends string> = A extends `${infer AH}${infer AR}`
  ? B extends `${infer BH}${infer BR}`
    ? AH extends BH
      ? Beats<AR, BR>
      : AH extends 'L'
        ? true
        : false
    : false
  : false;

/** The templates no other matching template is preferred to (literal segments win over parameters). */
type Preferred<Ks extends string, All extends string = Ks> = Ks extends unknown
  ? true extends (All extends unknown ? Beats<Shape<Segments<All>>, Shape<Segments<Ks>>> : never)
    ? never
    : Ks
  : never;

/**
 * The path template(s) of `Keys` a URL matches (same segment count; literal segments equal; a `{param}`
 * matches anything), preferring literal segments: `MatchPath<'/api/v1/assessments/abc?x=1'>` is
 * `'/api/v1/assessments/{id}'`; `never` when none matches.
 */
export type MatchPath<U extends string, Keys extends string = keyof paths & string> = Preferred<
  Keys extends unknown
    ? SegmentsMatch<Segments<Keys>, Segments<PathOf<U>>> extends true
      ? Keys
      : never
    : never
>;

/** The union of an operation's 2xx `application/json` bodies (`never` when it has none). */
type SuccessJson<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R]: `${S & (string | number)}` extends `2${string}`
        ? R[S] extends { content: { 'application/json': infer B } }
          ? B
          : never
        : never;
    }[keyof R]
  : never;

type OperationOf<K, M extends HttpMethod> = K extends keyof paths
  ? M extends keyof paths[K]
    ? paths[K][M]
    : never
  : never;

/**
 * The success body the document promises for `method url`: the union of the 2xx JSON bodies of the
 * operation the URL matches; `unknown` when the URL is no operation of the document (web pages, docs) or the
 * operation answers no JSON (202/204, CSV, HTML).
 */
export type BodyOf<U extends string, M extends HttpMethod> = [
  SuccessJson<OperationOf<MatchPath<U>, M>>,
] extends [never]
  ? unknown
  : SuccessJson<OperationOf<MatchPath<U>, M>>;

export interface RequestOptions {
  body?: unknown;
  raw?: string | Buffer;
  token?: string;
  headers?: Record<string, string>;
}

/** The paths the runtime check covers: the API and the health probes (not the web app, docs or metrics). */
const CHECKED = /^\/(api|health)(\/|$)/;

export interface TestResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  /** The parsed JSON body, typed as the success body the document promises. */
  body: T;
  /** The same parsed body, typed as a problem document: for assertions on error responses. */
  problem: Problem;
  text: string;
}

export interface HttpTransport {
  /**
   * Send over a real socket to the app listening at this origin (`http://127.0.0.1:PORT`), through Node's
   * server and whatever answers before Fastify (the autosave's hot path), instead of Fastify's injector.
   */
  baseUrl?: string;
}

interface RawResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** One request over a socket of its own, read whole. */
function sendOverSocket(
  baseUrl: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  payload: string | Buffer | undefined,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(url, baseUrl), { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          statusCode: res.statusCode!,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Real HTTP requests through Fastify's injector (the full request pipeline: parsing, hooks, guards,
 * pipes, filters), without opening a port; or, given a `baseUrl`, over a socket to the listening app.
 */
export class Http {
  constructor(
    readonly app: NestFastifyApplication,
    readonly transport: HttpTransport = {},
  ) {}

  /**
   * For an app this test did not build (another process, e.g. `npm start`): requests go over sockets, and the
   * document is read from its /docs-json. Helpers that reach into `app` (its database) cannot be used.
   */
  static overSocket(baseUrl: string): Http {
    return new Http(undefined as unknown as NestFastifyApplication, { baseUrl });
  }

  /** What serves the OpenAPI document: the app's injector, or its /docs-json over a socket. */
  private documentSource(): Parameters<typeof validatorFor>[0] {
    this.remoteDocument ??= {
      getHttpAdapter: () => ({
        getInstance: () => ({
          inject: () => sendOverSocket(this.transport.baseUrl!, 'GET', '/docs-json', {}, undefined),
        }),
      }),
    };
    return this.app ?? this.remoteDocument;
  }
  private remoteDocument?: Parameters<typeof validatorFor>[0];

  request<const M extends Method, const U extends string>(
    method: M,
    url: U,
    options?: RequestOptions,
  ): Promise<TestResponse<BodyOf<U, Lowercase<M>>>>;
  request<T>(method: Method, url: string, options?: RequestOptions): Promise<TestResponse<T>>;
  async request(method: Method, url: string, options: RequestOptions = {}): Promise<TestResponse<unknown>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | Buffer | undefined;
    if (options.raw !== undefined) {
      payload = options.raw;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const res: RawResponse = this.transport.baseUrl
      ? await sendOverSocket(this.transport.baseUrl, method, url, headers, payload)
      : await this.app.getHttpAdapter().getInstance().inject({ method, url, headers, payload });
    let body: unknown = undefined;
    const type = String(res.headers['content-type'] ?? '');
    if (type.includes('json') && res.body) body = JSON.parse(res.body);
    if (CHECKED.test(url))
      await this.checkAgainstDocument(method, url, res.statusCode, type, body ?? res.body);
    return {
      status: res.statusCode,
      headers: res.headers,
      body,
      problem: body as Problem,
      text: res.body,
    };
  }

  /**
   * Every API response is checked against the OpenAPI document the app serves: an undocumented status, media
   * type or a body that breaks its schema fails the test that received it.
   */
  private async checkAgainstDocument(
    method: string,
    url: string,
    status: number,
    contentType: string,
    body: unknown,
  ): Promise<void> {
    const validator = await validatorFor(this.documentSource());
    const template = validator.match(method, url);
    // A route no controller has is no operation to check, but what it answers (404, or 400/413 when the body
    // is refused before routing) must still be a problem document.
    if (!template) {
      const problems = validator.checkProblem(status, contentType, body);
      if (!problems.length) return;
      throw new Error(
        `${method} ${url} is not an operation in the OpenAPI document and ${problems.join('; ')}`,
      );
    }
    const problems = validator.check(method, template, status, contentType, body === '' ? undefined : body);
    if (problems.length) {
      throw new Error(
        `${method} ${url}: the response does not match the OpenAPI document:\n${problems.join('\n')}`,
      );
    }
  }

  // Each method infers the body from the URL (`BodyOf`); an explicit type argument (`http.get<Report>(url)`)
  // is not a string, so it skips the first signature and names the body instead.
  get<const U extends string>(url: U, options?: RequestOptions): Promise<TestResponse<BodyOf<U, 'get'>>>;
  get<T>(url: string, options?: RequestOptions): Promise<TestResponse<T>>;
  get(url: string, options?: RequestOptions) {
    return this.request('GET', url, options);
  }
  post<const U extends string>(
    url: U,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<TestResponse<BodyOf<U, 'post'>>>;
  post<T>(url: string, body?: unknown, options?: RequestOptions): Promise<TestResponse<T>>;
  post(url: string, body?: unknown, options?: RequestOptions) {
    return this.request('POST', url, { ...options, body });
  }
  put<const U extends string>(
    url: U,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<TestResponse<BodyOf<U, 'put'>>>;
  put<T>(url: string, body?: unknown, options?: RequestOptions): Promise<TestResponse<T>>;
  put(url: string, body?: unknown, options?: RequestOptions) {
    return this.request('PUT', url, { ...options, body });
  }
  patch<const U extends string>(
    url: U,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<TestResponse<BodyOf<U, 'patch'>>>;
  patch<T>(url: string, body?: unknown, options?: RequestOptions): Promise<TestResponse<T>>;
  patch(url: string, body?: unknown, options?: RequestOptions) {
    return this.request('PATCH', url, { ...options, body });
  }
  delete<const U extends string>(
    url: U,
    options?: RequestOptions,
  ): Promise<TestResponse<BodyOf<U, 'delete'>>>;
  delete<T>(url: string, options?: RequestOptions): Promise<TestResponse<T>>;
  delete(url: string, options?: RequestOptions) {
    return this.request('DELETE', url, options);
  }
}
