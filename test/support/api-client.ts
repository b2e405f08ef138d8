import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './api-schema';
import { validatorFor } from './openapi-validator';

export type ApiClient = Client<paths>;

const BASE_URL = 'http://api.assay.test';

/** A fetch that goes through Fastify's injector: the real request pipeline, no port. */
function injectFetch(app: NestFastifyApplication): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const payload = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const res = await app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: request.method as 'GET',
        url: url.pathname + url.search,
        headers,
        payload,
      });
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) responseHeaders.append(name, String(v));
    }
    const empty = res.statusCode === 204 || res.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(res.rawPayload), {
      status: res.statusCode,
      headers: responseHeaders,
    });
  };
}

/**
 * The typed client the e2e tests call the API with: paths, parameters and bodies are checked by the compiler
 * against the generated types (the web app's, `npm run generate:client`), and every JSON response is validated against
 * the served document at run time.
 */
export async function typedApi(app: NestFastifyApplication, token?: string): Promise<ApiClient> {
  const fetch = injectFetch(app);
  const validator = await validatorFor(app);
  const client = createClient<paths>({
    baseUrl: BASE_URL,
    fetch,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  client.use({
    async onResponse({ request, response, schemaPath }) {
      const contentType = response.headers.get('content-type') ?? '';
      const text = await response.clone().text();
      const body: unknown = /json/.test(contentType) && text ? JSON.parse(text) : text || undefined;
      const problems = validator.check(request.method, schemaPath, response.status, contentType, body);
      if (problems.length) {
        throw new Error(`The response does not match the OpenAPI document:\n${problems.join('\n')}`);
      }
    },
  });
  return client;
}
