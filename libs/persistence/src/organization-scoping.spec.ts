import { libAndAppSources, readSource } from './source-scan.testing';
import { ORGANIZATION_OWNED_TABLES } from './organization-tables';

/**
 * Organization scoping by construction (docs/decisions/1601). Code that serves a member or an API key
 * reaches organization-owned rows only through `OrganizationDb` (SQL whose type demands
 * `organization_id = $1`, bound by OrganizationDb) or an `OrganizationScopedRepository` (every method
 * takes the organization id). This test finds every other read, update or delete of those tables, by SQL
 * text or by ORM call, and fails unless the file is listed below as working across organizations by
 * design, with its reason, or the statement says so itself with an `-- across organizations:` comment.
 * Inserts are not checked: they name the organization as a NOT NULL column and read nothing.
 */

const ENTITIES = [
  'AnswerEntity',
  'AnswerGradeEntity',
  'ApiKeyEntity',
  'AssessmentEntity',
  'AssessmentQuestionEntity',
  'AttemptEntity',
  'AttemptResultEntity',
  'AuditLogEntity',
  'CandidateInvitationEntity',
  'MemberInvitationEntity',
  'MembershipEntity',
  'ProctoringEventEntity',
  'RefreshTokenEntity',
  'SkillScoreEntity',
  'WebhookDeliveryEntity',
  'WebhookEndpointEntity',
];

/** Files that work across organizations by design, and why. Keep this list short and each reason true. */
const CROSS_ORGANIZATION: Record<string, string> = {
  // Candidates have no organization in hand: their invitation token (its hash) selects their one invitation.
  'libs/assessments/src/take/take.service.ts': 'candidate requests, scoped by the invitation token',
  'libs/assessments/src/attempt-submission.ts': 'submission by the candidate token or the deadline job',
  'libs/assessments/src/auto-submit.processor.ts': 'the deadline job, keyed by the attempt id it carries',
  'libs/assessments/src/candidates/erasure-requests.service.ts':
    'erasure requests by candidate token, and the job that runs those due in every organization',
  // Jobs carry ids (decision 1600) and work on whichever organization's rows those ids name.
  'libs/assessments/src/attempts/attempts.repository.ts':
    'the single writer of attempts and results; its callers are grading jobs and candidate requests',
  'libs/assessments/src/grading-pipeline/attempt-grader.ts': 'the grading job, keyed by attempt id',
  'libs/assessments/src/grading-pipeline/grading-reconciler.ts': 'finds stuck attempts in every organization',
  'libs/assessments/src/grading-pipeline/redis-loss-recovery.ts':
    're-enqueues submitted attempts of every organization',
  'libs/assessments/src/statistics/statistics-updater.ts':
    'item statistics pool responses across organizations (decision 0120)',
  'libs/assessments/src/candidates/candidate-eraser.ts':
    'erasure from the request job, the retention sweep and organization deletion, keyed by invitation ids',
  'libs/assessments/src/candidates/retention.service.ts': 'the retention sweep over every organization',
  'libs/notifications/src/attempt-graded.processor.ts':
    'notification job, keyed by the attempt id it carries',
  'libs/notifications/src/candidate-erased.notifier.ts': 'notification job, keyed by the ids it carries',
  'libs/notifications/src/webhook-delivery.processor.ts': 'delivery job, keyed by the delivery id it carries',
  'libs/organizations/src/webhook-deliveries.store.ts': 'delivery state for the delivery job, by delivery id',
  'libs/organizations/src/webhook-endpoints.repository.ts':
    'erasure of a candidate from delivery payloads, called by the eraser with the organization id',
  // Identities span organizations: a user, a refresh token or an API key is found before any organization.
  'libs/auth/src/session.service.ts': 'refresh tokens belong to a user and are found by their hash',
  'libs/organizations/src/organizations-member-directory.ts':
    'an API key is found by its hash, which names its organization',
  'libs/organizations/src/users.repository.ts':
    "a user's own memberships in every organization (the switcher)",
  'libs/organizations/src/platform-admins.ts': 'the create-admin command line, run by the operator',
};

interface Finding {
  file: string;
  line: number;
  what: string;
}

const READ_OR_CHANGE = new RegExp(
  `\\b(?:FROM|JOIN|UPDATE|DELETE\\s+FROM)\\s+(?:ONLY\\s+)?(?:public\\.)?"?(${ORGANIZATION_OWNED_TABLES.join('|')})"?(?![\\w.])`,
  'i',
);
const SCOPED_FILTER = /\borganization_id\s*=\s*\$1(?!\d)/;
const ORM_CALL = new RegExp(
  `\\.(?:find|findOne|findBy|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|count|countBy|exists|existsBy|update|delete|softDelete|increment|decrement|getRepository|createQueryBuilder)\\(\\s*(${ENTITIES.join('|')})\\b`,
  'g',
);
const INJECTED = new RegExp(`@InjectRepository\\(\\s*(${ENTITIES.join('|')})\\s*\\)`, 'g');

/** SQL-looking string literals of a source file, with their offsets. */
function literals(source: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  for (const m of source.matchAll(/`([^`]*)`|'((?:[^'\\\n]|\\.)*)'/g)) {
    found.push({ text: m[1] ?? m[2], index: m.index });
  }
  return found;
}

/** The call a literal is an argument of: the last `name(` opened before it and not closed (generics dropped). */
function enclosingCall(source: string, index: number): string {
  let depth = 0;
  for (let i = index - 1; i >= 0 && i > index - 2000; i--) {
    const c = source[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return callName(source.slice(Math.max(0, i - 400), i));
      depth--;
    }
  }
  return '';
}

/** `this.organizationDb\n  .query<{ … }>` → `this.organizationDb.query`. */
function callName(before: string): string {
  let text = before.trimEnd();
  if (text.endsWith('>')) {
    let depth = 0;
    for (let i = text.length - 1; i >= 0; i--) {
      if (text[i] === '>') depth++;
      else if (text[i] === '<' && --depth === 0) {
        text = text.slice(0, i).trimEnd();
        break;
      }
    }
  }
  const tokens = (/[\w.\s]*$/.exec(text)?.[0] ?? '').trim().split(/\s+/);
  let name = tokens.pop() ?? '';
  while (name.startsWith('.') && tokens.length) name = tokens.pop()! + name;
  return name;
}

function findingsIn(file: string, source: string): Finding[] {
  const out: Finding[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  for (const { text, index } of literals(source)) {
    const table = READ_OR_CHANGE.exec(text)?.[1];
    if (!table) continue;
    if (/--\s*across organizations:\s*\S/.test(text)) continue;
    const call = enclosingCall(source, index);
    // Assembled statements are checked for the filter when they are built (their text here is a fragment).
    if (call === 'assembledOrganizationSql') continue;
    if (/(?:^|\.)organizationDb\.(?:query|execute)$/.test(call) && SCOPED_FILTER.test(text)) continue;
    out.push({ file, line: lineOf(index), what: `SQL on ${table} through ${call || 'a string'}` });
  }
  const scopedRepository = /extends OrganizationScopedRepository</.test(source);
  for (const m of source.matchAll(ORM_CALL)) {
    if (scopedRepository) continue;
    out.push({ file, line: lineOf(m.index), what: `ORM ${m[0].replace(/\s+/g, '')}` });
  }
  for (const m of source.matchAll(INJECTED)) {
    if (scopedRepository) continue;
    out.push({ file, line: lineOf(m.index), what: `injects the unscoped repository of ${m[1]}` });
  }
  return out;
}

describe('organization scoping by construction', () => {
  const files = libAndAppSources((name) => /\.ts$/.test(name) && !/\.spec\.ts$/.test(name)).filter(
    (file) => !file.startsWith('apps/web/'),
  );
  const findings = files.flatMap((file) => findingsIn(file, readSource(file)));

  it('scans the libs and apps', () => {
    expect(files.length).toBeGreaterThan(250);
    expect(files).toContain('libs/assessments/src/invitations.service.ts');
  });

  it('finds no unscoped read, update or delete of organization-owned rows outside the listed files', () => {
    const unlisted = findings.filter((f) => !(f.file in CROSS_ORGANIZATION));
    expect(unlisted.map((f) => `${f.file}:${f.line} ${f.what}`)).toEqual([]);
  });

  it('lists only files that exist and still work across organizations (no stale entries)', () => {
    const stale = Object.keys(CROSS_ORGANIZATION).filter((file) => !findings.some((f) => f.file === file));
    expect(stale).toEqual([]);
  });

  it('would catch the unscoped forms it is meant to catch', () => {
    const sample = [
      'const a = await this.db.query(`SELECT id FROM assessments WHERE id = $1`, [id]);',
      'const b = await this.organizationDb.query(org, `SELECT id FROM attempts WHERE id = $2`, [id]);',
      'const c = await m.findOne(AssessmentEntity, { where: { id } });',
      '@InjectRepository(CandidateInvitationEntity) private readonly r: Repository<CandidateInvitationEntity>,',
      'const d = await this.organizationDb.query(org, `SELECT id FROM attempts WHERE organization_id = $1`);',
      'await m.query(`INSERT INTO answers (id, organization_id) VALUES ($1, $2)`, [a, b]);',
      'await this.db.query(`-- across organizations: norms\nSELECT 1 FROM answers`);',
    ].join('\n');
    expect(findingsIn('sample.ts', sample).map((f) => f.line)).toEqual([1, 2, 3, 4]);
  });
});
