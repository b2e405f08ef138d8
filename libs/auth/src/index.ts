export * from './public.decorator';
export * from './auth.guard';
export * from './auth.module';
