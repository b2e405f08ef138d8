import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity hardening (issue 10): who created an organization (an unverified account may act only there),
 * a per-user access-token epoch (logout and password reset end outstanding access tokens), and revocable
 * member invitations. docs/decisions/0600–0603.
 */
export class IdentityHardening1764300100000 implements MigrationInterface {
  name = 'IdentityHardening1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE organizations
         ADD COLUMN created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL`,
    );
    // Existing organizations: their first owner is who signed up with them.
    await q.query(`
      UPDATE organizations o SET created_by_user_id = (
        SELECT m.user_id FROM memberships m
         WHERE m.organization_id = o.id AND m.role = 'owner'
         ORDER BY m.id LIMIT 1)`);
    await q.query(`ALTER TABLE users ADD COLUMN token_epoch integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE member_invitations ADD COLUMN revoked_at timestamptz`);
    await q.query(
      `CREATE INDEX member_invitations_inviter_pending_idx ON member_invitations (organization_id, invited_by_user_id)
        WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX member_invitations_inviter_pending_idx`);
    await q.query(`ALTER TABLE member_invitations DROP COLUMN revoked_at`);
    await q.query(`ALTER TABLE users DROP COLUMN token_epoch`);
    await q.query(`ALTER TABLE organizations DROP COLUMN created_by_user_id`);
  }
}
