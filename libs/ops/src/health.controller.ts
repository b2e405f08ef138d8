import { Controller, Get, Header, Headers, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@assay/auth';
import { ApiAuth, ApiProblems, AssayConfig, notFound, unauthorized } from '@assay/core';
import { metricsAuthorized } from './metrics-access';
import { HealthService } from './health.service';
import { MetricsService } from './metrics.service';

/** One dependency's readiness (health.service.ts). */
const DEPENDENCY_CHECK = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['up', 'down'] },
    latencyMs: { type: 'integer', description: 'When up' },
    error: { type: 'string', description: 'When down' },
  },
  required: ['status'],
};

/** The readiness answer (200 and 503 alike). */
const READINESS_SCHEMA = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'error'] },
    checks: {
      type: 'object',
      properties: { database: DEPENDENCY_CHECK, redis: DEPENDENCY_CHECK },
      required: ['database', 'redis'],
    },
  },
  required: ['status', 'checks'],
  example: {
    status: 'ok',
    checks: { database: { status: 'up', latencyMs: 2 }, redis: { status: 'up', latencyMs: 1 } },
  },
};

@ApiTags('operations')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly metricsService: MetricsService,
    private readonly config: AssayConfig,
  ) {}

  @Get('health/live')
  @ApiOperation({ summary: 'Liveness: the process is up' })
  @ApiOkResponse({
    description: 'The process is up',
    schema: {
      type: 'object',
      properties: { status: { type: 'string', enum: ['ok'] } },
      required: ['status'],
      example: { status: 'ok' },
    },
  })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @ApiOperation({ summary: 'Readiness: database and Redis answer' })
  @ApiOkResponse({ description: 'Database and Redis answer', schema: READINESS_SCHEMA })
  @ApiServiceUnavailableResponse({
    description: 'Database or Redis is down: the same checks, `status: error` (not a problem document)',
    schema: READINESS_SCHEMA,
  })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.health.readiness();
    if (result.status !== 'ok') reply.status(503);
    return result;
  }

  @Get('metrics')
  @ApiOperation({ summary: 'Prometheus metrics' })
  @ApiAuth({ security: [{}, { metricsToken: [] }] })
  @ApiProblems({
    401: 'METRICS_TOKEN is set and the request does not carry it',
    404: 'METRICS_PORT is set: metrics are served on that port only',
  })
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'Prometheus text exposition format. With METRICS_TOKEN set, only for "Authorization: Bearer ' +
      '<METRICS_TOKEN>"; with METRICS_PORT set, served on that port instead (404 here).',
  })
  async metrics(
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<string> {
    if (this.config.metrics.port !== undefined) throw notFound('endpoint');
    if (!metricsAuthorized(this.config.metrics.token, authorization)) {
      reply.header('WWW-Authenticate', 'Bearer');
      throw unauthorized('Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>".');
    }
    reply.type(this.metricsService.contentType);
    return this.metricsService.metrics();
  }
}
