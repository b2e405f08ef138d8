export * from './test-app';
export * from './http';
