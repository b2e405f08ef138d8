import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendWebhook } from './webhook-sender';

describe('sendWebhook', () => {
  let server: Server;
  let port: number;
  const seen: { host?: string; path?: string; body: string; headers: IncomingMessage['headers'] }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ host: req.headers.host, path: req.url, body, headers: req.headers });
        if (req.url === '/redirect') {
          res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' });
          return res.end();
        }
        if (req.url === '/big') {
          res.writeHead(200);
          return res.end('x'.repeat(1024 * 1024));
        }
        if (req.url === '/hang') return; // never answers
        res.writeHead(204);
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('connects to the checked address, never resolving the name again', async () => {
    // `.invalid` never resolves: reaching the server proves the pinned address was used.
    const res = await sendWebhook({
      url: new URL(`http://hooks.example.invalid:${port}/in?x=1`),
      address: '127.0.0.1',
      headers: { 'webhook-id': 'msg_1' },
      body: '{"a":1}',
    });
    expect(res.status).toBe(204);
    const last = seen[seen.length - 1];
    expect(last.host).toBe(`hooks.example.invalid:${port}`);
    expect(last.path).toBe('/in?x=1');
    expect(last.body).toBe('{"a":1}');
    expect(last.headers['content-type']).toBe('application/json');
    expect(last.headers['webhook-id']).toBe('msg_1');
  });

  it('does not follow redirects', async () => {
    const res = await sendWebhook({
      url: new URL(`http://127.0.0.1:${port}/redirect`),
      address: '127.0.0.1',
      headers: {},
      body: '{}',
    });
    expect(res.status).toBe(302);
    expect(seen.filter((s) => s.path?.startsWith('/latest'))).toHaveLength(0);
  });

  it('reads at most the capped response body', async () => {
    const res = await sendWebhook({
      url: new URL(`http://127.0.0.1:${port}/big`),
      address: '127.0.0.1',
      headers: {},
      body: '{}',
      maxResponseBytes: 100,
    });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(100);
  });

  it('gives up after the timeout', async () => {
    const res = await sendWebhook({
      url: new URL(`http://127.0.0.1:${port}/hang`),
      address: '127.0.0.1',
      headers: {},
      body: '{}',
      timeoutMs: 200,
    });
    expect(res.status).toBeNull();
    expect(res.error).toMatch(/within 200 ms/);
  });

  it('reports a refused connection without throwing', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const unused = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const res = await sendWebhook({
      url: new URL(`http://127.0.0.1:${unused}/`),
      address: '127.0.0.1',
      headers: {},
      body: '{}',
    });
    expect(res.status).toBeNull();
    expect(res.error).toMatch(/ECONNREFUSED/);
  });
});
