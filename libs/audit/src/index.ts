export * from './audit-log.entity';
export * from './audit-actor';
export * from './audit-log.dto';
export * from './audit-log.service';
export * from './audit.module';
