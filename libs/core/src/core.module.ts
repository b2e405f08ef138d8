import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Clock, SystemClock } from './clock';
import { AssayConfig } from './config';
import { loggerParams } from './logging';

/** Configuration, clock and logging for every process; imported once by each app. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: { config?: AssayConfig; name: string }): DynamicModule {
    const config = options.config ?? AssayConfig.fromEnv();
    return {
      module: CoreModule,
      imports: [LoggerModule.forRoot(loggerParams(config, options.name))],
      providers: [
        { provide: AssayConfig, useValue: config },
        { provide: Clock, useClass: SystemClock },
      ],
      exports: [AssayConfig, Clock],
    };
  }
}
