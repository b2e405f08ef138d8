export * from './public.decorator';
export * from './member';
export * from './decorators';
export * from './auth.guard';
export * from './auth.module';
