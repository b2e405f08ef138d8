export * from './role.types';
export * from './role-validation';
export * from './etag';
export * from './role-template.entity';
export * from './role-template-version.entity';
export * from './roles.service';
export * from './roles.module';
