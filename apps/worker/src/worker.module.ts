import { DynamicModule, Module } from '@nestjs/common';
import { AssessmentsWorkerModule, GradingPipelineModule, StatisticsWorkerModule } from '@assay/assessments';
import { AuditWorkerModule } from '@assay/audit';
import { AssayConfig, CoreModule } from '@assay/core';
import { MailModule, MailProcessor } from '@assay/mail';
import { NotificationsModule } from '@assay/notifications';
import { OpsModule } from '@assay/ops';
import { PersistenceModule } from '@assay/persistence';
import { OutboxWorkerModule, PingProcessor, QueueModule } from '@assay/queue';
import { WorkerRuntime } from './worker-http.server';

/** Composes the processors. `embedded`: running inside the API process (npm start), sharing its modules. */
@Module({})
export class WorkerModule {
  static forRoot(config: AssayConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({ config, name: 'assay-worker' }),
        PersistenceModule.forRoot({ migrate: false }),
        QueueModule.forRoot(),
        OutboxWorkerModule,
        MailModule,
        AuditWorkerModule,
        OpsModule,
        AssessmentsWorkerModule,
        GradingPipelineModule,
        StatisticsWorkerModule,
        NotificationsModule,
      ],
      providers: [WorkerRuntime, PingProcessor, MailProcessor],
    };
  }
}
