import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { newId } from './ids';
import type { AssayConfig } from './config';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Accepts a caller's request id only when it is short and plain, so logs cannot be forged. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : newId();
}

/** Structured logs: one JSON line per event, with the request id, never secrets or candidate answers. */
export function loggerParams(config: AssayConfig, name: string): Params {
  return {
    pinoHttp: {
      name,
      level: config.logLevel,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
        req.headers[REQUEST_ID_HEADER] = id;
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["idempotency-key"]',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
      // Candidate tokens travel in the path of /take/{token}: keep them out of the logs.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
        }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url === '/health/live' || req.url === '/metrics' },
      transport: undefined,
    },
  };
}

export function redactUrl(url: string): string {
  return url
    .replace(/(\/take\/)[^/?#]+/, '$1[token]')
    .replace(/([?&](token|key|code)=)[^&#]+/gi, '$1[redacted]');
}
