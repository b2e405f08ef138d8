import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Http, startApi } from '@assay/testing';

/** Preflights and simple requests straight through Fastify's injector (OPTIONS is no documented operation). */
function inject(app: NestFastifyApplication, method: 'GET' | 'OPTIONS', url: string, origin: string) {
  return app
    .getHttpAdapter()
    .getInstance()
    .inject({
      method,
      url,
      headers: {
        origin,
        ...(method === 'OPTIONS'
          ? { 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' }
          : {}),
      },
    });
}

const AUTOSAVE = '/api/v1/take/x/answers/00000000-0000-4000-8000-000000000000';

describe('CORS: browsers on other origins only where CORS_ORIGINS names them', () => {
  describe('with CORS_ORIGINS set', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await startApi({ CORS_ORIGINS: 'https://console.example' });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('answers a named origin’s preflight, for Nest routes and the plain autosave route alike', async () => {
      for (const url of ['/api/v1/roles', AUTOSAVE]) {
        const res = await inject(app, 'OPTIONS', url, 'https://console.example');
        expect(res.statusCode).toBe(204);
        expect(res.headers['access-control-allow-origin']).toBe('https://console.example');
        expect(String(res.headers['access-control-allow-methods'])).toContain('PUT');
      }
    });

    it('lets the named origin read responses and the headers clients need', async () => {
      const res = await inject(app, 'GET', '/api/v1/roles', 'https://console.example');
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('https://console.example');
      expect(String(res.headers['access-control-expose-headers'])).toContain('x-request-id');
      expect(String(res.headers.vary)).toContain('Origin');
    });

    it('answers autosaves over a socket with the CORS plugin’s headers (no hot path with CORS on)', async () => {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.getHttpServer().address() as AddressInfo;
      const socket = new Http(app, { baseUrl: `http://127.0.0.1:${port}` });
      const path = AUTOSAVE.replace('/x/', `/${'x'.repeat(43)}/`);
      const body = { response: { optionId: 'a' } };
      const named = await socket.put(path, body, { headers: { origin: 'https://console.example' } });
      expect(named.status).toBe(404);
      expect(named.headers['access-control-allow-origin']).toBe('https://console.example');
      expect(String(named.headers['access-control-expose-headers'])).toContain('x-request-id');
      // Without an Origin too: the plugin marks every response as varying by Origin.
      const plain = await socket.put(path, body);
      expect(plain.status).toBe(404);
      expect(String(plain.headers.vary)).toContain('Origin');
    });

    it('gives any other origin nothing', async () => {
      const pre = await inject(app, 'OPTIONS', AUTOSAVE, 'https://evil.example');
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      const res = await inject(app, 'GET', '/api/v1/roles', 'https://evil.example');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('without CORS_ORIGINS (the web app is served from the API’s own origin)', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await startApi({ CORS_ORIGINS: '' });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('allows no other origin: no CORS headers, and a preflight is not found', async () => {
      const pre = await inject(app, 'OPTIONS', AUTOSAVE, 'https://console.example');
      expect(pre.statusCode).toBe(404);
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      const res = await inject(app, 'GET', '/api/v1/roles', 'https://console.example');
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
