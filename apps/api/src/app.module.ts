import { DynamicModule, Module } from '@nestjs/common';
import type { Logger as PinoInstance } from 'pino';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from '@assay/auth';
import { AssayConfig, CoreModule, ProblemExceptionFilter } from '@assay/core';
import { MailModule } from '@assay/mail';
import { OpsModule } from '@assay/ops';
import { PersistenceModule } from '@assay/persistence';
import { QueueModule } from '@assay/queue';

/** The HTTP application: composes the domain modules' HTTP side. */
@Module({})
export class AppModule {
  static forRoot(config: AssayConfig, logger: PinoInstance): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, name: 'assay-api', logger }),
        PersistenceModule.forRoot({ migrate: true }),
        QueueModule.forRoot(),
        MailModule,
        AuthModule,
        OpsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemExceptionFilter }],
    };
  }
}
