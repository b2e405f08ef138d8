import 'reflect-metadata';
import { AssayConfig, ConfigError, TERMINATION_SIGNALS } from '@assay/core';
import { createWorkerApp } from './bootstrap';

createWorkerApp(
  (() => {
    try {
      return AssayConfig.fromEnv();
    } catch (error) {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    }
  })(),
)
  .then((app) => app.enableShutdownHooks(TERMINATION_SIGNALS))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
