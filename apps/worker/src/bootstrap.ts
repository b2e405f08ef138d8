import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { AssayConfig } from '@assay/core';
import { WorkerModule } from './worker.module';

/** The worker process: no HTTP server of its own beyond health and metrics; runs the processors. */
export async function createWorkerApp(config: AssayConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  return app;
}
