import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import { AssayConfig } from '@assay/core';
import {
  HealthService,
  listenForMetrics,
  METRICS_UNAUTHORIZED,
  MetricsListener,
  metricsAuthorized,
  MetricsService,
} from '@assay/ops';
import { OutboxRelay } from '@assay/queue';

/**
 * The worker's only HTTP surface: liveness, readiness and metrics on WORKER_PORT (metrics on METRICS_PORT
 * instead when set; behind METRICS_TOKEN when set). Also runs the relay.
 */
@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private server: Server | null = null;
  private metricsListener: MetricsListener | null = null;

  constructor(
    private readonly config: AssayConfig,
    private readonly health: HealthService,
    private readonly metrics: MetricsService,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.relay.start(this.config.worker.outboxPollIntervalMs);
    if (this.config.worker.inApi) return; // the API process serves health and metrics
    this.server = createServer((req, res) => {
      void this.handle(req.url ?? '/', req.headers.authorization).then(({ status, type, body }) => {
        res.writeHead(status, {
          'content-type': type,
          ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
        });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) =>
      this.server!.listen(this.config.workerPort, this.config.host, resolve),
    );
    this.logger.log(`worker health and metrics on port ${this.config.workerPort}`);
    if (this.config.metrics.port !== undefined) {
      this.metricsListener = await listenForMetrics(this.metrics, {
        port: this.config.metrics.port,
        host: this.config.host,
        token: this.config.metrics.token,
      });
      this.logger.log(`worker metrics on port ${this.metricsListener.port}`);
    }
  }

  /** The ports it listens on (real ones when configured as 0), for tests and logs. */
  get ports(): { health: number | null; metrics: number | null } {
    const address = this.server?.address();
    return {
      health: address && typeof address === 'object' ? address.port : null,
      metrics: this.metricsListener?.port ?? null,
    };
  }

  private async handle(
    url: string,
    authorization: string | undefined,
  ): Promise<{ status: number; type: string; body: string }> {
    const path = url.split('?')[0];
    if (path === '/health/live') return json(200, { status: 'ok' });
    if (path === '/health/ready') {
      const readiness = await this.health.readiness();
      return json(readiness.status === 'ok' ? 200 : 503, readiness);
    }
    if (path === '/metrics' && this.config.metrics.port === undefined) {
      if (!metricsAuthorized(this.config.metrics.token, authorization)) {
        return json(401, METRICS_UNAUTHORIZED);
      }
      return { status: 200, type: this.metrics.contentType, body: await this.metrics.metrics() };
    }
    return json(404, {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No such endpoint.',
      instance: path,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.metricsListener?.close();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function json(status: number, body: unknown) {
  return {
    status,
    type: status >= 400 && status !== 503 ? 'application/problem+json' : 'application/json',
    body: JSON.stringify(body),
  };
}
