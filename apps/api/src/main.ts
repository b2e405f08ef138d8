import 'reflect-metadata';
import { AssayConfig, ConfigError, TERMINATION_SIGNALS } from '@assay/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = AssayConfig.fromEnv();
  const app = await createApiApp(config);
  app.enableShutdownHooks(TERMINATION_SIGNALS);
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
