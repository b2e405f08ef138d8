import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokenService, PlatformAdminOnly, UserOnly } from '@assay/auth';
import { AssayConfig } from '@assay/core';
import { QUEUE_DASHBOARD_COOKIE, QUEUE_DASHBOARD_PATH, bearerToken } from './queue-dashboard';

/** Lets a platform admin's browser open the queue dashboard: the access token, as a cookie for its path. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/queues')
export class QueueDashboardController {
  constructor(
    private readonly config: AssayConfig,
    private readonly tokens: AccessTokenService,
  ) {}

  @Post('session')
  @HttpCode(204)
  @PlatformAdminOnly()
  @UserOnly()
  @ApiOperation({
    summary: 'Open the queue dashboard in this browser (platform admins)',
    operationId: 'queueDashboard.createSession',
    description:
      `Sets an HttpOnly, SameSite=Strict cookie scoped to ${QUEUE_DASHBOARD_PATH} holding this access token ` +
      '(it expires with the token). Scripts may also send the bearer header to the dashboard directly.',
  })
  @ApiNoContentResponse({ description: 'Cookie set' })
  @ApiForbiddenResponse({ description: 'Not a platform admin' })
  session(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): void {
    const token = bearerToken(request.headers.authorization)!;
    const claims = this.tokens.verify(token);
    const maxAge = Math.max(0, claims.exp - Math.floor(Date.now() / 1000));
    const secure = this.config.isProduction || this.config.appUrl.startsWith('https:');
    void reply.header(
      'set-cookie',
      `${QUEUE_DASHBOARD_COOKIE}=${encodeURIComponent(token)}; Path=${QUEUE_DASHBOARD_PATH}; Max-Age=${maxAge}; ` +
        `HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`,
    );
  }
}
