import { timingSafeEqual, createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MetricsService } from './metrics.service';

/**
 * True when `/metrics` may answer this Authorization header: always without METRICS_TOKEN, otherwise
 * only for `Bearer <METRICS_TOKEN>` (compared in constant time).
 */
export function metricsAuthorized(token: string | undefined, header: string | string[] | undefined): boolean {
  if (!token) return true;
  const match = typeof header === 'string' ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
  if (!match) return false;
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

export const METRICS_UNAUTHORIZED = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  code: 'unauthorized',
  detail: 'Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>".',
  instance: '/metrics',
};

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

/** A listener of its own serving only `/metrics` (METRICS_PORT), with the same token check. */
export async function listenForMetrics(
  metrics: MetricsService,
  options: { port: number; host: string; token: string | undefined },
): Promise<MetricsListener> {
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (path !== '/metrics' || req.method !== 'GET') {
      return send(404, 'application/problem+json', JSON.stringify({ status: 404, title: 'Not Found' }));
    }
    if (!metricsAuthorized(options.token, req.headers.authorization)) {
      return send(401, 'application/problem+json', JSON.stringify(METRICS_UNAUTHORIZED), {
        'www-authenticate': 'Bearer',
      });
    }
    void metrics.metrics().then(
      (body) => send(200, metrics.contentType, body),
      () => send(500, 'text/plain', 'metrics unavailable'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
