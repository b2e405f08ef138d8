import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyPluginCallback } from 'fastify';
import { API_KEY_PREFIX, AccessTokenService, MemberDirectory } from '@assay/auth';
import { AssayConfig, forbidden, sendProblem, unauthorized } from '@assay/core';
import { QueueRegistry } from '@assay/queue';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
/** Set by POST /api/v1/admin/queues/session, for browsers (which cannot send a bearer header to a page). */
export const QUEUE_DASHBOARD_COOKIE = 'assay_queues';

type Headers = Record<string, string | string[] | undefined>;

/**
 * The queue dashboard (@bull-board) at /admin/queues, for platform admins only. It is a Fastify plugin, so
 * Nest's guard does not run for it: an onRequest hook on its scope checks the credential the same way —
 * a valid access token (Authorization header, or the dashboard cookie) whose user is a platform admin
 * right now. API keys are never platform admins. See docs/decisions/0504-queue-dashboard.md.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const board = new BullBoardFastifyAdapter();
  createBullBoard({
    queues: app
      .get(QueueRegistry)
      .all()
      .map((queue) => new BullMQAdapter(queue)),
    // @bull-board/fastify pins its own copy of @bull-board/api's types (a patch version apart): same shape.
    serverAdapter: board as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: 'Assay queues' } },
  });
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  const tokens = app.get(AccessTokenService);
  const directory = app.get(MemberDirectory);
  const logger = new Logger('QueueDashboard');
  const appUrl = app.get(AssayConfig).appUrl;
  await app.register(async (scope: FastifyInstance) => {
    // Answered here rather than thrown: the board's plugin sets an error handler of its own.
    scope.addHook('onRequest', async (request, reply) => {
      try {
        await authorizePlatformAdmin(request.headers, tokens, directory);
      } catch (error) {
        sendProblem(request, reply, error, logger, appUrl);
        return reply;
      }
    });
    await scope.register(board.registerPlugin() as unknown as FastifyPluginCallback, {
      prefix: QUEUE_DASHBOARD_PATH,
    });
  });
}

export async function authorizePlatformAdmin(
  headers: Headers,
  tokens: AccessTokenService,
  directory: MemberDirectory,
): Promise<void> {
  const credential =
    bearerToken(headers.authorization) ?? cookieValue(headers.cookie, QUEUE_DASHBOARD_COOKIE);
  if (!credential) throw unauthorized('Sign in as a platform administrator (Authorization: Bearer <token>).');
  if (credential.startsWith(API_KEY_PREFIX)) throw forbidden('Only platform administrators may do this.');
  const claims = tokens.verify(credential);
  const membership = await directory.findActiveMembership(claims.sub, claims.org);
  if (!membership) throw unauthorized('You are no longer a member of this organization.');
  // A token from before a logout or password reset is dead here too (docs/decisions/0602).
  if ((claims.ep ?? 0) !== membership.tokenEpoch)
    throw unauthorized('The access token is invalid or expired.');
  if (!membership.platformAdmin) throw forbidden('Only platform administrators may do this.');
}

export function bearerToken(header: string | string[] | undefined): string | null {
  const match = typeof header === 'string' ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1] : null;
}

function cookieValue(header: string | string[] | undefined, name: string): string | null {
  const text = Array.isArray(header) ? header.join(';') : (header ?? '');
  for (const part of text.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name && rest.length) return decodeURIComponent(rest.join('='));
  }
  return null;
}
