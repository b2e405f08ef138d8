import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const DEV_JWT_SECRET = 'assay-development-secret-change-me-0123456789';

/** Every environment variable the product reads, validated once at boot. */
const schema = z
  .object({
    // Unset is not "development": secrets then have no defaults (see the refinement below).
    NODE_ENV: z.enum(['development', 'test', 'production']).optional(),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: port.default(3000),
    WORKER_PORT: port.default(3001),
    APP_URL: z.url().optional(),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    METRICS_PORT: port.optional(),
    CORS_ORIGINS: z.string().default(''),
    TRUST_PROXY: z.string().default('false'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    DATABASE_POOL_SIZE: positiveInt.max(200).default(10),
    DATABASE_MIGRATIONS_RUN: bool.default(true),
    DATA_DIR: z.string().min(1).default('./.data'),

    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9:_-]+$/)
      .default('assay'),

    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_ISSUER: z.string().min(1).default('assay'),
    JWT_AUDIENCE: z.string().min(1).default('assay-api'),
    ACCESS_TOKEN_TTL_SECONDS: positiveInt.default(900),
    REFRESH_TOKEN_TTL_DAYS: positiveInt.default(30),

    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Assay <no-reply@assay.local>'),

    RATE_LIMIT_AUTH_PER_MINUTE: positiveInt.default(10),
    RATE_LIMIT_API_KEY_PER_MINUTE: positiveInt.default(600),
    WEBHOOK_ALLOW_PRIVATE_URLS: bool.optional(),
    WEBHOOK_ALLOW_HTTP: bool.optional(),

    WORKER_CONCURRENCY: positiveInt.max(256).default(4),
    GRADING_THREADS: positiveInt.max(64).optional(),
    OUTBOX_POLL_INTERVAL_MS: positiveInt.default(500),
    RECONCILE_AFTER_SECONDS: positiveInt.default(120),
    // Relayed outbox rows and expired idempotency keys are deleted after this (docs/decisions/0003).
    OUTBOX_RETENTION_HOURS: positiveInt.max(24 * 366).default(7 * 24),
    RUN_WORKER_IN_API: bool.default(false),
    CATALOG_SYNC: bool.default(true),

    // Per-organization quotas (docs/decisions/0611-organization-quotas.md).
    QUOTA_CANDIDATE_INVITATIONS_PER_DAY: positiveInt.max(1_000_000).default(2000),
    QUOTA_RESENDS_PER_INVITATION: z.coerce.number().int().min(0).max(1000).default(3),
    QUOTA_REGRADES_PER_DAY: positiveInt.max(1_000_000).default(500),
    QUOTA_WEBHOOK_ENDPOINTS: positiveInt.max(1000).default(10),
    QUOTA_OWN_QUESTIONS: positiveInt.max(10_000_000).default(5000),
    QUOTA_SQL_SCHEMA_BYTES: positiveInt.max(1024 * 1024).default(64 * 1024),
  })
  .superRefine((env, ctx) => {
    // A forgotten NODE_ENV must not sign tokens with the public development secret.
    if (!env.JWT_SECRET && env.NODE_ENV !== 'development' && env.NODE_ENV !== 'test') {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: env.NODE_ENV
          ? 'is required in production'
          : 'is required unless NODE_ENV is development or test (NODE_ENV is unset)',
      });
    }
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['DATABASE_URL', 'REDIS_URL'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production' });
    }
  });

export type Environment = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The validated configuration; injectable by its class. */
export class AssayConfig {
  readonly env!: NonNullable<Environment['NODE_ENV']>;
  readonly isProduction!: boolean;
  readonly host!: string;
  readonly port!: number;
  readonly workerPort!: number;
  readonly appUrl!: string;
  /** APP_URL was given (the API refuses to start in production without it: emailed links use it). */
  readonly appUrlConfigured!: boolean;
  /** `/metrics`: a Bearer token it requires, and a port of its own (then not served on the main one). */
  readonly metrics!: { token: string | undefined; port: number | undefined };
  readonly corsOrigins!: string[];
  readonly trustProxy!: boolean | string;
  readonly logLevel!: Environment['LOG_LEVEL'];
  readonly database!: { url: string | undefined; poolSize: number; migrationsRun: boolean };
  readonly dataDir!: string;
  readonly redis!: { url: string | undefined; prefix: string };
  readonly jwt!: {
    secret: string;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    refreshTtlDays: number;
  };
  readonly mail!: { smtpUrl: string | undefined; from: string };
  readonly rateLimitAuthPerMinute!: number;
  /** Requests per minute of each API key (its own fixed window), announced in RateLimit-* headers. */
  readonly rateLimitApiKeyPerMinute!: number;
  readonly webhooks!: { allowPrivateUrls: boolean; allowHttp: boolean };
  /** Sync the shipped catalog (skills, roles, questions) into the database when the API starts. */
  readonly catalogSync!: boolean;
  /** Per-organization limits; exceeding one answers 429 naming it. */
  readonly quotas!: {
    candidateInvitationsPerDay: number;
    resendsPerInvitation: number;
    regradesPerDay: number;
    webhookEndpoints: number;
    ownQuestions: number;
    sqlSchemaBytes: number;
  };
  readonly worker!: {
    concurrency: number;
    gradingThreads: number | undefined;
    outboxPollIntervalMs: number;
    reconcileAfterSeconds: number;
    outboxRetentionHours: number;
    inApi: boolean;
  };

  static fromEnv(source: NodeJS.ProcessEnv = process.env): AssayConfig {
    // Empty strings count as unset, the way shells and compose files write "not given".
    const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
    const parsed = schema.safeParse(cleaned);
    if (!parsed.success) {
      throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
    }
    const e = parsed.data;
    const dev = e.NODE_ENV !== 'production';
    const config = Object.create(AssayConfig.prototype) as AssayConfig;
    Object.assign(config, {
      env: e.NODE_ENV ?? 'development',
      isProduction: !dev,
      host: e.HOST,
      port: e.PORT,
      workerPort: e.WORKER_PORT,
      appUrl: (e.APP_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
      appUrlConfigured: e.APP_URL !== undefined,
      metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
      corsOrigins: e.CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      trustProxy: parseTrustProxy(e.TRUST_PROXY),
      logLevel: e.LOG_LEVEL,
      database: {
        url: e.DATABASE_URL,
        poolSize: e.DATABASE_POOL_SIZE,
        migrationsRun: e.DATABASE_MIGRATIONS_RUN,
      },
      dataDir: e.DATA_DIR,
      redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
      jwt: {
        secret: e.JWT_SECRET ?? DEV_JWT_SECRET,
        issuer: e.JWT_ISSUER,
        audience: e.JWT_AUDIENCE,
        accessTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
        refreshTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
      },
      mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
      rateLimitAuthPerMinute: e.RATE_LIMIT_AUTH_PER_MINUTE,
      rateLimitApiKeyPerMinute: e.RATE_LIMIT_API_KEY_PER_MINUTE,
      webhooks: {
        allowPrivateUrls: e.WEBHOOK_ALLOW_PRIVATE_URLS ?? false,
        allowHttp: e.WEBHOOK_ALLOW_HTTP ?? dev,
      },
      catalogSync: e.CATALOG_SYNC,
      quotas: {
        candidateInvitationsPerDay: e.QUOTA_CANDIDATE_INVITATIONS_PER_DAY,
        resendsPerInvitation: e.QUOTA_RESENDS_PER_INVITATION,
        regradesPerDay: e.QUOTA_REGRADES_PER_DAY,
        webhookEndpoints: e.QUOTA_WEBHOOK_ENDPOINTS,
        ownQuestions: e.QUOTA_OWN_QUESTIONS,
        sqlSchemaBytes: e.QUOTA_SQL_SCHEMA_BYTES,
      },
      worker: {
        concurrency: e.WORKER_CONCURRENCY,
        gradingThreads: e.GRADING_THREADS,
        outboxPollIntervalMs: e.OUTBOX_POLL_INTERVAL_MS,
        reconcileAfterSeconds: e.RECONCILE_AFTER_SECONDS,
        outboxRetentionHours: e.OUTBOX_RETENTION_HOURS,
        inApi: e.RUN_WORKER_IN_API,
      },
    });
    return Object.freeze(config);
  }
}

function parseTrustProxy(value: string): boolean | string {
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  return value; // a list of addresses/CIDRs, passed to Fastify as is
}

/**
 * The signals a process entry point (api, worker main.ts) stops gracefully on. Termination signals only:
 * Nest's default list includes SIGSEGV and SIGBUS, which V8 raises and handles itself for WebAssembly bounds
 * checks (the sandboxes); a listener turned a sandboxed memory bomb into a graceful shutdown of the whole
 * worker. The app factories register none: an entry point that runs both apps (npm start) stops them itself,
 * in order, and a second listener closed the same database pool twice.
 */
export const TERMINATION_SIGNALS = ['SIGTERM', 'SIGINT'];
