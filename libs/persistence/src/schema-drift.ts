import { DataSource } from 'typeorm';

/**
 * Foreign keys live in the migrations only (docs/decisions/1000). Entities are registered per lib
 * (autoLoadEntities), and a TypeORM foreign key names its target entity, so declaring, say,
 * `refresh_tokens.user_id → users` in `@assay/auth` would make auth import organizations' entity and
 * every process load it. Instead each one is written down here with its exact definition: the drift
 * check ignores the generator's DROP of exactly these, and fails when the database holds a foreign key
 * that is not listed or whose definition differs.
 */
export const MIGRATION_ONLY_FOREIGN_KEYS: Readonly<Record<string, string>> = {
  organizations_created_by_user_id_fkey:
    'organizations FOREIGN KEY (created_by_user_id) REFERENCES users(id) ON DELETE SET NULL',
  memberships_organization_id_fkey:
    'memberships FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE',
  memberships_user_id_fkey: 'memberships FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE',
  member_invitations_accepted_by_user_id_fkey:
    'member_invitations FOREIGN KEY (accepted_by_user_id) REFERENCES users(id) ON DELETE SET NULL',
  member_invitations_invited_by_user_id_fkey:
    'member_invitations FOREIGN KEY (invited_by_user_id) REFERENCES users(id) ON DELETE SET NULL',
  member_invitations_organization_id_fkey:
    'member_invitations FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE',
  refresh_tokens_organization_id_fkey:
    'refresh_tokens FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE',
  refresh_tokens_user_id_fkey: 'refresh_tokens FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE',
  user_tokens_user_id_fkey: 'user_tokens FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE',
  api_keys_created_by_user_id_fkey:
    'api_keys FOREIGN KEY (created_by_user_id) REFERENCES users(id) ON DELETE SET NULL',
  api_keys_organization_id_fkey:
    'api_keys FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE',
  webhook_endpoints_created_by_user_id_fkey:
    'webhook_endpoints FOREIGN KEY (created_by_user_id) REFERENCES users(id) ON DELETE SET NULL',
  webhook_endpoints_organization_id_fkey:
    'webhook_endpoints FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE',
  webhook_deliveries_organization_id_fkey:
    'webhook_deliveries FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE',
  webhook_deliveries_webhook_endpoint_id_fkey:
    'webhook_deliveries FOREIGN KEY (webhook_endpoint_id) REFERENCES webhook_endpoints(id) ON DELETE CASCADE',
  role_templates_draft_version_fk:
    'role_templates FOREIGN KEY (draft_version_id) REFERENCES role_template_versions(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED',
  role_templates_published_version_fk:
    'role_templates FOREIGN KEY (published_version_id) REFERENCES role_template_versions(id) DEFERRABLE INITIALLY DEFERRED',
  role_template_versions_role_template_id_fkey:
    'role_template_versions FOREIGN KEY (role_template_id) REFERENCES role_templates(id) ON DELETE CASCADE',
  questions_latest_version_fk:
    'questions FOREIGN KEY (latest_version_id) REFERENCES question_versions(id) DEFERRABLE INITIALLY DEFERRED',
  questions_organization_id_fkey:
    'questions FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE',
  question_versions_question_id_fkey:
    'question_versions FOREIGN KEY (question_id) REFERENCES questions(id) ON DELETE CASCADE',
  question_versions_skill_fkey:
    'question_versions FOREIGN KEY (skill) REFERENCES skills(slug) ON UPDATE CASCADE',
  assessment_questions_assessment_id_fkey:
    'assessment_questions FOREIGN KEY (assessment_id) REFERENCES assessments(id) ON DELETE CASCADE',
  candidate_invitations_assessment_id_fkey:
    'candidate_invitations FOREIGN KEY (assessment_id) REFERENCES assessments(id) ON DELETE CASCADE',
  attempts_assessment_id_fkey:
    'attempts FOREIGN KEY (assessment_id) REFERENCES assessments(id) ON DELETE CASCADE',
  attempts_invitation_id_fkey:
    'attempts FOREIGN KEY (invitation_id) REFERENCES candidate_invitations(id) ON DELETE CASCADE',
  answers_assessment_question_id_fkey:
    'answers FOREIGN KEY (assessment_question_id) REFERENCES assessment_questions(id) ON DELETE CASCADE',
  answers_attempt_id_fkey: 'answers FOREIGN KEY (attempt_id) REFERENCES attempts(id) ON DELETE CASCADE',
  proctoring_events_attempt_id_fkey:
    'proctoring_events FOREIGN KEY (attempt_id) REFERENCES attempts(id) ON DELETE CASCADE',
  attempt_results_attempt_id_fkey:
    'attempt_results FOREIGN KEY (attempt_id) REFERENCES attempts(id) ON DELETE CASCADE',
  skill_scores_result_id_fkey:
    'skill_scores FOREIGN KEY (result_id) REFERENCES attempt_results(id) ON DELETE CASCADE',
  answer_grades_result_id_fkey:
    'answer_grades FOREIGN KEY (result_id) REFERENCES attempt_results(id) ON DELETE CASCADE',
};

export interface SchemaDrift {
  /** Statements the migration generator would write: each one is a difference entities ↔ database. */
  statements: string[];
  /** Foreign keys in the database that MIGRATION_ONLY_FOREIGN_KEYS does not describe, or describes differently. */
  undocumentedForeignKeys: string[];
  /** Documented foreign keys missing from the database. */
  missingForeignKeys: string[];
}

const DROP_CONSTRAINT = /^ALTER TABLE "([^"]+)" DROP CONSTRAINT "([^"]+)"$/;
const ADD_CONSTRAINT = /^ALTER TABLE "([^"]+)" ADD CONSTRAINT "([^"]+)" FOREIGN KEY/;

function documented(table: string, name: string): boolean {
  return MIGRATION_ONLY_FOREIGN_KEYS[name]?.startsWith(`${table} `) ?? false;
}

/** Whether a generated statement only drops (up) or re-adds (down) a documented migration-only foreign key. */
export function isMigrationOnlyStatement(query: string): boolean {
  const m = DROP_CONSTRAINT.exec(query.trim()) ?? ADD_CONSTRAINT.exec(query.trim());
  return m !== null && documented(m[1], m[2]);
}

/**
 * What `npm run db:migration:generate` would write against this database, minus the documented
 * migration-only foreign keys. An honest schema has no statement here.
 */
export async function schemaDrift(dataSource: DataSource): Promise<SchemaDrift> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const statements = sql.upQueries.map((q) => q.query.trim()).filter((q) => !isMigrationOnlyStatement(q));
  const tables = new Set(dataSource.entityMetadatas.map((m) => m.tableName));
  const rows: { name: string; table: string; definition: string }[] = await dataSource.query(
    `SELECT conname AS name, conrelid::regclass::text AS "table", pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
  );
  const live = new Map(
    rows.filter((r) => tables.has(r.table)).map((r) => [r.name, `${r.table} ${r.definition}`]),
  );
  const undocumentedForeignKeys = [...live]
    .filter(([name, definition]) => MIGRATION_ONLY_FOREIGN_KEYS[name] !== definition)
    .map(([name, definition]) => `${name}: ${definition}`);
  const missingForeignKeys = Object.keys(MIGRATION_ONLY_FOREIGN_KEYS).filter((name) => !live.has(name));
  return { statements, undocumentedForeignKeys, missingForeignKeys };
}
