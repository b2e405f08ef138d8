import { ASSESSMENT_ENTITIES } from '@assay/assessments';
import { AUDIT_ENTITIES } from '@assay/audit';
import { RefreshTokenEntity } from '@assay/auth';
import { ORGANIZATION_ENTITIES } from '@assay/organizations';
import { OutboxEntity } from '@assay/persistence';
import { QuestionEntity, QuestionVersionEntity, SkillEntity } from '@assay/requirements';
import { RoleTemplateEntity, RoleTemplateVersionEntity } from '@assay/roles';
import { UserTokenEntity } from '@assay/signup';

/**
 * Every entity of the product, for the tools that build a DataSource outside Nest (scripts/db.ts for
 * migrations, scripts/cli.ts). The apps themselves use autoLoadEntities. Add a lib's entities here.
 */
export const ENTITIES = [
  OutboxEntity,
  RefreshTokenEntity,
  ...ORGANIZATION_ENTITIES,
  UserTokenEntity,
  SkillEntity,
  QuestionEntity,
  QuestionVersionEntity,
  RoleTemplateEntity,
  RoleTemplateVersionEntity,
  ...ASSESSMENT_ENTITIES,
  ...AUDIT_ENTITIES,
];
