import { DynamicModule, Module } from '@nestjs/common';
import type { Logger as PinoInstance } from 'pino';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { AssessmentsModule, StatisticsModule } from '@assay/assessments';
import { AuditModule } from '@assay/audit';
import { AuthModule } from '@assay/auth';
import { CatalogContentModule } from '@assay/catalog-content';
import { AssayConfig, CoreModule, PaginationLinkInterceptor, ProblemExceptionFilter } from '@assay/core';
import { MailModule } from '@assay/mail';
import { OpsModule } from '@assay/ops';
import { OrganizationsMemberDirectory, OrganizationsModule } from '@assay/organizations';
import { PersistenceModule } from '@assay/persistence';
import { QueueModule } from '@assay/queue';
import { RequirementsModule, SqlFixtureCheckModule } from '@assay/requirements';
import { RolesModule } from '@assay/roles';
import { SignupModule } from '@assay/signup';
import { ApiMetricsListener } from './metrics-listener';
import { ProblemsController } from './problems/problems.controller';
import { QueueDashboardController } from './queue-dashboard.controller';

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
        AuthModule.forRoot({ memberDirectory: OrganizationsMemberDirectory }),
        AuditModule,
        OrganizationsModule,
        SignupModule,
        RequirementsModule,
        RolesModule,
        CatalogContentModule,
        AssessmentsModule,
        SqlFixtureCheckModule,
        StatisticsModule,
        OpsModule,
      ],
      controllers: [QueueDashboardController, ProblemsController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: PaginationLinkInterceptor },
        ApiMetricsListener,
      ],
    };
  }
}
