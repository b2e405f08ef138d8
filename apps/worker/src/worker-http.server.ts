import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import { AssayConfig } from '@assay/core';
import { HealthService, MetricsService } from '@assay/ops';
import { OutboxRelay } from '@assay/queue';

/** The worker's only HTTP surface: liveness, readiness and metrics on WORKER_PORT. Also runs the relay. */
@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private server: Server | null = null;

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
      void this.handle(req.url ?? '/').then(({ status, type, body }) => {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) =>
      this.server!.listen(this.config.workerPort, this.config.host, resolve),
    );
    this.logger.log(`worker health and metrics on port ${this.config.workerPort}`);
  }

  private async handle(url: string): Promise<{ status: number; type: string; body: string }> {
    const path = url.split('?')[0];
    if (path === '/health/live') return json(200, { status: 'ok' });
    if (path === '/health/ready') {
      const readiness = await this.health.readiness();
      return json(readiness.status === 'ok' ? 200 : 503, readiness);
    }
    if (path === '/metrics')
      return { status: 200, type: this.metrics.contentType, body: await this.metrics.metrics() };
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
