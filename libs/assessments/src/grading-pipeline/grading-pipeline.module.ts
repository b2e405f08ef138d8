import { Module } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { GradingEngine } from '@assay/grading';
import { AssayConfig } from '@assay/core';
import { OpsModule } from '@assay/ops';
import { OutboxWorkerModule } from '@assay/queue';
import { AssessmentsWorkerModule } from '../assessments-worker.module';
import { AttemptGrader } from './attempt-grader';
import { GradingProcessor } from './grading.processor';
import { GradingReconciler } from './grading-reconciler';
import { MaintenanceProcessor, ReconcilerSchedule } from './maintenance.processor';
import { RedisLossRecovery } from './redis-loss-recovery';
import { SandboxMetrics } from './sandbox.metrics';
import { SandboxRunProcessor } from './sandbox-run.processor';

/** Sandbox threads of one worker process: GRADING_THREADS, default one per core but one (at least 1). */
export function gradingThreads(config: AssayConfig): number {
  return config.worker.gradingThreads ?? Math.max(1, availableParallelism() - 1);
}

/**
 * The worker side of grading: one GradingEngine per process (closed by the processor on shutdown), the
 * grading processor, and the reconciler with its schedule.
 */
@Module({
  imports: [AssessmentsWorkerModule, OpsModule, OutboxWorkerModule],
  providers: [
    {
      provide: GradingEngine,
      inject: [AssayConfig],
      useFactory: (config: AssayConfig) => {
        const threads = gradingThreads(config);
        // SQL answers are fewer than code answers in a typical attempt; they share the same cores.
        return new GradingEngine({ codeThreads: threads, sqlThreads: Math.max(1, Math.ceil(threads / 2)) });
      },
    },
    AttemptGrader,
    GradingProcessor,
    GradingReconciler,
    MaintenanceProcessor,
    ReconcilerSchedule,
    RedisLossRecovery,
    SandboxMetrics,
    SandboxRunProcessor,
  ],
  exports: [AttemptGrader, GradingReconciler],
})
export class GradingPipelineModule {}
