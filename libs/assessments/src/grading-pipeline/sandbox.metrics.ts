import { Injectable, OnModuleInit } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { MetricsService } from '@assay/ops';
import { GradingEngine } from '@assay/grading';

/**
 * The sandboxes on the worker's /metrics: what their threads hold (`assay_sandbox_memory_bytes`: WASM
 * linear memory as each thread last reported it, plus the SQL threads' fixture caches) and how often a
 * thread dropped its module or was replaced (`assay_sandbox_recycles_total`). Read at scrape time.
 */
@Injectable()
export class SandboxMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly engine: GradingEngine,
  ) {}

  onModuleInit(): void {
    const engine = this.engine;
    new Gauge({
      name: 'assay_sandbox_memory_bytes',
      help: 'Memory held by the grading sandbox threads (WASM linear memory; SQL: plus cached fixtures)',
      labelNames: ['sandbox'] as const,
      registers: [this.metrics.registry],
      collect() {
        const stats = engine.sandboxStats();
        this.set({ sandbox: 'code' }, stats.code.memoryBytes);
        this.set({ sandbox: 'sql' }, stats.sql.memoryBytes);
      },
    });
    new Counter({
      name: 'assay_sandbox_recycles_total',
      help: 'Sandbox modules reloaded after their memory grew (kind=module) and threads replaced (kind=thread)',
      labelNames: ['sandbox', 'kind'] as const,
      registers: [this.metrics.registry],
      collect() {
        // The engine keeps the totals; the counter shows them as they are at scrape time.
        const stats = engine.sandboxStats();
        this.reset();
        for (const sandbox of ['code', 'sql'] as const) {
          this.inc({ sandbox, kind: 'module' }, stats[sandbox].moduleRecycles);
          this.inc({ sandbox, kind: 'thread' }, stats[sandbox].threadRecycles);
        }
      },
    });
  }
}
