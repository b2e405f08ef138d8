import type { INestApplication, Type } from '@nestjs/common';
import { GUARDS_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { DECORATORS, DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import {
  AuthRateLimitGuard,
  IS_PUBLIC,
  OPTIONAL_AUTH,
  PLATFORM_ADMIN,
  REQUIRED_ROLE,
  USER_ONLY,
} from '@assay/auth';
import type { MembershipRole } from '@assay/auth';
import {
  API_AUTH_DOC,
  AssayConfig,
  DEPRECATED_ROUTE,
  PROBLEM_SCHEMA,
  PROBLEM_STATUS_DESCRIPTIONS,
} from '@assay/core';
import type { ApiAuthDoc, DeprecationNotice } from '@assay/core';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Responses = Operation['responses'];
type Handler = (...args: never[]) => unknown;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

export const SECURITY_SCHEMES = {
  bearer: {
    type: 'http' as const,
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A signed-in person’s access token (`POST /api/v1/auth/login`), valid 15 minutes by default',
  },
  apiKey: {
    type: 'http' as const,
    scheme: 'bearer',
    bearerFormat: 'ak_…',
    description:
      'An organization’s API key (`POST /api/v1/organization/api-keys`), sent as `Authorization: Bearer ak_…`; ' +
      'it acts with recruiter rights and has its own rate limit',
  },
  metricsToken: {
    type: 'http' as const,
    scheme: 'bearer',
    description: 'The operator’s `METRICS_TOKEN`, when one is configured',
  },
};

/**
 * `AssessmentsController.create` → `assessments.create`: the resource, then the method, as a generated
 * client names it. Routes whose method name would read badly set `operationId` in `@ApiOperation`.
 */
export function operationIdFor(controllerKey: string, methodKey: string): string {
  const resource = controllerKey.replace(/Controller$/, '');
  return `${resource.charAt(0).toLowerCase()}${resource.slice(1)}.${methodKey}`;
}

interface RouteFacts {
  auth: ApiAuthDoc;
  deprecation?: DeprecationNotice;
  /** Statuses the guards can answer for this route. */
  guardProblems: number[];
}

/** What the guards of each route do, read from the same metadata the guards read. */
function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const reflector = app.get(Reflector);
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller?.prototype) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const targets: [Handler, Type<unknown>] = [handler as Handler, controller];
        const operation = Reflect.getMetadata(DECORATORS.API_OPERATION, handler) as
          { operationId?: string } | undefined;
        const id = operationId(operation?.operationId, controller.name, name);
        const deprecation = reflector.get<DeprecationNotice | undefined>(
          DEPRECATED_ROUTE,
          handler as Handler,
        );
        facts.set(id, { ...describeRoute(reflector, targets), deprecation });
      }
    }
  }
  return facts;
}

function operationId(explicit: string | undefined, controller: string, method: string): string {
  return explicit ?? operationIdFor(controller, method);
}

function describeRoute(reflector: Reflector, targets: [Handler, Type<unknown>]): RouteFacts {
  const guards = [
    ...((Reflect.getMetadata(GUARDS_METADATA, targets[1]) as unknown[] | undefined) ?? []),
    ...((Reflect.getMetadata(GUARDS_METADATA, targets[0]) as unknown[] | undefined) ?? []),
  ];
  const rateLimited = guards.includes(AuthRateLimitGuard) ? [429] : [];
  const explicit = reflector.getAllAndOverride<ApiAuthDoc | undefined>(API_AUTH_DOC, targets);
  if (explicit) return { auth: explicit, guardProblems: rateLimited };
  if (reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
    return { auth: { security: [] }, guardProblems: rateLimited };
  }
  const peopleOnly =
    reflector.getAllAndOverride<boolean>(USER_ONLY, targets) ||
    reflector.getAllAndOverride<boolean>(PLATFORM_ADMIN, targets);
  const role = reflector.getAllAndOverride<MembershipRole | undefined>(REQUIRED_ROLE, targets);
  const forbidden = peopleOnly || (role !== undefined && role !== 'recruiter') ? [403] : [];
  if (reflector.getAllAndOverride<boolean>(OPTIONAL_AUTH, targets)) {
    return {
      auth: {
        security: [{}, { bearer: [] }],
        note: 'Credentials are optional here; when an Authorization header is sent, it must be valid.',
      },
      guardProblems: [401, ...forbidden, ...rateLimited],
    };
  }
  return {
    auth: { security: peopleOnly ? [{ bearer: [] }] : [{ bearer: [] }, { apiKey: [] }] },
    guardProblems: [401, ...forbidden, ...rateLimited],
  };
}

const rateLimitHeader = (description: string) => ({ description, schema: { type: 'integer' } });
/** On every response to an API-key request (draft-ietf-httpapi-ratelimit-headers). */
const RATE_LIMIT_HEADERS = {
  'RateLimit-Limit': rateLimitHeader(
    'API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE)',
  ),
  'RateLimit-Remaining': rateLimitHeader('API-key requests only: requests left in the current window'),
  'RateLimit-Reset': rateLimitHeader('API-key requests only: seconds until the window resets'),
  'RateLimit-Policy': {
    description: 'API-key requests only: the policy, e.g. `600;w=60`',
    schema: { type: 'string' },
  },
};
const LINK_HEADER = {
  description: 'When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288)',
  schema: { type: 'string' },
};

/** README's deprecation policy, in the document: deprecated, the successor and the dates, the two headers. */
function markDeprecated(operation: Operation, notice: DeprecationNotice): void {
  operation.deprecated = true;
  const note =
    `Deprecated since ${notice.deprecatedAt.toISOString().slice(0, 10)}: use ${notice.successor}. ` +
    `It keeps working until at least ${notice.sunset.toISOString().slice(0, 10)} (the Sunset header).`;
  operation.description = [operation.description, note].filter(Boolean).join('\n\n');
  for (const [key, response] of Object.entries(operation.responses)) {
    if (!/^2/.test(key)) continue;
    const r = response as { headers?: Record<string, unknown> };
    r.headers = {
      ...r.headers,
      Deprecation: {
        description: 'When this operation was deprecated: `@<unix time>`',
        schema: { type: 'string' },
      },
      Sunset: { description: 'The earliest date it may be removed (HTTP date)', schema: { type: 'string' } },
    };
  }
}

/** A `{ items, nextCursor }` list response. */
function isPage(
  document: OpenAPIObject,
  response: { content?: Record<string, { schema?: unknown }> },
): boolean {
  let schema = response.content?.['application/json']?.schema as
    { $ref?: string; properties?: Record<string, unknown> } | undefined;
  if (schema?.$ref) schema = document.components?.schemas?.[schema.$ref.split('/').pop()!] as typeof schema;
  return Boolean(schema?.properties && 'items' in schema.properties && 'nextCursor' in schema.properties);
}

/**
 * Error statuses that answer with their own body, not a problem: the readiness probe's 503 carries the same
 * checks as its 200 (what orchestrators and operators read). The route declares that body itself.
 */
export const NOT_A_PROBLEM: Readonly<Record<string, number[]>> = { 'health.ready': [503] };

const IDEMPOTENCY_PROBLEMS: [number, string][] = [
  [409, 'A request with this Idempotency-Key is still running'],
  [422, 'This Idempotency-Key was used with a different body'],
];

function addProblem(responses: Responses, status: number): void {
  const key = String(status);
  const existing = responses[key] as { description?: string } | undefined;
  responses[key] = {
    description: existing?.description || PROBLEM_STATUS_DESCRIPTIONS[status] || 'Error',
    content: { 'application/problem+json': { schema: PROBLEM_REF } },
  };
}

/**
 * Completes what decorators cannot know route by route: security from the guard metadata, the error
 * responses every route of a kind shares, and one problem+json schema on every error response.
 */
export function completeDocument(document: OpenAPIObject, facts: Map<string, RouteFacts>): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Problem: PROBLEM_SCHEMA as never };
  document.components.securitySchemes = SECURITY_SCHEMES;
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const fact = operation.operationId ? facts.get(operation.operationId) : undefined;
      if (!fact) {
        throw new Error(`OpenAPI: no route metadata for operation ${operation.operationId ?? '(no id)'}`);
      }
      operation.security = fact.auth.security;
      if (fact.auth.note) {
        operation.description = [operation.description, fact.auth.note].filter(Boolean).join('\n\n');
      }
      if (fact.deprecation) markDeprecated(operation, fact.deprecation);
      const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])] as { in?: string }[];
      const statuses = new Set<number>(fact.guardProblems);
      // Every path parameter names something that may not exist (or be another organization's).
      if (params.some((p) => p.in === 'path')) statuses.add(404);
      if (params.some((p) => p.in === 'query')) statuses.add(400);
      if (operation.requestBody) [400, 413, 415].forEach((s) => statuses.add(s));
      const acceptsApiKey = fact.auth.security.some((r) => 'apiKey' in r);
      if (acceptsApiKey) statuses.add(429);
      for (const status of statuses) addProblem(operation.responses, status);
      // @Idempotent routes refuse a reused key (another body) and a retry while the first is running.
      if (params.some((p) => p.in === 'header' && (p as { name?: string }).name === 'Idempotency-Key')) {
        for (const [status, why] of IDEMPOTENCY_PROBLEMS) {
          const existing = (operation.responses[status] as { description?: string } | undefined)?.description;
          addProblem(operation.responses, status);
          (operation.responses[status] as { description: string }).description = existing
            ? `${existing}; or ${why.charAt(0).toLowerCase()}${why.slice(1)}`
            : why;
        }
      }
      for (const key of Object.keys(operation.responses)) {
        const ownBody = NOT_A_PROBLEM[operation.operationId ?? '']?.includes(Number(key));
        if (/^[45]\d\d$/.test(key) && !ownBody) addProblem(operation.responses, Number(key));
        const response = operation.responses[key] as {
          headers?: Record<string, unknown>;
          content?: Record<string, { schema?: unknown }>;
        };
        if (acceptsApiKey) response.headers = { ...response.headers, ...RATE_LIMIT_HEADERS };
        if (/^2/.test(key) && isPage(document, response))
          response.headers = { ...response.headers, Link: LINK_HEADER };
      }
    }
  }
  return document;
}

/** The OpenAPI document the API serves at /docs-json. */
/** A route served by Fastify directly (outside Nest), described by hand. */
export interface PlainRouteDoc {
  /** Fastify's path after /api/v1, e.g. `/take/:token/answers/:questionId`. */
  path: string;
  method: (typeof METHODS)[number];
  operation: { operationId: string } & Record<string, unknown>;
  auth: ApiAuthDoc;
}

export function buildOpenApiDocument(
  app: INestApplication,
  config: AssayConfig,
  plain: { models: Type<unknown>[]; routes: PlainRouteDoc[] } = { models: [], routes: [] },
): OpenAPIObject {
  const base = new DocumentBuilder()
    .setTitle('Assay API')
    .setDescription(
      'Back end of the Assay skills-assessment platform: role catalog, organizations, assessments, ' +
        'candidate test-taking and results. Errors are RFC 9457 application/problem+json; each problem ' +
        '`type` is a page describing it. `/api/v1` never breaks: see the deprecation policy in the README.',
    )
    .setVersion('1.0')
    .addServer(config.appUrl, 'This deployment')
    .build();
  base.info.license = { name: 'Proprietary' };
  const document = SwaggerModule.createDocument(app, base, {
    operationIdFactory: operationIdFor,
    extraModels: plain.models,
  });
  const facts = routeFacts(app);
  for (const route of plain.routes) {
    const path = `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
    document.paths[path] = { ...document.paths[path], [route.method]: route.operation as never };
    facts.set(route.operation.operationId, { auth: route.auth, guardProblems: [] });
  }
  return completeDocument(document, facts);
}
