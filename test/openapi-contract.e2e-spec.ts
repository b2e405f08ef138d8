import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  type ApiBody,
  type BodyOf,
  Http,
  type MatchPath,
  type Problem,
  ResponseValidator,
  startApi,
  type TestResponse,
} from '@assay/testing';
import { NOT_A_PROBLEM } from '../apps/api/src/openapi-document';

const ROOT = path.resolve(__dirname, '..');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

/** The document the API serves, as a list of operations. */
function operations(doc: { paths: Record<string, Record<string, Operation>> }) {
  return Object.entries(doc.paths).flatMap(([route, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ route, method, op: item[method] })),
  );
}

/** Type-level assertions: `const _x: Expect<Equal<A, B>> = true` fails the type check unless A is B. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type BodyOfResponse<R> = R extends Promise<TestResponse<infer B>> ? B : never;

// The body of `http.<method>(url)` is _inferred from the path template the URL matches.
// A path with parameters:
const _withParams: Expect<
  Equal<BodyOf<'/api/v1/assessments/abc', 'get'>, ApiBody<'/api/v1/assessments/{id}', 'get'>>
> = true;
// A template literal with a query string (as `http.get(\`…${id}…?limit=2\`)` gives it):
const _withQuery: Expect<
  Equal<
    BodyOf<`/api/v1/assessments/${string}/candidates?limit=2&sort=-score`, 'get'>,
    ApiBody<'/api/v1/assessments/{id}/candidates', 'get'>
  >
> = true;
const _withFragment: Expect<Equal<MatchPath<'/api/v1/roles/x#levels'>, '/api/v1/roles/{slug}'>> = true;
// A literal segment wins over a parameter, wherever they differ; the other template still takes the rest:
type Templates =
  '/api/v1/assessments/{id}/publish' | '/api/v1/assessments/{id}/{action}' | '/api/v1/{kind}/{id}/publish';
const _literalFirst: Expect<
  Equal<MatchPath<`/api/v1/assessments/${string}/publish`, Templates>, '/api/v1/assessments/{id}/publish'>
> = true;
const _paramOtherwise: Expect<
  Equal<MatchPath<'/api/v1/assessments/abc/close', Templates>, '/api/v1/assessments/{id}/{action}'>
> = true;
const _literalSegmentEqual: Expect<
  Equal<MatchPath<`/api/v1/assessments/${string}/candidates.csv`>, '/api/v1/assessments/{id}/candidates.csv'>
> = true;
// A parameter segment of the URL does not match a literal segment of a template:
const _paramIsNoLiteral: Expect<
  Equal<MatchPath<`/api/v1/assessments/${string}/${string}`, Templates>, '/api/v1/assessments/{id}/{action}'>
> = true;
// A different segment count matches nothing:
const _segmentCount: Expect<Equal<MatchPath<'/api/v1/assessments/abc/publish/x'>, never>> = true;
// The method picks the operation; several 2xx JSON bodies are their union:
const _method: Expect<
  Equal<
    BodyOf<'/api/v1/assessments/abc/publish', 'post'>,
    ApiBody<'/api/v1/assessments/{id}/publish', 'post'>
  >
> = true;
// No JSON success body (204, HTML, text), no such method, or no operation at all: unknown, never any.
const _noContent: Expect<Equal<BodyOf<'/api/v1/organization/api-keys/abc', 'delete'>, unknown>> = true;
const _noMethod: Expect<Equal<BodyOf<'/api/v1/organization/api-keys/abc', 'get'>, unknown>> = true;
const _webPage: Expect<Equal<BodyOf<'/take/abc', 'get'>, unknown>> = true;
const _docs: Expect<Equal<BodyOf<'/docs-json', 'get'>, unknown>> = true;
const _plainString: Expect<Equal<BodyOf<string, 'get'>, unknown>> = true;
// Through Http itself: the URL infers the body, an explicit type argument overrides it, `problem` is the
// problem document.
const _calls = (http: Http, id: string) => {
  const _inferred = http.get(`/api/v1/assessments/${id}/candidates?limit=2`);
  const _explicit = http.get<{ custom: true }>(`/api/v1/assessments/${id}`);
  const _viaRequest = http.request('POST', `/api/v1/assessments/${id}/publish`);
  const _page = http.get(`/take/${id}`);
  const _i: Expect<
    Equal<BodyOfResponse<typeof _inferred>, ApiBody<'/api/v1/assessments/{id}/candidates', 'get'>>
  > = true;
  const _e: Expect<Equal<BodyOfResponse<typeof _explicit>, { custom: true }>> = true;
  const _r: Expect<
    Equal<BodyOfResponse<typeof _viaRequest>, ApiBody<'/api/v1/assessments/{id}/publish', 'post'>>
  > = true;
  const _p: Expect<Equal<BodyOfResponse<typeof _page>, unknown>> = true;
  const _problem: Expect<Equal<Awaited<typeof _inferred>['problem'], Problem>> = true;
};

describe('the OpenAPI contract (the document the API serves)', () => {
  let app: NestFastifyApplication;
  let doc: { paths: Record<string, Record<string, Operation>>; servers?: { url: string }[] } & Record<
    string,
    unknown
  >;

  beforeAll(async () => {
    app = await startApi();
    const res = await new Http(app).get<typeof doc>('/docs-json');
    expect(res.status).toBe(200);
    doc = res.body;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('passes redocly lint (recommended ruleset, the checked-in config) with 0 errors and 0 warnings', async () => {
    // redocly keys its ignore file by the document's path relative to it: lint a copy laid out the same way.
    const dir = mkdtempSync(path.join(tmpdir(), 'assay-openapi-'));
    try {
      writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(doc));
      copyFileSync(path.join(ROOT, 'redocly.yaml'), path.join(dir, 'redocly.yaml'));
      copyFileSync(path.join(ROOT, '.redocly.lint-ignore.yaml'), path.join(dir, '.redocly.lint-ignore.yaml'));
      const bin = path.join(ROOT, 'node_modules', '.bin', 'redocly');
      const { stdout } = await promisify(execFile)(bin, ['lint', 'openapi.json', '--format=json'], {
        cwd: dir,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; location: { pointer: string }[] }[];
      };
      const problems = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}`);
      expect(problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('is valid OpenAPI 3 (swagger-parser) and names this deployment in servers', async () => {
    // swagger-parser is ESM-only, which Jest's CommonJS runtime cannot load: validate in a plain Node process.
    const dir = mkdtempSync(path.join(tmpdir(), 'assay-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const script =
        "import('@apidevtools/swagger-parser').then((m) => m.default.validate(process.argv[1]))" +
        ".then(() => console.log('valid'), (e) => { console.log(String(e.message)); process.exitCode = 1; })";
      const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, file], {
        cwd: ROOT,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      expect(stdout.trim()).toBe('valid');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(doc.servers).toEqual([expect.objectContaining({ url: process.env.APP_URL })]);
  });

  it('gives every operation a summary, a unique client-method operationId and its security', () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(60);
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { route, method, op } of ops) {
      const where = `${method.toUpperCase()} ${route}`;
      expect([where, op.operationId]).toEqual([
        where,
        expect.stringMatching(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/),
      ]);
      expect([where, typeof op.summary, Boolean(op.summary?.trim())]).toEqual([where, 'string', true]);
      expect([where, Array.isArray(op.security)]).toEqual([where, true]);
    }
  });

  it('declares the security each route really has', () => {
    const byId = new Map(operations(doc).map(({ op }) => [op.operationId, op]));
    expect(byId.get('auth.login')?.security).toEqual([]);
    expect(byId.get('roles.list')?.security).toEqual([]);
    expect(byId.get('take.submit')?.security).toEqual([]);
    expect(byId.get('assessments.create')?.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
    expect(byId.get('me.get')?.security).toEqual([{ bearer: [] }]);
    expect(byId.get('adminRoles.publish')?.security).toEqual([{ bearer: [] }]);
    expect(byId.get('memberInvitations.accept')?.security).toEqual([{}, { bearer: [] }]);
    const schemes = (doc.components as { securitySchemes: Record<string, unknown> }).securitySchemes;
    expect(Object.keys(schemes).sort()).toEqual(['apiKey', 'bearer', 'metricsToken']);
  });

  it('answers every documented error with the problem schema, and documents the errors each route can give', () => {
    for (const { route, method, op } of operations(doc)) {
      const statuses = Object.keys(op.responses);
      expect([route, method, statuses.some((s) => /^2\d\d$/.test(s))]).toEqual([route, method, true]);
      // The readiness probe's 503 carries its checks, as its 200 does (NOT_A_PROBLEM).
      const ownBodies = NOT_A_PROBLEM[op.operationId ?? ''] ?? [];
      for (const status of statuses.filter((s) => /^[45]\d\d$/.test(s) && !ownBodies.includes(Number(s)))) {
        expect([route, method, status, op.responses[status].content]).toEqual([
          route,
          method,
          status,
          { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        ]);
      }
      const secured = (op.security ?? []).some((r) => Object.keys(r).length > 0);
      const anonymousAllowed =
        (op.security ?? []).length === 0 || op.security!.some((r) => !Object.keys(r).length);
      if (secured && !anonymousAllowed)
        expect([route, method, statuses]).toEqual([route, method, expect.arrayContaining(['401'])]);
      if (route.includes('{'))
        expect([route, method, statuses]).toEqual([route, method, expect.arrayContaining(['404'])]);
    }
  });

  it('has the typed client refuse responses that drift from the document', () => {
    const validator = new ResponseValidator(doc as never);
    const problem404 = {
      type: 'http://x/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'x',
      instance: '/y',
    };
    const key = {
      id: '0193c4f2-7a1e-7cc2-9a4e-3f1b2c3d4e5f',
      name: 'ATS',
      prefix: 'ak_12345678',
      createdAt: '2026-12-02T10:00:00.000Z',
      lastUsedAt: null,
    };
    const json = 'application/json; charset=utf-8';
    expect(
      validator.check('GET', '/api/v1/organization/api-keys', 200, json, { items: [key], nextCursor: null }),
    ).toEqual([]);
    expect(
      validator.check('GET', '/api/v1/organization/api-keys', 200, json, {
        items: [{ ...key, name: 7 }],
        nextCursor: null,
      }),
    ).toEqual([expect.stringContaining('/items/0/name must be string')]);
    expect(validator.check('GET', '/api/v1/organization/api-keys', 200, json, { items: [key] })).toEqual([
      expect.stringContaining("must have required property 'nextCursor'"),
    ]);
    // Request paths find their operation: query strings dropped, literal segments before templates.
    expect(validator.match('GET', '/api/v1/organization/api-keys?limit=2')).toBe(
      '/api/v1/organization/api-keys',
    );
    expect(validator.match('GET', '/api/v1/assessments/abc/candidates.csv')).toBe(
      '/api/v1/assessments/{id}/candidates.csv',
    );
    expect(validator.match('GET', '/api/v1/candidates/export')).toBe('/api/v1/candidates/export');
    expect(validator.match('PATCH', '/api/v1/organization/api-keys')).toBeUndefined();
    expect(validator.match('GET', '/api/v1/no-such-thing')).toBeUndefined();
    expect(validator.checkProblem(404, 'application/problem+json', problem404)).toEqual([]);
    expect(validator.checkProblem(404, 'application/json', { status: 404 })).not.toEqual([]);
    expect(validator.check('GET', '/api/v1/organization/api-keys', 418, json, {})).toEqual([
      expect.stringContaining('answered 418, which the document does not list'),
    ]);
    const problem = {
      type: 'http://x/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'x',
      instance: '/y',
    };
    expect(
      validator.check(
        'DELETE',
        '/api/v1/organization/api-keys/{id}',
        404,
        'application/problem+json',
        problem,
      ),
    ).toEqual([]);
    expect(
      validator.check('DELETE', '/api/v1/organization/api-keys/{id}', 404, 'application/problem+json', {
        status: 404,
      }),
    ).not.toEqual([]);
  });

  it('types a response body from the URL it was requested with', async () => {
    const http = new Http(app);
    const slug = 'back-end-engineer';
    const role = await http.get(`/api/v1/roles/${slug}?view=full`);
    const _typed: Expect<Equal<typeof role.body, ApiBody<'/api/v1/roles/{slug}', 'get'>>> = true;
    expect(role.status).toBe(200);
    expect(role.body.slug).toBe(slug);
    const missing = await http.get(`/api/v1/roles/no-such-role`);
    expect(missing.status).toBe(404);
    expect(missing.problem.status).toBe(404);
  });
});
