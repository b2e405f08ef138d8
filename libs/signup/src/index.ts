export * from './user-token.entity';
export * from './signup.dto';
export * from './signup.service';
export * from './account.service';
export * from './signup.module';
export * from './signup.problems';
