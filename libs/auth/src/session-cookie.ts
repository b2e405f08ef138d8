import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { CoreProblem, Problem, ValidationProblem } from '@assay/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';

/**
 * Browser sessions: a client that sends `X-Assay-Session: cookie` gets its refresh token as an HttpOnly,
 * Secure, SameSite=Strict cookie scoped to the auth routes instead of in the body, so page scripts never
 * hold it. Bearer clients (no header) are unchanged.
 */
export const SESSION_MODE_HEADER = 'x-assay-session';
export const REFRESH_COOKIE = 'assay_refresh';
/** The cookie goes only to /auth/refresh, /auth/logout and their siblings, never to the rest of the API. */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';
const REFRESH_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 3600;

type Headers = FastifyRequest['headers'];

export function wantsCookieSession(headers: Headers): boolean {
  return String(headers[SESSION_MODE_HEADER] ?? '').toLowerCase() === 'cookie';
}

/** The value of one cookie in a Cookie header, or null. */
export function cookieValue(header: string | string[] | undefined, name: string): string | null {
  const text = Array.isArray(header) ? header.join('; ') : (header ?? '');
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim()) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function refreshCookie(token: string | null): string {
  const value = token ? encodeURIComponent(token) : '';
  const maxAge = token ? REFRESH_COOKIE_MAX_AGE_SECONDS : 0;
  return `${REFRESH_COOKIE}=${value}; Path=${REFRESH_COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Strict`;
}

/**
 * The refresh token of a request: the body's (bearer clients), else the cookie's. A cookie is only read
 * when the request also carries the session header and, if it names an Origin, that origin is this host —
 * a cross-site page can neither set a custom header without a CORS preflight (refused) nor forge Origin.
 */
export function refreshTokenOf(request: FastifyRequest, bodyToken: string | undefined): string {
  if (bodyToken) return bodyToken;
  const headers = request.headers;
  const cookie = cookieValue(headers.cookie, REFRESH_COOKIE);
  if (!cookie || !wantsCookieSession(headers)) {
    throw new ValidationProblem([
      { field: 'refreshToken', message: 'refreshToken should not be empty (or use the session cookie)' },
    ]);
  }
  const origin = headers.origin;
  if (origin !== undefined && !sameHost(origin, headers.host)) {
    throw new Problem(
      HttpStatus.FORBIDDEN,
      CoreProblem.CrossOrigin,
      'Cookie sessions are refreshed from this site only.',
    );
  }
  return cookie;
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

interface WithTokens {
  tokens?: { refreshToken?: string };
}

/** Moves `tokens.refreshToken` of the response into the cookie when the client asked for a cookie session. */
@Injectable()
export class SessionCookieInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    if (!wantsCookieSession(request.headers)) return next.handle();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        const tokens = (body as WithTokens | undefined)?.tokens;
        if (tokens?.refreshToken) {
          reply.header('set-cookie', refreshCookie(tokens.refreshToken));
          const { refreshToken: _moved, ...rest } = tokens;
          return { ...(body as object), tokens: rest };
        }
        return body;
      }),
    );
  }
}

/** On a route that signs someone in: honours `X-Assay-Session: cookie`. */
export function SessionCookie(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseInterceptors(SessionCookieInterceptor),
    ApiHeader({
      name: 'X-Assay-Session',
      required: false,
      description:
        '`cookie`: the refresh token is set as an HttpOnly, Secure, SameSite=Strict cookie (path /api/v1/auth) ' +
        'and left out of the body (browser sessions)',
    }),
  );
}
