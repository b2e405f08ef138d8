export * from './health.service';
export * from './metrics.service';
export * from './ops.module';
export * from './metrics-access';
