import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AssayConfig } from '@assay/core';
import { listenForMetrics, MetricsListener, MetricsService } from '@assay/ops';

/** With METRICS_PORT set, the API serves `/metrics` on that port only (keep it off the public network). */
@Injectable()
export class ApiMetricsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private listener: MetricsListener | null = null;

  constructor(
    private readonly config: AssayConfig,
    private readonly metrics: MetricsService,
  ) {}

  /** The port it listens on (the real one when METRICS_PORT=0), or null when not configured. */
  get port(): number | null {
    return this.listener?.port ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.metrics.port === undefined) return;
    this.listener = await listenForMetrics(this.metrics, {
      port: this.config.metrics.port,
      host: this.config.host,
      token: this.config.metrics.token,
    });
    this.logger.log(`metrics on port ${this.listener.port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.close();
  }
}
