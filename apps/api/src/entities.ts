import { ASSESSMENT_ENTITIES } from '@assay/assessments';
import { AUDIT_ENTITIES } from '@assay/audit';
import { RefreshTokenEntity } from '@assay/auth';
import { ORGANIZATION_ENTITIES } from '@assay/organizations';
import { QuestionEntity, QuestionVersionEntity, SkillEntity } from '@assay/requirements';
import { MailRequestEntity } from '@assay/mail';
import { RoleTemplateEntity, RoleTemplateVersionEntity } from '@assay/roles';
import { UserTokenEntity } from '@assay/signup';
import { OutboxEntity } from '@assay/queue';

/**
 * Every entity of the product, for the tools that build a DataSource outside Nest (scripts/db.ts for
 * migrations, scripts/cli.ts). The apps themselves use autoLoadEntities. Add a lib's entities here.
 */
export const ENTITIES = [
  OutboxEntity,
  MailRequestEntity,
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
