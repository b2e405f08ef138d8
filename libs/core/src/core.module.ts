import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoInstance } from 'pino';
import { Clock, SystemClock } from './clock';
import { AssayConfig } from './config';
import { createRootLogger, loggerParams } from './logging';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** Configuration, clock and logging for every process; imported once by each app. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: { config?: AssayConfig; name: string; logger?: PinoInstance }): DynamicModule {
    const config = options.config ?? AssayConfig.fromEnv();
    const logger = options.logger ?? createRootLogger(config, options.name);
    return {
      module: CoreModule,
      imports: [LoggerModule.forRoot(loggerParams(logger))],
      providers: [
        { provide: AssayConfig, useValue: config },
        { provide: Clock, useClass: SystemClock },
        { provide: ROOT_LOGGER, useValue: logger },
      ],
      exports: [AssayConfig, Clock, ROOT_LOGGER],
    };
  }
}
