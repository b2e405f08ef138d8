import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { map, Observable } from 'rxjs';
import { AssayConfig } from './config';

/**
 * `Link: <…>; rel="next"` (RFC 8288) for a list page that has a next page: the same URL, on this deployment's
 * APP_URL, with `cursor` set to `nextCursor`. Clients can follow links instead of building URLs.
 */
export function nextPageLink(appUrl: string, requestUrl: string, nextCursor: string): string {
  const url = new URL(requestUrl, `${appUrl.replace(/\/+$/, '')}/`);
  const next = new URL(`${appUrl.replace(/\/+$/, '')}${url.pathname}`);
  url.searchParams.forEach((value, name) => {
    if (name !== 'cursor') next.searchParams.append(name, value);
  });
  next.searchParams.set('cursor', nextCursor);
  return `<${next.toString()}>; rel="next"`;
}

function nextCursorOf(body: unknown): string | null {
  if (!body || typeof body !== 'object' || !('items' in body) || !('nextCursor' in body)) return null;
  const { items, nextCursor } = body as { items: unknown; nextCursor: unknown };
  return Array.isArray(items) && typeof nextCursor === 'string' && nextCursor ? nextCursor : null;
}

/** Adds the next-page Link header to every `{ items, nextCursor }` response (global, API only). */
@Injectable()
export class PaginationLinkInterceptor implements NestInterceptor {
  constructor(private readonly config: AssayConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<{ url: string }>();
    const reply = http.getResponse<{ header(name: string, value: string): unknown }>();
    return next.handle().pipe(
      map((body: unknown) => {
        const cursor = nextCursorOf(body);
        if (cursor) reply.header('Link', nextPageLink(this.config.appUrl, request.url, cursor));
        return body;
      }),
    );
  }
}
