import { DynamicModule, Global, Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssayConfig } from '@assay/core';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrator';
import { OrganizationDb } from './organization-db';
import { TransactionRunner } from './transaction';

const RUN_MIGRATIONS = Symbol('RUN_MIGRATIONS');

@Global()
@Module({})
export class PersistenceModule implements OnModuleInit {
  private readonly logger = new Logger('Persistence');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUN_MIGRATIONS) private readonly migrate: boolean,
  ) {}

  /** `migrate`: run pending migrations at boot (the API does, when DATABASE_MIGRATIONS_RUN allows). */
  static forRoot(options: { migrate: boolean }): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AssayConfig],
          useFactory: (config: AssayConfig) => ({
            ...dataSourceOptions(config),
            autoLoadEntities: true,
          }),
        }),
      ],
      providers: [
        TransactionRunner,
        OrganizationDb,
        {
          provide: RUN_MIGRATIONS,
          inject: [AssayConfig],
          useFactory: (config: AssayConfig) => options.migrate && config.database.migrationsRun,
        },
      ],
      exports: [TransactionRunner, OrganizationDb, TypeOrmModule],
    };
  }

  async onModuleInit(): Promise<void> {
    if (!this.migrate) return;
    const applied = await runMigrations(this.dataSource);
    if (applied.length) this.logger.log(`applied migrations: ${applied.join(', ')}`);
  }
}
