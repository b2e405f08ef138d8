import { applyDecorators, Header, SetMetadata } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';

/** What each problem status means in this API, the default description of a documented error response. */
export const PROBLEM_STATUS_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Bad input: `errors` names each bad field',
  401: 'Missing, invalid or expired credentials',
  403: 'Authenticated, but the membership role (or credential type) does not allow this',
  404: 'Not found, or it belongs to another organization',
  409: 'The resource is in a state that does not allow this',
  410: 'Gone: expired, revoked or archived',
  413: 'The request body is larger than 1 MiB',
  415: 'The request body is not application/json',
  422: 'Well formed, but semantically impossible',
  429: 'A rate limit or quota was reached; retry after `Retry-After` seconds',
};

export type ProblemStatusSpec = number | Readonly<Record<number, string>>;

/**
 * Documents the error statuses a route can answer, each as an application/problem+json response (the schema
 * is attached when the document is built). `@ApiProblems(404, 409)` or `@ApiProblems({ 409: 'Already published' })`.
 * Statuses every route of a kind shares (400 for input, 401/403 from the guard, 413/415 for bodies) are added
 * by the document builder; declare here what the route's own logic answers.
 */
export function ApiProblems(...specs: ProblemStatusSpec[]): MethodDecorator & ClassDecorator {
  const decorators: (MethodDecorator & ClassDecorator)[] = [];
  for (const spec of specs) {
    const entries: [number, string | undefined][] =
      typeof spec === 'number' ? [[spec, undefined]] : Object.entries(spec).map(([k, v]) => [Number(k), v]);
    for (const [status, description] of entries) {
      decorators.push(
        ApiResponse({
          status,
          description: description ?? PROBLEM_STATUS_DESCRIPTIONS[status] ?? STATUS_CODES[status] ?? 'Error',
        }),
      );
    }
  }
  return applyDecorators(...decorators);
}

/** How a route is documented as authorized, when the guard's own metadata does not say it. */
export const API_AUTH_DOC = 'assay:apiAuthDoc';

export interface ApiAuthDoc {
  /** OpenAPI security requirements; `[]` for a public route, `[{}, …]` when credentials are optional. */
  security: Record<string, string[]>[];
  /** A sentence appended to the operation's description (e.g. what authorizes it instead). */
  note?: string;
}

/** Overrides the security the document derives from the guard metadata (a token in the path, a metrics token). */
export const ApiAuth = (doc: ApiAuthDoc) => SetMetadata(API_AUTH_DOC, doc);

/** The RFC 9457 body every error answers with, as an OpenAPI schema (components.schemas.Problem). */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance'],
  properties: {
    type: {
      type: 'string',
      format: 'uri',
      description: 'Identifies the problem; opening it shows what happened and what to do',
    },
    title: { type: 'string', description: 'The HTTP status text' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'What went wrong in this request' },
    instance: { type: 'string', description: 'The request path' },
    code: { type: 'string', description: 'The problem code: the last segment of `type`' },
    errors: {
      type: 'array',
      description: 'For 400 validation problems: every bad field',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
    retryAfter: { type: 'integer', description: 'For 429: seconds to wait, as in `Retry-After`' },
  },
  additionalProperties: true,
  example: {
    type: 'http://localhost:3000/problems/validation-failed',
    title: 'Bad Request',
    status: 400,
    detail: 'The request has invalid fields.',
    instance: '/api/v1/assessments',
    code: 'validation-failed',
    errors: [
      { field: 'level', message: 'level must be one of the following values: junior, mid, senior, lead' },
    ],
  },
} as const;

export const DEPRECATED_ROUTE = 'assay:deprecatedRoute';

export interface DeprecationNotice {
  /** When the replacement shipped and this route became deprecated. */
  deprecatedAt: Date;
  /** Not before this date may the route go (at least 6 months after `deprecatedAt`; README's policy). */
  sunset: Date;
  /** What to use instead, e.g. `POST /api/v1/assessments/{id}/invitations`. */
  successor: string;
}

/**
 * A replaced route (README: deprecation policy): it keeps working and answers `Deprecation: @<unix time>`
 * (RFC 9745) and `Sunset: <HTTP date>` (RFC 8594); the OpenAPI document marks it deprecated and names the
 * successor.
 */
export function Deprecated(notice: DeprecationNotice): MethodDecorator {
  return applyDecorators(
    SetMetadata(DEPRECATED_ROUTE, notice),
    Header('Deprecation', `@${Math.floor(notice.deprecatedAt.getTime() / 1000)}`),
    Header('Sunset', notice.sunset.toUTCString()),
  );
}
