export * from './test-app';
export * from './http';
export * from './identity';
export * from './smtp-capture';
export * from './catalog';
export * from './pipeline';
export * from './eventually';
export * from './candidate-secrets';
