import { AssayConfig, ConfigError } from './config';

describe('AssayConfig', () => {
  it('gives a laptop working defaults', () => {
    const config = AssayConfig.fromEnv({ NODE_ENV: 'development' });
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.poolSize).toBe(10);
    expect(config.database.migrationsRun).toBe(true);
    expect(config.jwt.secret.length).toBeGreaterThanOrEqual(32);
    expect(config.rateLimitAuthPerMinute).toBe(10);
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      AssayConfig.fromEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('LOG_LEVEL');
  });

  it('has no default secrets in production', () => {
    expect(() => AssayConfig.fromEnv({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: is required in production/,
    );
    const config = AssayConfig.fromEnv({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://db/assay',
      REDIS_URL: 'redis://redis:6379',
    });
    expect(config.isProduction).toBe(true);
    expect(config.webhooks.allowHttp).toBe(false);
  });

  it('treats empty strings as unset and parses lists and booleans', () => {
    const config = AssayConfig.fromEnv({
      NODE_ENV: 'test',
      DATABASE_URL: '',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      DATABASE_MIGRATIONS_RUN: 'false',
    });
    expect(config.database.url).toBeUndefined();
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.database.migrationsRun).toBe(false);
  });

  it('has no default JWT secret when NODE_ENV is unset, and reads the metrics settings', () => {
    expect(() => AssayConfig.fromEnv({})).toThrow(/JWT_SECRET: is required unless NODE_ENV is development/);
    expect(() => AssayConfig.fromEnv({ NODE_ENV: '' })).toThrow(/JWT_SECRET/);
    const config = AssayConfig.fromEnv({ JWT_SECRET: 'y'.repeat(40) });
    expect(config.jwt.secret).toBe('y'.repeat(40));
    expect(config.appUrlConfigured).toBe(false);
    expect(config.metrics).toEqual({ token: undefined, port: undefined });
    const metered = AssayConfig.fromEnv({
      NODE_ENV: 'test',
      METRICS_TOKEN: 'm'.repeat(32),
      METRICS_PORT: '9464',
      APP_URL: 'https://app.example/',
    });
    expect(metered.metrics).toEqual({ token: 'm'.repeat(32), port: 9464 });
    expect(metered.appUrl).toBe('https://app.example');
    expect(metered.appUrlConfigured).toBe(true);
    expect(() => AssayConfig.fromEnv({ NODE_ENV: 'test', METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('refuses a short JWT secret', () => {
    expect(() => AssayConfig.fromEnv({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });
});
