import { Injectable, Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AssayConfig, notFound, sendProblem } from '@assay/core';
import { ifNoneMatchHits } from './etag';
import { chooseEncoding } from './page-variants';
import { RolePageDto } from './role.dto';
import { RolesService } from './roles.service';

/** Shared caches may keep a role page a minute; a publish shows up everywhere within that. */
export const ROLE_CACHE_CONTROL = 'public, max-age=60';

export const ROLE_PAGE_PATH = '/roles/:slug';

/**
 * Its OpenAPI operation, as Nest generated it when this was a controller method (the web app's client is
 * generated from the document): Nest's generator sees only Nest routes, so bootstrap adds this one, with
 * ROLE_PAGE_MODELS as extra schemas.
 */
export const ROLE_PAGE_OPERATION = {
  operationId: 'roles.get',
  summary: 'Get a published role page (ETag; If-None-Match answers 304)',
  parameters: [
    { name: 'slug', required: true, in: 'path', schema: { type: 'string' } },
    {
      name: 'If-None-Match',
      in: 'header',
      description: 'An ETag from an earlier response',
      required: false,
      schema: { type: 'string' },
    },
  ],
  responses: {
    200: {
      description: 'The published version, with ETag and Cache-Control',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/RolePageDto' } } },
    },
    304: { description: 'If-None-Match matched the current ETag' },
    404: { description: 'No published role has this slug' },
  },
  tags: ['Role catalog'],
};

export const ROLE_PAGE_MODELS = [RolePageDto];

/**
 * GET /api/v1/roles/{slug} as a plain Fastify route, outside Nest's router: the page is rendered,
 * tagged and compressed once per published version, so what is left per request is choosing a buffer;
 * Nest's pipeline cost more than that (docs/decisions/0302). App-wide hooks (security headers, request id,
 * CORS, metrics, request log) still run; errors are the same problem+json documents.
 */
@Injectable()
export class RolePageRoute {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly roles: RolesService,
    private readonly config: AssayConfig,
  ) {}

  mount(fastify: FastifyInstance, prefix: string): void {
    fastify.route({
      method: 'GET',
      url: prefix + ROLE_PAGE_PATH,
      handler: (request, reply) => this.handle(request, reply),
      // Set on the route: Fastify fixes a route's error handler when its plugin queue loads, which may be
      // before Nest installs its own.
      errorHandler: (error, request, reply) =>
        sendProblem(request, reply, error, this.logger, this.config.appUrl),
    });
  }

  private async handle(request: FastifyRequest, reply: FastifyReply) {
    try {
      const page = await this.roles.publicPage((request.params as { slug: string }).slug);
      if (!page) throw notFound('role');
      const encoding = chooseEncoding(request.headers['accept-encoding']);
      const etag = encoding === 'br' ? page.etagBr : encoding === 'gzip' ? page.etagGzip : page.etag;
      void reply
        .header('etag', etag)
        .header('cache-control', ROLE_CACHE_CONTROL)
        .header('vary', 'accept-encoding');
      // Any representation's tag names the same version: a client holding it already has this page.
      if (ifNoneMatchHits(request.headers['if-none-match'], page.etag, page.etagBr, page.etagGzip)) {
        return reply.status(304).send();
      }
      if (encoding !== 'identity') void reply.header('content-encoding', encoding);
      return reply
        .type('application/json; charset=utf-8')
        .send(encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity);
    } catch (error) {
      sendProblem(request, reply, error, this.logger, this.config.appUrl);
      return reply;
    }
  }
}
