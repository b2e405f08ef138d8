import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { AssayConfig } from '@assay/core';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Entities = MixedList<Function | string | EntitySchema>;

/** The one set of connection options, used by the apps, the CLI and the tests. */
export function dataSourceOptions(config: AssayConfig, entities: Entities = []): DataSourceOptions {
  if (!config.database.url) {
    throw new Error('DATABASE_URL is not set (npm start sets it to the embedded database when it is unset)');
  }
  return {
    type: 'postgres',
    url: config.database.url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // Failed queries surface as exceptions; TypeORM's own logging would print parameters (answers, hashes).
    logging: false,
    extra: {
      max: config.database.poolSize,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      application_name: 'assay',
    },
  };
}
