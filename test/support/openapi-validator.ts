import { appendFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, ResponseObject> }>>;
  components?: { schemas?: Record<string, unknown> };
}
interface ResponseObject {
  content?: Record<string, { schema?: unknown }>;
}

/**
 * The document `/docs-json` serves, as the tests read it: `http.get<ServedDocument>('/docs-json')`. (The
 * document is no operation of itself, so its body is not inferred from the URL; `openapi-types` would make
 * every step a union with `$ref` objects.)
 */
export interface ServedDocument {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, ServedOperation>>;
  components: { schemas: Record<string, ServedSchema>; securitySchemes?: Record<string, unknown> };
}
export interface ServedOperation {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; schema?: ServedSchema }[];
  requestBody?: { content: Record<string, { schema: ServedSchema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: ServedSchema }> }>;
}
export interface ServedSchema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  required?: string[];
  properties?: Record<string, ServedSchema>;
  items?: ServedSchema;
  [keyword: string]: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: Ajv's own `nullable` keyword only widens `type`, so a
 * nullable `enum` or `$ref`/`allOf` would still refuse null. Rewritten as "this schema, or null".
 */
function withNull(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withNull);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples') continue;
    out[key] = key === 'properties' ? mapValues(value, withNull) : withNull(value);
  }
  if (out.nullable !== true) return out;
  delete out.nullable;
  const { description, ...rest } = out;
  return { description, anyOf: [rest, { type: 'null' }] };
}

function mapValues(value: unknown, fn: (v: unknown) => unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fn(v)]));
}

/**
 * Checks response bodies against the document the API serves: a response that drifts from its schema fails
 * the test that received it, not only the type check.
 */
export class ResponseValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction | null>();
  private readonly routes: { template: string; pattern: RegExp; params: number }[];
  /** `METHOD path status media-type` of each JSON response that had no schema to be checked against. */
  readonly unchecked = new Set<string>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema({ components: withNull(document.components ?? {}) }, 'openapi');
    // Literal routes before templated ones: /candidates/export is not /candidates/{id}.
    this.routes = Object.keys(document.paths)
      .map((template) => ({
        template,
        params: (template.match(/\{/g) ?? []).length,
        pattern: new RegExp(
          '^' +
            template
              .split(/(\{[^}]+\})/)
              .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
              .join('') +
            '$',
        ),
      }))
      .sort((a, b) => a.params - b.params || b.template.length - a.template.length);
  }

  /** The document's path template that `method url` is an operation of, if any. */
  match(method: string, url: string): string | undefined {
    const pathname = url.split('?')[0];
    const m = method.toLowerCase();
    if (!METHODS.includes(m)) return undefined;
    return this.routes.find((r) => r.pattern.test(pathname) && this.document.paths[r.template][m])?.template;
  }

  /** Problems with `body` as the answer of `method schemaPath` with `status`, or [] when it conforms. */
  check(method: string, schemaPath: string, status: number, contentType: string, body: unknown): string[] {
    const operation = this.document.paths[schemaPath]?.[method.toLowerCase()];
    if (!operation) return [`${method} ${schemaPath} is not in the OpenAPI document`];
    const name = `${operation.operationId ?? ''} (${method} ${schemaPath})`;
    const response = operation.responses?.[String(status)];
    if (!response) return [`${name} answered ${status}, which the document does not list`];
    const mediaType = contentType.split(';')[0].trim();
    const key = `${name} ${status} ${mediaType}`;
    if (response.content && body !== undefined && !(mediaType in response.content)) {
      return [`${key}: the document lists ${Object.keys(response.content).join(', ')}`];
    }
    if (!this.cache.has(key)) {
      const schema = response.content?.[mediaType]?.schema as Record<string, unknown> | undefined;
      // A schema that is only an `example` describes nothing to check.
      const described = schema && Object.keys(schema).some((k) => k !== 'example' && k !== 'description');
      this.cache.set(key, described ? this.ajv.compile(this.withRefs(withNull(schema)) as object) : null);
    }
    const validate = this.cache.get(key);
    if (!validate) {
      if (body === undefined || !/json/.test(mediaType)) return [];
      const line = `${method} ${schemaPath} ${status}`;
      // OPENAPI_UNCHECKED_LOG=file collects, across a run, the responses no schema describes yet.
      if (process.env.OPENAPI_UNCHECKED_LOG && !this.unchecked.has(line))
        appendFileSync(process.env.OPENAPI_UNCHECKED_LOG, `${line}\n`);
      this.unchecked.add(line);
      return [];
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${key}: ${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`,
    );
  }

  /** Problems with `body` as a problem document (an unknown route's 4xx), or [] when it is one. */
  checkProblem(status: number, contentType: string, body: unknown): string[] {
    const mediaType = contentType.split(';')[0].trim();
    if (status < 400 || status > 499 || mediaType !== 'application/problem+json')
      return [`answered ${status} ${mediaType}, not a 4xx problem`];
    const validate = this.ajv.getSchema('openapi#/components/schemas/Problem');
    if (!validate || validate(body)) return [];
    return (validate.errors ?? []).map((e) => `problem: ${e.instancePath || '(body)'} ${e.message}`);
  }

  /** `#/components/…` references resolve against the document registered as "openapi". */
  private withRefs(schema: unknown): unknown {
    return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'));
  }
}

const validators = new WeakMap<object, Promise<ResponseValidator>>();

/** The validator for the document `app` serves, fetched once per app. */
export function validatorFor(app: {
  getHttpAdapter(): {
    getInstance(): { inject(o: object): PromiseLike<{ statusCode: number; body: string }> };
  };
}): Promise<ResponseValidator> {
  let validator = validators.get(app);
  if (!validator) {
    validator = Promise.resolve(
      app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' }),
    ).then((res) => {
      if (res.statusCode !== 200) throw new Error(`/docs-json answered ${res.statusCode}`);
      return new ResponseValidator(JSON.parse(res.body) as OpenApiDocument);
    });
    validators.set(app, validator);
  }
  return validator;
}
