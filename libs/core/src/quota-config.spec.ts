import { AssayConfig, ConfigError } from './config';

describe('quota configuration', () => {
  it('defaults to the documented per-organization limits', () => {
    expect(AssayConfig.fromEnv({ NODE_ENV: 'development' }).quotas).toEqual({
      candidateInvitationsPerDay: 2000,
      resendsPerInvitation: 3,
      regradesPerDay: 500,
      webhookEndpoints: 10,
      ownQuestions: 5000,
      sqlSchemaBytes: 65536,
    });
  });

  it('reads overrides and names every bad value', () => {
    const config = AssayConfig.fromEnv({ NODE_ENV: 'development', QUOTA_RESENDS_PER_INVITATION: '0' });
    expect(config.quotas.resendsPerInvitation).toBe(0);
    let error: unknown;
    try {
      AssayConfig.fromEnv({
        NODE_ENV: 'development',
        QUOTA_CANDIDATE_INVITATIONS_PER_DAY: '0',
        QUOTA_WEBHOOK_ENDPOINTS: 'many',
        QUOTA_SQL_SCHEMA_BYTES: String(2 * 1024 * 1024),
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of [
      'QUOTA_CANDIDATE_INVITATIONS_PER_DAY',
      'QUOTA_WEBHOOK_ENDPOINTS',
      'QUOTA_SQL_SCHEMA_BYTES',
    ]) {
      expect(message).toContain(name);
    }
  });
});
