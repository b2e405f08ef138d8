import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './api-schema.gen';

export type ApiClient = Client<paths>;

const BASE_URL = 'http://api.assay.test';

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>>;
  components?: { schemas?: Record<string, unknown> };
}
interface ResponseObject {
  content?: Record<string, { schema?: unknown }>;
}

/**
 * Checks response bodies against the document the API serves: a response that drifts from its schema fails
 * the test that received it, not only the type check. OpenAPI 3.0 schemas (with `nullable`) are JSON Schema
 * enough for Ajv once `example` is allowed.
 */
export class ResponseValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction | null>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema({ components: document.components ?? {} }, 'openapi');
  }

  /** Problems with `body` as the answer of `method schemaPath` with `status`, or [] when it conforms. */
  check(method: string, schemaPath: string, status: number, contentType: string, body: unknown): string[] {
    const operation = this.document.paths[schemaPath]?.[method.toLowerCase()];
    if (!operation) return [`${method} ${schemaPath} is not in the OpenAPI document`];
    const response = operation.responses?.[String(status)];
    if (!response) return [`${method} ${schemaPath} answered ${status}, which the document does not list`];
    const mediaType = contentType.split(';')[0].trim();
    const key = `${method} ${schemaPath} ${status} ${mediaType}`;
    if (!this.cache.has(key)) {
      const schema = response.content?.[mediaType]?.schema;
      this.cache.set(key, schema ? this.ajv.compile(this.withRefs(schema) as object) : null);
    }
    const validate = this.cache.get(key);
    if (validate === null) {
      return response.content && body !== undefined && !(mediaType in response.content)
        ? [`${key}: the document lists ${Object.keys(response.content).join(', ')}`]
        : [];
    }
    if (validate!(body)) return [];
    return (validate!.errors ?? []).map((e) => `${key}: ${e.instancePath || '(body)'} ${e.message}`);
  }

  /** `#/components/…` references resolve against the document registered as "openapi". */
  private withRefs(schema: unknown): unknown {
    return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'));
  }
}

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
 * against the generated types (`npm run generate:test-client`), and every JSON response is validated against
 * the served document at run time.
 */
export async function typedApi(app: NestFastifyApplication, token?: string): Promise<ApiClient> {
  const fetch = injectFetch(app);
  const docResponse = await fetch(new Request(`${BASE_URL}/docs-json`));
  const validator = new ResponseValidator((await docResponse.json()) as OpenApiDocument);
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
