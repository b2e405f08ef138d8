import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { CoreProblem, problemTypeUri } from './problem-catalog';

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, the one error shape the API answers with. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/**
 * An HTTP error with a stable machine-readable code and optional per-field errors. `code` is a member of a
 * lib's problem catalog enum (problem-catalog.ts), never a string literal: the catalog test checks every throw site.
 */
export class Problem extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    detail: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; [k: string]: unknown } = {},
  ) {
    super(detail, status);
  }
}

export class ValidationProblem extends Problem {
  constructor(errors: FieldError[], detail = 'The request has invalid fields.') {
    super(HttpStatus.BAD_REQUEST, CoreProblem.ValidationFailed, detail, { errors });
  }
}

export const notFound = (what = 'resource') =>
  new Problem(HttpStatus.NOT_FOUND, CoreProblem.NotFound, `The ${what} does not exist.`);
export const conflict = (code: string, detail: string) => new Problem(HttpStatus.CONFLICT, code, detail);
export const gone = (code: string, detail: string) => new Problem(HttpStatus.GONE, code, detail);
export const unprocessable = (code: string, detail: string, errors?: FieldError[]) =>
  new Problem(HttpStatus.UNPROCESSABLE_ENTITY, code, detail, errors ? { errors } : {});
export const forbidden = (detail = 'You are not allowed to do this.') =>
  new Problem(HttpStatus.FORBIDDEN, CoreProblem.Forbidden, detail);
export const unauthorized = (detail = 'Missing or invalid credentials.') =>
  new Problem(HttpStatus.UNAUTHORIZED, CoreProblem.Unauthorized, detail);

// Fastify's own errors, raised before a route handler runs.
const FASTIFY_ERRORS: Record<string, { status: number; code: CoreProblem; detail: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: CoreProblem.BodyTooLarge,
    detail: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: CoreProblem.UnsupportedMediaType,
    detail: 'The request body must be application/json.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: CoreProblem.MalformedBody,
    detail: 'The body is empty but the content type is JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: CoreProblem.MalformedBody,
    detail: 'The Content-Length does not match the body.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: CoreProblem.MalformedBody,
    detail: 'The body is not valid JSON.',
  },
};

interface ErrorLike {
  code?: unknown;
  statusCode?: unknown;
  status?: unknown;
  message?: unknown;
  name?: unknown;
}

// The framework's own HTTP errors (unknown routes, its throttler…), by status.
const STATUS_PROBLEMS: Readonly<Record<number, CoreProblem>> = {
  400: CoreProblem.BadRequest,
  401: CoreProblem.Unauthorized,
  403: CoreProblem.Forbidden,
  404: CoreProblem.NotFound,
  405: CoreProblem.MethodNotAllowed,
  413: CoreProblem.BodyTooLarge,
  415: CoreProblem.UnsupportedMediaType,
  429: CoreProblem.RateLimited,
};

/**
 * Maps any thrown value to a problem document; unknown errors become an opaque 500. `type` is
 * `${appUrl}/problems/{code}`, a page of this deployment describing the code.
 */
export function toProblem(
  error: unknown,
  instance: string,
  appUrl: string,
): { problem: ProblemDetails; headers: Record<string, string> } {
  const base = (status: number, code: string, detail: string): ProblemDetails => ({
    type: problemTypeUri(appUrl, code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance,
    code,
  });

  if (error instanceof Problem) {
    const { errors, headers, ...rest } = error.extra;
    const problem = { ...base(error.getStatus(), error.code, error.message), ...rest };
    if (errors) problem.errors = errors;
    return { problem, headers: headers ?? {} };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'object' && response && 'message' in response
        ? String(Array.isArray(response.message) ? response.message.join('; ') : response.message)
        : error.message;
    const code = STATUS_PROBLEMS[status] ?? CoreProblem.HttpError;
    const headers: Record<string, string> = {};
    return {
      problem: base(
        status,
        code,
        status === 404 && /Cannot (GET|POST|PUT|PATCH|DELETE)/.test(message) ? 'No such endpoint.' : message,
      ),
      headers,
    };
  }

  const e = (typeof error === 'object' && error ? error : {}) as ErrorLike;
  const known = typeof e.code === 'string' ? FASTIFY_ERRORS[e.code] : undefined;
  if (known) return { problem: base(known.status, known.code, known.detail), headers: {} };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
  if (e.name === 'SyntaxError' && (status === 400 || status === 0)) {
    return { problem: base(400, CoreProblem.MalformedBody, 'The body is not valid JSON.'), headers: {} };
  }
  if (status >= 400 && status < 500) {
    return {
      problem: base(
        status,
        STATUS_PROBLEMS[status] ?? CoreProblem.HttpError,
        STATUS_CODES[status] ?? 'Bad request',
      ),
      headers: {},
    };
  }
  return {
    problem: base(500, CoreProblem.InternalError, 'An unexpected error occurred. It has been logged.'),
    headers: {},
  };
}
