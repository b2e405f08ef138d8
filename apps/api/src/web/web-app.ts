import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AssayConfig } from '@assay/core';
import { RolesService } from '@assay/roles';
import {
  catalogBodyHtml,
  messageBodyHtml,
  metaDescription,
  renderDocument,
  roleBodyHtml,
  type RoleListEntry,
  type RolePageContent,
} from './web-html';

/** Hashed file names never change content: cache them for a year. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Pages always revalidate, so a deploy or a publish shows at once. */
export const PAGE_CACHE_CONTROL = 'no-cache';

/**
 * Paths the web app owns (API.md "The web app"): these answer with its index.html. Anything else outside
 * /api, /docs, /health, /metrics and /admin/queues keeps the API's 404.
 */
export const WEB_ROUTES = [
  '/take/*',
  '/signup',
  '/login',
  '/verify-email',
  '/forgot-password',
  '/reset-password',
  '/accept-invitation',
  '/erasure/confirm',
  '/app',
  '/app/*',
] as const;

/** The built web app (apps/web/dist), found from the source tree or from dist/. */
export function findWebDist(from = __dirname): string | null {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'apps', 'web', 'dist');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/**
 * Serves the web app from the API process: static assets, server-rendered public pages (`/`,
 * `/roles/{slug}`) and the app shell for its other routes. Without a build, the API runs alone and says so.
 */
export async function mountWebApp(app: NestFastifyApplication, config: AssayConfig): Promise<void> {
  const logger = new Logger('WebApp');
  const dist = process.env.WEB_DIST_DIR ?? findWebDist();
  if (!dist || !existsSync(path.join(dist, 'index.html'))) {
    logger.warn(
      'apps/web/dist not found: the web app is not served (npm run build, or npm start, builds it)',
    );
    return;
  }
  const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const templateHash = createHash('sha256').update(template).digest('base64url').slice(0, 12);
  const roles = app.get(RolesService);
  const fastify = app.getHttpAdapter().getInstance();

  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: false, // one route per built file: no catch-all that could shadow the API
    index: false,
    allowedPath: (pathname: string) => pathname !== '/index.html',
    cacheControl: false,
    setHeaders: (reply: FastifyReply, file: string) => {
      const inAssets = file.startsWith(path.join(dist, 'assets') + path.sep);
      void reply.header('cache-control', inAssets ? ASSET_CACHE_CONTROL : 'public, max-age=3600');
    },
  });

  const send = (request: FastifyRequest, reply: FastifyReply, status: number, html: string) => {
    const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
    void reply.header('cache-control', PAGE_CACHE_CONTROL).header('etag', etag);
    if (status === 200 && request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.status(status).type('text/html; charset=utf-8').send(html);
  };

  const shell = renderDocument(
    template,
    {
      title: 'Assay',
      description: 'Role-based skills assessments for engineering hiring.',
      url: `${config.appUrl}/`,
    },
    '',
  );
  for (const route of WEB_ROUTES) {
    fastify.get(route, (request, reply) => send(request, reply, 200, shell));
  }

  // Rendered pages by the catalog body they came from: a publish changes the body's ETag, so the page too.
  const rendered = new Map<string, string>();
  const remember = (key: string, make: () => string): string => {
    let html = rendered.get(key);
    if (html === undefined) {
      html = make();
      if (rendered.size >= 500) rendered.delete(rendered.keys().next().value!);
      rendered.set(key, html);
    }
    return html;
  };

  fastify.get('/', async (request, reply) => {
    const list = await roles.publicList({ limit: 100 });
    const html = remember(`list:${list.etag}:${templateHash}`, () => {
      const items = (JSON.parse(list.body) as { items: RoleListEntry[] }).items;
      return renderDocument(
        template,
        {
          title: 'Engineering roles and their skills · Assay',
          description: metaDescription(
            `Skills assessments for ${items.length} engineering roles, each with four levels: ` +
              items.map((r) => r.title).join(', '),
          ),
          url: `${config.appUrl}/`,
        },
        catalogBodyHtml(items),
      );
    });
    return send(request, reply, 200, html);
  });

  fastify.get<{ Params: { slug: string } }>('/roles/:slug', async (request, reply) => {
    const page = await roles.publicPage(request.params.slug);
    if (!page) {
      const html = renderDocument(
        template,
        {
          title: 'Role not found · Assay',
          description: 'There is no published role at this address.',
          url: `${config.appUrl}/`,
        },
        messageBodyHtml('Role not found', 'There is no published role at this address.'),
      );
      return send(request, reply, 404, html);
    }
    const html = remember(`role:${page.etag}:${templateHash}`, () => {
      const role = JSON.parse(page.body) as RolePageContent;
      return renderDocument(
        template,
        {
          title: `${role.title} — skills, levels and requirements · Assay`,
          description: metaDescription(role.summary),
          url: `${config.appUrl}/roles/${encodeURIComponent(role.slug)}`,
        },
        roleBodyHtml(role),
      );
    });
    return send(request, reply, 200, html);
  });
  logger.log(`serving the web app from ${dist}`);
}
