import 'reflect-metadata';
import { AssayConfig, ConfigError } from '@assay/core';
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
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
