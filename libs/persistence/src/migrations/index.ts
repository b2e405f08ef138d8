import { Foundation1764201600000 } from './1764201600000-foundation';
import { Idempotency1764201600001 } from './1764201600001-idempotency';
import { Identity1764201700000 } from './1764201700000-identity';
import { Catalog1764201800000 } from './1764201800000-catalog';
import { Assessments1764201900000 } from './1764201900000-assessments';
import { GradingPipeline1764202000000 } from './1764202000000-grading-pipeline';
import { IdentityHardening1764300100000 } from './1764300100000-identity-hardening';
import { ContentSecurity1764300200000 } from './1764300200000-content-security';
import { ResultStatistics1764300400000 } from './1764300400000-result-statistics';
import { CandidateForms1764300500000 } from './1764300500000-candidate-forms';
import { QuestionVersionIndex1764300500001 } from './1764300500001-question-version-index';
import { DataRights1764300800000 } from './1764300800000-data-rights';
import { OutboxLifecycle1764301000000 } from './1764301000000-outbox-lifecycle';
import { AuditLogGrants1764301100000 } from './1764301100000-audit-log-grants';

/** Every migration, in order. A new migration is added here (generate with npm run db:migration:generate). */
export const MIGRATIONS = [
  Foundation1764201600000,
  Idempotency1764201600001,
  Identity1764201700000,
  Catalog1764201800000,
  Assessments1764201900000,
  GradingPipeline1764202000000,
  IdentityHardening1764300100000,
  ContentSecurity1764300200000,
  ResultStatistics1764300400000,
  CandidateForms1764300500000,
  QuestionVersionIndex1764300500001,
  DataRights1764300800000,
  OutboxLifecycle1764301000000,
  AuditLogGrants1764301100000,
];
