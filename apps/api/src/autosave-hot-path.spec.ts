import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUTOSAVE_ROUTE_URL, AutosaveHotPath, type HotPathResponse } from './autosave-hot-path';

/**
 * Which requests the hot path answers and which it leaves to Fastify, over a real socket: a Node server with
 * the hot path in front of a stand-in for Fastify's handler (status 299). The e2e suite
 * (test/autosave.e2e-spec.ts) compares the two paths' answers in the real app.
 */
const PATH = '/api/v1/take/tok_EN-123/answers/0190a8f4-0000-7000-8000-000000000001';

interface Sent {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** Written as separate chunks (with no content-length header unless given: chunked encoding). */
  chunks?: Buffer[];
  body?: string;
}

describe('AutosaveHotPath', () => {
  let server: Server;
  let base: string;
  let hot: AutosaveHotPath;
  let saved: { token: string; questionId: string; body: unknown }[];
  let finished: HotPathResponse[];
  let save: (token: string, questionId: string, body: unknown) => Promise<object>;

  function build() {
    hot = new AutosaveHotPath({
      save: (token, questionId, body) => save(token, questionId, body),
      parseBody: (text, done) => {
        try {
          done(null, text === '' ? undefined : JSON.parse(text));
        } catch {
          done(Object.assign(new Error('malformed'), { statusCode: 400 }));
        }
      },
      problem: (error, instance, requestId) => ({
        status: error instanceof Error && 'statusCode' in error ? Number(error.statusCode) : 500,
        body: { detail: (error as Error).message, instance, requestId },
        headers: { 'retry-after': '7' },
      }),
      finished: (response) => finished.push(response),
      headers: { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' },
      bodyLimit: 100,
    });
  }

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (hot.handle(req, res)) return;
      req.resume();
      req.on('end', () => res.writeHead(299).end('fastify'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    saved = [];
    finished = [];
    save = (token, questionId, body) => {
      saved.push({ token, questionId, body });
      return Promise.resolve({ questionId, savedAt: '2026-12-03T10:00:00.000Z' });
    };
    build();
  });

  function send(sent: Sent = {}) {
    const body = sent.method === 'GET' ? '' : (sent.body ?? '{"response":{"optionId":"a"}}');
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(sent.chunks ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
      ...sent.headers,
    };
    for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
    return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>(
      (resolve, reject) => {
        const req = request(
          `${base}${sent.path ?? PATH}`,
          { method: sent.method ?? 'PUT', headers, agent: false },
          (res) => {
            const parts: Buffer[] = [];
            res.on('data', (c: Buffer) => parts.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode!,
                headers: res.headers,
                text: Buffer.concat(parts).toString(),
              }),
            );
          },
        );
        req.on('error', reject);
        if (sent.chunks) {
          const [first, ...rest] = sent.chunks;
          req.write(first);
          setTimeout(() => req.end(Buffer.concat(rest)), 20);
        } else {
          req.end(body);
        }
      },
    );
  }

  it('answers the plain request: saves, sends the JSON with the app headers, records it', async () => {
    const res = await send({ headers: { 'x-request-id': 'req-42' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      questionId: '0190a8f4-0000-7000-8000-000000000001',
      savedAt: '2026-12-03T10:00:00.000Z',
    });
    expect(res.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(res.text)),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'x-request-id': 'req-42',
    });
    expect(saved).toEqual([
      {
        token: 'tok_EN-123',
        questionId: '0190a8f4-0000-7000-8000-000000000001',
        body: { response: { optionId: 'a' } },
      },
    ]);
    expect(finished).toEqual([
      {
        method: 'PUT',
        route: AUTOSAVE_ROUTE_URL,
        url: PATH,
        status: 200,
        elapsedMs: expect.any(Number),
        requestId: 'req-42',
      },
    ]);
    expect(hot.answered).toBe(1);
  });

  it('makes up a request id when the caller’s is missing or not plain', async () => {
    const res = await send({ headers: { 'x-request-id': 'bad id with spaces' } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(finished[0].requestId).toBe(res.headers['x-request-id']);
  });

  it('answers the charset spelling of JSON and a body that arrives in pieces (a character split between them)', async () => {
    expect((await send({ headers: { 'content-type': 'application/json; charset=utf-8' } })).status).toBe(200);
    const text = Buffer.from('{"response":{"text":"naïve €"}}');
    const cut = text.indexOf(Buffer.from('€')) + 1;
    const res = await send({
      chunks: [text.subarray(0, cut), text.subarray(cut)],
      headers: { 'content-length': String(text.length) },
    });
    expect(res.status).toBe(200);
    expect(saved[1].body).toEqual({ response: { text: 'naïve €' } });
  });

  it('answers a refused save with the problem document, its headers and status', async () => {
    save = () => Promise.reject(Object.assign(new Error('gone'), { statusCode: 410 }));
    const res = await send({ headers: { 'x-request-id': 'r-1' } });
    expect(res.status).toBe(410);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['retry-after']).toBe('7');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(res.text)).toEqual({ detail: 'gone', instance: PATH, requestId: 'r-1' });
    expect(finished.map((f) => f.status)).toEqual([410]);
  });

  it('answers a malformed body with the parser’s problem, without saving', async () => {
    const res = await send({ body: '{"response": ' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).detail).toBe('malformed');
    expect(saved).toEqual([]);
  });

  it('answers a save that throws, before or inside its promise, with a problem, not a hang or a crash', async () => {
    save = () => {
      throw new TypeError('thrown');
    };
    const thrown = await send();
    expect(thrown.status).toBe(500);
    expect(JSON.parse(thrown.text).detail).toBe('thrown');
    save = async () => {
      throw new TypeError('rejected');
    };
    const rejected = await send();
    expect(rejected.status).toBe(500);
    expect(JSON.parse(rejected.text).detail).toBe('rejected');
  });

  const delegated: [string, Sent][] = [
    ['GET', { method: 'GET' }],
    ['POST', { method: 'POST' }],
    ['a query string', { path: `${PATH}?x=1` }],
    ['a trailing slash', { path: `${PATH}/` }],
    ['a percent-encoded segment', { path: PATH.replace('tok_', 'tok%5F') }],
    ['another route under the same path', { path: `${PATH}/run` }],
    ['another prefix', { path: PATH.replace('/v1/', '/v2/') }],
    ['a segment longer than the router allows', { path: PATH.replace('tok_EN-123', 't'.repeat(101)) }],
    ['no content type', { headers: { 'content-type': '' } }],
    ['another media type', { headers: { 'content-type': 'text/plain' } }],
    ['another spelling of JSON', { headers: { 'content-type': 'Application/JSON' } }],
    ['JSON with parameters', { headers: { 'content-type': 'application/json;charset=utf-8' } }],
    ['a chunked body', { chunks: [Buffer.from('{"response":'), Buffer.from('1}')] }],
    ['a body over the limit', { body: JSON.stringify({ response: 'x'.repeat(100) }) }],
    ['Expect: 100-continue', { headers: { expect: '100-continue' } }],
  ];

  it.each(delegated)('leaves %s to Fastify', async (_name, sent) => {
    const res = await send(sent);
    expect({ status: res.status, text: res.text }).toEqual({ status: 299, text: 'fastify' });
    expect(saved).toEqual([]);
    expect(finished).toEqual([]);
    expect(hot.answered).toBe(0);
  });

  it('leaves everything to Fastify once the server closes', async () => {
    hot.close();
    expect((await send()).status).toBe(299);
    expect(hot.answered).toBe(0);
  });
});
