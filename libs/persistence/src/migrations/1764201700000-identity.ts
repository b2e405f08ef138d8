import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, people and their credentials: signup, sessions, members, API keys, webhooks. */
export class Identity1764201700000 implements MigrationInterface {
  name = 'Identity1764201700000';

  async up(q: QueryRunner): Promise<void> {
    const stamps = `created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()`;
    const role = `text NOT NULL CHECK (role IN ('owner', 'admin', 'recruiter'))`;

    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        slug text NOT NULL CONSTRAINT organizations_slug_key UNIQUE,
        ${stamps}
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL CONSTRAINT users_email_key UNIQUE CHECK (email = lower(email)),
        full_name text NOT NULL,
        password_hash text NOT NULL,
        email_verified_at timestamptz,
        platform_admin boolean NOT NULL DEFAULT false,
        ${stamps}
      )`);
    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role ${role},
        ${stamps}
      )`);
    await q.query(
      `CREATE UNIQUE INDEX memberships_organization_user_key ON memberships (organization_id, user_id)`,
    );
    await q.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);

    await q.query(`
      CREATE TABLE member_invitations (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        email text NOT NULL,
        role ${role},
        token_hash text NOT NULL CONSTRAINT member_invitations_token_hash_key UNIQUE,
        invited_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        ${stamps}
      )`);
    await q.query(
      `CREATE INDEX member_invitations_organization_idx ON member_invitations (organization_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL CONSTRAINT refresh_tokens_token_hash_key UNIQUE,
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        ${stamps}
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await q.query(
      `CREATE INDEX refresh_tokens_user_active_idx ON refresh_tokens (user_id, organization_id)
        WHERE revoked_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE user_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
        token_hash text NOT NULL CONSTRAINT user_tokens_token_hash_key UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        ${stamps}
      )`);
    await q.query(
      `CREATE INDEX user_tokens_user_idx ON user_tokens (user_id, purpose) WHERE used_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        name text NOT NULL,
        prefix text NOT NULL,
        key_hash text NOT NULL CONSTRAINT api_keys_key_hash_key UNIQUE,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        last_used_at timestamptz,
        revoked_at timestamptz,
        ${stamps}
      )`);
    await q.query(`CREATE INDEX api_keys_organization_idx ON api_keys (organization_id, created_at)`);

    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        ${stamps}
      )`);
    await q.query(
      `CREATE INDEX webhook_endpoints_organization_idx ON webhook_endpoints (organization_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        webhook_endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        event text NOT NULL,
        event_id text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        response_status int,
        last_error text,
        delivered_at timestamptz,
        ${stamps}
      )`);
    await q.query(
      `CREATE UNIQUE INDEX webhook_deliveries_endpoint_event_key ON webhook_deliveries (webhook_endpoint_id, event_id)`,
    );
    await q.query(
      `CREATE INDEX webhook_deliveries_endpoint_created_idx ON webhook_deliveries (webhook_endpoint_id, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'webhook_deliveries',
      'webhook_endpoints',
      'api_keys',
      'user_tokens',
      'refresh_tokens',
      'member_invitations',
      'memberships',
      'users',
      'organizations',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
