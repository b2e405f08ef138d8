export * from './webhook-signature';
export * from './webhook-payload';
export * from './webhook-policy';
export * from './webhook-sender';
export * from './attempt-graded.processor';
export * from './webhook-delivery.processor';
export * from './notifications.module';
