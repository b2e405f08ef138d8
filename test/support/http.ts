import type { NestFastifyApplication } from '@nestjs/platform-fastify';

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
    return { status: res.statusCode, headers: res.headers, body: body as T, text: res.body };
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
