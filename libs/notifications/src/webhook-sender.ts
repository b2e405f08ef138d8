import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

/** Limits of one delivery attempt. */
export const WEBHOOK_LIMITS = {
  /** Whole attempt: connect, send, first byte and the (capped) body. */
  timeoutMs: 10_000,
  /** Response body kept (for the log); the rest is not read. */
  maxResponseBytes: 4 * 1024,
} as const;

export interface WebhookRequest {
  url: URL;
  /** The address checked by the URL policy; the connection goes there and nowhere else. */
  address: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs?: number;
  maxResponseBytes?: number;
}

export interface WebhookResponse {
  /** HTTP status, or null when no response arrived (refused, reset, timed out). */
  status: number | null;
  ms: number;
  /** The first bytes of the response body (text), or why there was no response. */
  body?: string;
  error?: string;
}

/**
 * POSTs one webhook. The connection is pinned to `address` through a custom `lookup`, so the name is not
 * resolved again after the check (DNS rebinding); the Host header and TLS server name stay the URL's host,
 * so certificates are verified for it. Redirects are not followed (a 3xx is a failed attempt); the response
 * body is read up to a cap; the whole attempt is bounded by one timer.
 */
export function sendWebhook(request: WebhookRequest): Promise<WebhookResponse> {
  const started = Date.now();
  const timeoutMs = request.timeoutMs ?? WEBHOOK_LIMITS.timeoutMs;
  const cap = request.maxResponseBytes ?? WEBHOOK_LIMITS.maxResponseBytes;
  const { url, address } = request;
  const family = isIP(address) === 6 ? 6 : 4;
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address, family },
      ]);
    } else {
      callback(null, address, family);
    }
  };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const transport = url.protocol === 'https:' ? https : http;

  return new Promise<WebhookResponse>((resolve) => {
    let settled = false;
    const finish = (result: Omit<WebhookResponse, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, ms: Date.now() - started });
    };
    const req = transport.request({
      method: 'POST',
      protocol: url.protocol,
      // An IP literal is connected to as is; a name goes through the pinned lookup.
      host: isIP(host) ? address : host,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(request.body)),
        'user-agent': 'Assay-Webhooks/1.0',
        ...request.headers,
      },
      lookup: pinned,
      servername: isIP(host) ? undefined : host,
      agent: false,
    });
    const timer = setTimeout(() => {
      req.destroy(new Error(`no complete response within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (error) => finish({ status: null, error: error.message }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        finish({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8') });
        res.destroy();
      };
      res.on('data', (chunk: Buffer) => {
        if (size < cap) chunks.push(chunk.subarray(0, cap - size));
        size += chunk.length;
        if (size >= cap) done(); // enough for the log; the rest is never read
      });
      res.on('end', done);
      res.on('error', done);
    });
    req.end(request.body);
  });
}
