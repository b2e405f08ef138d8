export * from './mail.types';
export * from './mail-transport';
export * from './mail.templates';
export * from './mail-request';
export * from './mail-request.entity';
export * from './mail.processor';
export * from './mail.module';
