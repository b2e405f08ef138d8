import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { paths } from './api-schema.gen';
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

/** The paths the runtime check covers: the API and the health probes (not the web app, docs or metrics). */
const CHECKED = /^\/(api|health)(\/|$)/;

export interface TestResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

/**
 * Real HTTP requests through Fastify's injector (the full request pipeline: parsing, hooks, guards,
 * pipes, filters), without opening a port.
 */
export class Http {
  constructor(readonly app: NestFastifyApplication) {}

  async request<T = any>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options: { body?: unknown; raw?: string | Buffer; token?: string; headers?: Record<string, string> } = {},
  ): Promise<TestResponse<T>> {
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
    const res = await this.app.getHttpAdapter().getInstance().inject({ method, url, headers, payload });
    let body: unknown = undefined;
    const type = String(res.headers['content-type'] ?? '');
    if (type.includes('json') && res.body) body = JSON.parse(res.body);
    if (CHECKED.test(url))
      await this.checkAgainstDocument(method, url, res.statusCode, type, body ?? res.body);
    return { status: res.statusCode, headers: res.headers, body: body as T, text: res.body };
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
    const validator = await validatorFor(this.app);
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

  get<T = any>(url: string, options?: Parameters<Http['request']>[2]) {
    return this.request<T>('GET', url, options);
  }
  post<T = any>(url: string, body?: unknown, options?: Parameters<Http['request']>[2]) {
    return this.request<T>('POST', url, { ...options, body });
  }
  put<T = any>(url: string, body?: unknown, options?: Parameters<Http['request']>[2]) {
    return this.request<T>('PUT', url, { ...options, body });
  }
  patch<T = any>(url: string, body?: unknown, options?: Parameters<Http['request']>[2]) {
    return this.request<T>('PATCH', url, { ...options, body });
  }
  delete<T = any>(url: string, options?: Parameters<Http['request']>[2]) {
    return this.request<T>('DELETE', url, options);
  }
}
