import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { type FastifyBaseLogger, LogController } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import {
  AssayConfig,
  ConfigError,
  REQUEST_ID_HEADER,
  createRootLogger,
  createValidationPipe,
  findNulCharacter,
  lazyRequestLogger,
  loggableError,
  redactUrl,
  requestIdFrom,
  toProblem,
  ValidationProblem,
} from '@assay/core';
import {
  ANSWER_AUTOSAVE_MODELS,
  ANSWER_AUTOSAVE_OPERATION,
  ANSWER_AUTOSAVE_PATH,
  AnswerAutosaveRoute,
} from '@assay/assessments';
import { MetricsService } from '@assay/ops';
import { ROLE_PAGE_MODELS, ROLE_PAGE_OPERATION, ROLE_PAGE_PATH, RolePageRoute } from '@assay/roles';
import { AppModule } from './app.module';
import { AutosaveHotPath, type HotPathResponse } from './autosave-hot-path';
import { buildOpenApiDocument } from './openapi-document';
import { mountQueueDashboard } from './queue-dashboard';
import { SECURITY_HEADERS } from './security-headers';
import { applyApiV8Flags } from './v8-flags';
import { mountWebApp } from './web/web-app';

export const BODY_LIMIT_BYTES = 1024 * 1024;
export const MAX_JSON_DEPTH = 64;

/** Iterative, so the check itself cannot overflow the stack. */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

const hotPaths = new WeakMap<NestFastifyApplication, AutosaveHotPath>();

/** The app's autosave hot path (how many requests it answered is a test's evidence of which path ran). */
export function autosaveHotPathOf(app: NestFastifyApplication): AutosaveHotPath | undefined {
  return hotPaths.get(app);
}

/** Builds the API exactly as production runs it; main.ts, the standalone start and e2e tests share it. */
export async function createApiApp(config: AssayConfig): Promise<NestFastifyApplication> {
  // Before the first request, so every API process collects garbage as measured (decision 0404).
  applyApiV8Flags();
  // Every emailed link is built from APP_URL: a production API must not fall back to localhost.
  if (config.isProduction && !config.appUrlConfigured) {
    throw new ConfigError(['APP_URL: is required in production (emailed links are built from it)']);
  }
  const logger = createRootLogger(config, 'assay-api');
  // The autosave's hot path answers its plain requests before Fastify (docs/decisions/0403); it is set once
  // the app is assembled, and until then (and for every other request) Fastify's handler answers.
  const front: { hotPath?: AutosaveHotPath } = {};
  const adapter = new FastifyAdapter({
    // Node's server as Fastify makes it (its timeouts included), with the hot path in front of its handler.
    serverFactory: (
      handler: (req: IncomingMessage, res: ServerResponse) => void,
      fastifyOptions: Record<string, unknown>,
    ): Server => {
      const options = fastifyOptions as Record<
        'keepAliveTimeout' | 'requestTimeout' | 'connectionTimeout' | 'maxRequestsPerSocket',
        number
      >;
      const server = createServer((req, res) => {
        if (!front.hotPath?.handle(req, res)) handler(req, res);
      });
      server.keepAliveTimeout = options.keepAliveTimeout;
      server.requestTimeout = options.requestTimeout;
      server.setTimeout(options.connectionTimeout);
      if (options.maxRequestsPerSocket > 0) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
      return server;
    },
    loggerInstance: logger,
    // Every request line is ours (onResponse below), without Fastify's own pair of lines.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) =>
      requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
    // A request's child logger is made only if something logs through it (decision 0403).
    childLoggerFactory: (root: FastifyBaseLogger, bindings: Record<string, unknown>, options: object) =>
      lazyRequestLogger(root, bindings, options),
    // No Nest middleware anywhere (guards, interceptors and Fastify hooks do that work): without middie,
    // no request pays its onRequest hook (docs/decisions/0403).
    skipMiddie: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    bufferLogs: true,
    bodyParser: false, // our JSON parser is registered below
  });
  app.useLogger(app.get(Logger));
  // /problems/{code} is the page every problem `type` names: outside the API prefix, before the web app's fallback.
  app.setGlobalPrefix('api/v1', {
    exclude: ['health/live', 'health/ready', 'metrics', 'problems', 'problems/:code'],
  });
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  // JSON with prototype-poisoning protection (Fastify's parser), but an empty body on a body-less POST
  // (e.g. /publish) is simply no body, as many HTTP clients send it.
  const jsonParser = fastify.getDefaultJsonParser('error', 'error');
  const parseBody = (text: string, done: (error: Error | null, value?: unknown) => void): void => {
    if (text === '' || text.trim() === '') return done(null, undefined);
    // Fastify's JSON parser reads only the text, so the hot path (which has no Fastify request) shares it.
    jsonParser(undefined as never, text, (error, value) => {
      if (error) return done(error, undefined);
      // Deeply nested bodies would overflow the validator's recursion (a 500); no request of ours nests this
      // deep. Each level takes two characters, so a shorter body cannot (most autosaves: decision 0403).
      if (text.length > 2 * MAX_JSON_DEPTH && jsonDepthExceeds(value, MAX_JSON_DEPTH)) {
        return done(
          new ValidationProblem([
            { field: '(body)', message: `must not nest deeper than ${MAX_JSON_DEPTH} levels` },
          ]),
          undefined,
        );
      }
      // PostgreSQL stores no U+0000 in text or jsonb: refuse it here, by field, rather than fail at the database.
      // JSON can only carry one as the escape \u0000 (raw control characters are invalid JSON), so a body
      // without that text has none to look for.
      const nulAt = text.includes('\\u0000') ? findNulCharacter(value) : null;
      if (nulAt !== null) {
        return done(
          new ValidationProblem([{ field: nulAt, message: 'must not contain the NUL character (U+0000)' }]),
          undefined,
        );
      }
      done(null, value);
    });
  };
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
    parseBody(body as string, done),
  );
  // Errors Fastify raises before a route runs (body too large, malformed JSON, the depth check above) reach
  // Nest's own Fastify error handler, which hands them to the global problem+json filter; a second handler
  // here would only override it (FSTWRN004).

  // Cross-origin browsers only where CORS_ORIGINS names them; otherwise the plugin would only run a hook on
  // every request to add nothing (the web app is served from the API's own origin).
  if (config.corsOrigins.length) {
    await app.register(cors, {
      origin: config.corsOrigins,
      // The plugin's default is GET, HEAD and POST: autosave (PUT), edits (PATCH) and deletes need the rest.
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      credentials: false,
      exposedHeaders: [
        'ETag',
        'Retry-After',
        REQUEST_ID_HEADER,
        'Location',
        'Link',
        'RateLimit-Limit',
        'RateLimit-Remaining',
        'RateLimit-Reset',
        'RateLimit-Policy',
      ],
    });
  }

  // The autosave hot path answers its requests before Fastify's hooks run: what a hook adds to every response
  // must be added there too (test/autosave.e2e-spec.ts compares the two paths' headers).
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    reply.header(REQUEST_ID_HEADER, request.id);
    // No AsyncLocalStorage binding of the request logger here: on Node 20 it enables async_hooks for every
    // promise and cost ~40% of throughput (docs/decisions/0001). Request and error lines carry reqId.
    done();
  });
  // Decided once: with request lines off (LOG_LEVEL above info), a response builds no log object.
  const logRequests = logger.isLevelEnabled('info');
  const metrics = app.get(MetricsService);
  const finished = (response: HotPathResponse): void => {
    metrics.httpDuration.observe(
      { method: response.method, route: response.route, status: String(response.status) },
      response.elapsedMs / 1000,
    );
    const url = response.url;
    if (url !== '/health/live' && url !== '/metrics' && logRequests) {
      // Through the root logger, with the request id the request's child would have carried.
      logger.info(
        {
          reqId: response.requestId,
          method: response.method,
          url: redactUrl(url),
          status: response.status,
          ms: Math.round(response.elapsedMs),
        },
        'request completed',
      );
    }
  };
  // One synchronous hook for the latency histogram and the request line: an async hook would cost every
  // response a promise, and each hook a turn of Fastify's hook runner (decision 0403).
  fastify.addHook('onResponse', (request, reply, done) => {
    finished({
      method: request.method,
      route: request.routeOptions?.url ?? 'unmatched',
      url: request.url,
      status: reply.statusCode,
      elapsedMs: reply.elapsedTime,
      requestId: request.id,
    });
    done();
  });

  await mountQueueDashboard(app);
  // The autosave hot path runs as a plain Fastify route beside Nest's (docs/decisions/0403).
  const autosave = app.get(AnswerAutosaveRoute);
  autosave.mount(fastify, '/api/v1');
  // …and its plain requests are answered before Fastify, by the same save, parser, headers and problems. Not
  // with CORS_ORIGINS set: browsers send Origin on every PUT, and the CORS plugin's headers (Vary: Origin on
  // every response) are Fastify's to add.
  if (!config.corsOrigins.length) {
    const errorLogger = new NestLogger('Errors');
    const hotPath = new AutosaveHotPath({
      save: (token, questionId, body) => autosave.save(token, questionId, body),
      parseBody,
      problem: (error, instance, requestId) => {
        const { problem, headers } = toProblem(error, instance, config.appUrl);
        if (problem.status >= 500) {
          errorLogger.error({ err: loggableError(error), requestId }, 'unhandled error');
        }
        return { status: problem.status, body: problem, headers };
      },
      finished,
      headers: SECURITY_HEADERS,
      bodyLimit: BODY_LIMIT_BYTES,
    });
    front.hotPath = hotPath;
    hotPaths.set(app, hotPath);
    fastify.addHook('preClose', (done) => {
      hotPath.close();
      done();
    });
  }
  // The public role page is a plain Fastify route too, served from precomputed representations (0302).
  app.get(RolePageRoute).mount(fastify, '/api/v1');
  await mountWebApp(app, config);

  const document = buildOpenApiDocument(app, config, {
    // The two plain Fastify routes (docs/decisions/0302, 0403): no controller describes them.
    models: [...ANSWER_AUTOSAVE_MODELS, ...ROLE_PAGE_MODELS],
    routes: [
      {
        path: ANSWER_AUTOSAVE_PATH,
        method: 'put',
        operation: ANSWER_AUTOSAVE_OPERATION,
        auth: {
          security: [],
          note: 'Authorized by the candidate’s invitation token in the path alone (no Authorization header).',
        },
      },
      { path: ROLE_PAGE_PATH, method: 'get', operation: ROLE_PAGE_OPERATION, auth: { security: [] } },
    ],
  });
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
