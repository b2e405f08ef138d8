export * from './mail.types';
export * from './mail-transport';
export * from './mail.module';
