/**
 * Tables whose every row belongs to one organization (`organization_id NOT NULL`). Code serving a member
 * or an API key reads, updates and deletes them only through `OrganizationDb` or an
 * `OrganizationScopedRepository` (organization-scoping.spec.ts); the schema-drift e2e test checks this
 * list against the migrated database.
 */
export const ORGANIZATION_OWNED_TABLES = [
  'answer_grades',
  'answers',
  'api_keys',
  'assessment_questions',
  'assessment_statistics',
  'assessments',
  'attempt_results',
  'attempts',
  'audit_log',
  'candidate_invitations',
  'erasure_requests',
  'member_invitations',
  'memberships',
  'proctoring_events',
  'quota_usage',
  'refresh_tokens',
  'skill_scores',
  'webhook_deliveries',
  'webhook_endpoints',
] as const;
