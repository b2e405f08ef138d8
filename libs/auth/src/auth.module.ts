import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import { AssayConfig } from '@assay/core';
import { REDIS } from '@assay/queue';
import { AccessTokenService } from './access-tokens';
import { ApiKeyRateLimiter } from './api-key-rate-limit';
import { AuthGuard } from './auth.guard';
import { LoginBackoff } from './login-backoff';
import { MemberDirectory } from './member-directory';
import { PasswordHasher } from './password-hasher';
import { authThrottlerOptions, AuthRateLimitGuard, RedisThrottlerStorage } from './rate-limit';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionService } from './session.service';

export interface AuthModuleOptions {
  /**
   * The implementation of MemberDirectory (libs/organizations provides it). Its dependencies must be
   * global (the DataSource is), so auth needs no import of the domain lib.
   */
  memberDirectory: Type<MemberDirectory>;
}

/** Password hashing, tokens, sessions, rate limits and the global guard. Imported once, by the API. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        TypeOrmModule.forFeature([RefreshTokenEntity]),
        ThrottlerModule.forRootAsync({
          inject: [AssayConfig, REDIS],
          useFactory: (config: AssayConfig, redis: IORedis) =>
            authThrottlerOptions(
              config.rateLimitAuthPerMinute,
              new RedisThrottlerStorage(redis, config.redis.prefix),
            ),
        }),
      ],
      providers: [
        PasswordHasher,
        AccessTokenService,
        SessionService,
        AuthRateLimitGuard,
        LoginBackoff,
        ApiKeyRateLimiter,
        { provide: MemberDirectory, useClass: options.memberDirectory },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [
        PasswordHasher,
        AccessTokenService,
        SessionService,
        MemberDirectory,
        AuthRateLimitGuard,
        LoginBackoff,
      ],
    };
  }
}
