import { Injectable, Optional } from '@nestjs/common';

import { InjectRepository } from '@nestjs/typeorm';

import { EntityManager, In, IsNull, Not, Repository } from 'typeorm';

import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import {
  AssayConfig,
  Page,
  ValidationProblem,
  decodeCursor,
  encodeCursor,
  isUuid,
  newId,
  notFound,
  QuestionContent,
  QuestionType,
} from '@assay/core';

import { TransactionRunner, assertWithinCount, lockQuota } from '@assay/persistence';

import { CatalogChanges } from './catalog-changes';

import { contentHash } from './content-hash';

import { QuestionEntity, QuestionStatus } from './question.entity';

import { QuestionDetails, QuestionVersionEntity } from './question-version.entity';

import { mergeQuestionEdit, validateQuestionContent } from './question-validation';

import { PUBLIC_FIELDS_BY_TYPE } from './question.types';
import { SkillsService, SyncCounts } from './skills.service';

import { SqlFixtureCheck } from './sql-fixture-check';

/** A question as its owner sees it: the latest version's content, answer key included. */
export interface QuestionView extends QuestionContent {
  id: string;
  versionId: string;
  version: number;
  library: 'global' | 'organization';
  /** The shipped catalog's key, or null for questions authored through the API. */
  key: string | null;
  status: QuestionStatus;
  /** True once an assessment uses the latest version (the next edit then makes a new version). */
  used: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What composing an assessment needs to pick a question (no content). */
export interface QuestionCandidate {
  questionId: string;
  versionId: string;
  version: number;
  library: 'global' | 'organization';
  type: QuestionType;
  skill: string;
  difficulty: number;
  points: number;
  timeEstimateSeconds: number;
  /** The shipped catalog's key (`<skill>-NNN`) of a global question; null for others. */
  catalogKey: string | null;
}

/** The full frozen content of one question version, answer key included (never for candidates). */
export interface FrozenQuestion extends QuestionContent {
  questionId: string;
  versionId: string;
  version: number;
  /** `global` for the shared library, whose keys organizations never see. */
  library: 'global' | 'organization';
}

export interface QuestionListQuery {
  skill?: string;
  type?: QuestionType;
  difficulty?: number;
  status?: QuestionStatus;
  /** 'true': only questions the statistics job flagged. */
  flagged?: 'true' | 'false';
  limit?: number;
  cursor?: string;
}

/** `null` = the global library (platform admins); otherwise the organization that owns the questions. */
export type QuestionOwner = string | null;

/**
 * The question bank: the global library and each organization's own questions, with immutable-once-used
 * versions. Every method takes the owner or the reading organization, so an organization's question never
 * resolves for another one (it reads exactly like a random id).
 */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
    @InjectRepository(QuestionVersionEntity) private readonly versions: Repository<QuestionVersionEntity>,
    private readonly tx: TransactionRunner,
    private readonly skills: SkillsService,
    private readonly changes: CatalogChanges,
    private readonly config: AssayConfig,
    // Provided in the API process by SqlFixtureCheckModule (see SqlFixtureCheck).
    @Optional() private readonly fixtureCheck?: SqlFixtureCheck,
  ) {}

  async create(owner: QuestionOwner, input: Record<string, unknown>): Promise<QuestionView> {
    const content = await this.validate(input);
    const question = this.questions.create({
      id: newId(),
      organizationId: owner,
      catalogKey: null,
      status: 'active',
      latestVersion: 1,
      sourceHash: null,
    });
    const version = versionRow(question, 1, content);
    question.latestVersionId = version.id;
    await this.tx.run(async (m) => {
      if (owner !== null) {
        await lockQuota(m, owner, 'own-questions');
        const [{ count }]: { count: number }[] = await m.query(
          `SELECT count(*)::int AS count FROM questions WHERE organization_id = $1`,
          [owner],
        );
        assertWithinCount('own-questions', this.config.quotas.ownQuestions, count);
      }
      await m.insert(QuestionEntity, question);
      await insertVersions(m, [version]);
    });
    if (owner === null) await this.changes.announce();
    return toView(await this.questions.findOneByOrFail({ id: question.id }), version);
  }

  /**
   * Applies an edit: content fields replace the latest version's (validated as a whole); an unused latest
   * version is changed in place, a used one is left as it is and a new version is made. `status` archives
   * or restores the question (archived questions are not offered for new assessments).
   */
  async update(
    owner: QuestionOwner,
    id: string,
    edit: Record<string, unknown> & { status?: QuestionStatus },
  ): Promise<QuestionView> {
    if (!isUuid(id)) throw notFound('question');
    const { status, ...changes } = edit;
    const result = await this.tx.run(async (m) => {
      const question = await m.findOne(QuestionEntity, {
        where: { id, organizationId: owner === null ? IsNull() : owner },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question) throw notFound('question');
      let latest = await m.findOneOrFail(QuestionVersionEntity, {
        where: { id: question.latestVersionId },
        lock: { mode: 'pessimistic_write' },
      });
      const contentChanges = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      if (Object.keys(contentChanges).length) {
        const content = await this.validate(mergeQuestionEdit(contentOf(latest), contentChanges));
        if (contentHash(content) !== latest.contentHash) {
          if (latest.usedAt) {
            latest = versionRow(question, question.latestVersion + 1, content);
            await insertVersions(m, [latest]);
            question.latestVersion = latest.version;
            question.latestVersionId = latest.id;
          } else {
            Object.assign(latest, versionColumns(content));
            await m.save(QuestionVersionEntity, latest);
          }
        }
      }
      if (status) question.status = status;
      question.updatedAt = new Date();
      await m.save(QuestionEntity, question);
      return { question, latest };
    });
    if (owner === null) await this.changes.announce();
    return toView(result.question, result.latest);
  }

  /** One question of `owner`; with `includeGlobal`, a global-library question resolves too (read-only use). */
  async get(
    owner: QuestionOwner,
    id: string,
    options: { includeGlobal?: boolean } = {},
  ): Promise<QuestionView> {
    if (!isUuid(id)) throw notFound('question');
    const question = await this.questions.findOne({
      where:
        owner === null
          ? { id, organizationId: IsNull() }
          : options.includeGlobal
            ? [
                { id, organizationId: owner },
                { id, organizationId: IsNull() },
              ]
            : { id, organizationId: owner },
    });
    if (!question) throw notFound('question');
    const latest = await this.versions.findOneByOrFail({ id: question.latestVersionId });
    return toView(question, latest);
  }

  /** A page of `owner`'s questions (latest versions), oldest first, optionally filtered. */
  async list(owner: QuestionOwner, query: QuestionListQuery): Promise<Page<QuestionView>> {
    const limit = query.limit ?? 20;
    const after = decodeCursor(query.cursor, (v): v is string => isUuid(v));
    const qb = this.questions
      .createQueryBuilder('q')
      .innerJoinAndMapOne('q.latest', QuestionVersionEntity, 'v', 'v.id = q.latest_version_id')
      .orderBy('q.id', 'ASC')
      .limit(limit + 1);
    if (owner === null) qb.where('q.organization_id IS NULL');
    else qb.where('q.organization_id = :owner', { owner });
    if (after) qb.andWhere('q.id > :after', { after });
    if (query.skill) qb.andWhere('v.skill = :skill', { skill: query.skill });
    if (query.type) qb.andWhere('v.type = :type', { type: query.type });
    if (query.difficulty) qb.andWhere('v.difficulty = :difficulty', { difficulty: query.difficulty });
    if (query.status) qb.andWhere('q.status = :status', { status: query.status });
    // Flags are written by the grading worker's statistics job (question_statistics, read here only).
    if (query.flagged === 'true') {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM question_statistics s WHERE s.question_id = q.id AND cardinality(s.flags) > 0)',
      );
    }
    const rows = (await qb.getMany()) as (QuestionEntity & { latest: QuestionVersionEntity })[];
    const page = rows.slice(0, limit);
    return {
      items: page.map((q) => toView(q, q.latest)),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].id) : null,
    };
  }

  /**
   * The questions an assessment for `organizationId` can be composed from: the latest version of every
   * active global question and of the organization's own active questions, for the given skills.
   */
  async listForComposition(organizationId: string, skillSlugs: string[]): Promise<QuestionCandidate[]> {
    if (!skillSlugs.length) return [];
    const rows: CandidateRow[] = await this.questions.query(
      `SELECT ${CANDIDATE_COLUMNS}
         FROM questions q JOIN question_versions v ON v.id = q.latest_version_id
        WHERE q.status = 'active'
          AND (q.organization_id IS NULL OR q.organization_id = $1)
          AND v.skill = ANY($2::text[])
        ORDER BY v.skill, v.difficulty, q.id`,
      [organizationId, skillSlugs],
    );
    return rows.map(toCandidate);
  }

  /**
   * The latest versions of the named questions (global or `organizationId`'s own, active), in the order
   * asked; ids that do not resolve (unknown, another organization's, archived) are left out — compare
   * lengths to report them.
   */
  async latestVersionsOf(
    organizationId: string,
    questionIds: string[],
    manager: EntityManager = this.questions.manager,
  ): Promise<QuestionCandidate[]> {
    const ids = questionIds.filter((id) => isUuid(id));
    if (!ids.length) return [];
    const rows: CandidateRow[] = await manager.query(
      `SELECT ${CANDIDATE_COLUMNS}
         FROM questions q JOIN question_versions v ON v.id = q.latest_version_id
        WHERE q.id = ANY($2::uuid[]) AND q.status = 'active'
          AND (q.organization_id IS NULL OR q.organization_id = $1)`,
      [organizationId, ids],
    );
    const byId = new Map(rows.map((r) => [r.question_id, toCandidate(r)]));
    return questionIds.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * The full frozen content of the named versions, in the order asked. Versions of another organization's
   * questions do not resolve; archived questions' versions still do (old assessments need them).
   */
  async getVersions(
    organizationId: string,
    versionIds: string[],
    manager: EntityManager = this.versions.manager,
  ): Promise<FrozenQuestion[]> {
    const ids = versionIds.filter((id) => isUuid(id));
    if (!ids.length) return [];
    const rows = await manager.find(QuestionVersionEntity, {
      where: [
        { id: In(ids), organizationId: IsNull() },
        { id: In(ids), organizationId },
      ],
    });
    const byId = new Map(rows.map((v) => [v.id, v]));
    return versionIds.flatMap((id) => {
      const v = byId.get(id);
      return v
        ? [
            {
              questionId: v.questionId,
              versionId: v.id,
              version: v.version,
              library: v.organizationId ? ('organization' as const) : ('global' as const),
              ...contentOf(v),
            },
          ]
        : [];
    });
  }

  /**
   * Freezes these versions: from now on an edit of their question makes a new version. Call it inside the
   * transaction that makes an assessment use them (it row-locks them, so a concurrent edit either lands
   * before and is frozen with it, or waits and then makes a new version).
   */
  async markUsed(manager: EntityManager, versionIds: string[]): Promise<void> {
    const ids = [...new Set(versionIds.filter((id) => isUuid(id)))];
    if (!ids.length) return;
    await manager.query(
      `UPDATE question_versions SET used_at = now() WHERE id = ANY($1::uuid[]) AND used_at IS NULL`,
      [ids],
    );
  }

  /**
   * Makes the catalog's questions exist in the global library: a new key becomes a question, a key whose
   * content changed since the last sync gets a new version (the old one stays for the assessments that use
   * it), a key no longer shipped is archived. Unchanged keys are not touched, so an admin's edit survives.
   */
  async syncFromCatalog(
    manager: EntityManager,
    catalog: { key: string; content: QuestionContent }[],
  ): Promise<SyncCounts> {
    const counts: SyncCounts = { created: 0, updated: 0, unchanged: 0, archived: 0 };
    const existing = new Map(
      (
        await manager.find(QuestionEntity, {
          where: { catalogKey: Not(IsNull()), organizationId: IsNull() },
          lock: { mode: 'pessimistic_write' },
        })
      ).map((q) => [q.catalogKey!, q]),
    );
    const newQuestions: QuestionEntity[] = [];
    const newVersions: QuestionVersionEntity[] = [];
    const changed: QuestionEntity[] = [];
    for (const { key, content } of catalog) {
      const hash = contentHash(content);
      const question = existing.get(key);
      existing.delete(key);
      if (!question) {
        const created = manager.create(QuestionEntity, {
          id: newId(),
          organizationId: null,
          catalogKey: key,
          status: 'active',
          latestVersion: 1,
          sourceHash: hash,
        });
        const version = versionRow(created, 1, content);
        created.latestVersionId = version.id;
        newQuestions.push(created);
        newVersions.push(version);
        counts.created++;
      } else if (question.sourceHash !== hash) {
        const version = versionRow(question, question.latestVersion + 1, content);
        Object.assign(question, {
          latestVersion: version.version,
          latestVersionId: version.id,
          sourceHash: hash,
          status: 'active',
        });
        newVersions.push(version);
        changed.push(question);
        counts.updated++;
      } else counts.unchanged++;
    }
    for (const chunk of chunks(newQuestions, 200)) await manager.insert(QuestionEntity, chunk);
    for (const chunk of chunks(newVersions, 200)) await insertVersions(manager, chunk);
    for (const q of changed) {
      await manager.update(
        QuestionEntity,
        { id: q.id },
        {
          latestVersion: q.latestVersion,
          latestVersionId: q.latestVersionId,
          sourceHash: q.sourceHash,
          status: q.status,
          updatedAt: new Date(),
        },
      );
    }
    const gone = [...existing.values()].filter((q) => q.status === 'active').map((q) => q.id);
    if (gone.length) {
      await manager.update(QuestionEntity, { id: In(gone) }, { status: 'archived', updatedAt: new Date() });
      counts.archived = gone.length;
    }
    return counts;
  }

  private async validate(input: Record<string, unknown>): Promise<QuestionContent> {
    const skills = await this.skills.slugs();
    const result = validateQuestionContent(input, {
      skillExists: (slug) => skills.has(slug),
      maxSchemaBytes: this.config.quotas.sqlSchemaBytes,
    });
    if (!result.ok) throw new ValidationProblem(result.errors, 'The question is not valid.');
    if (result.value.type === 'sql' && result.value.schema !== undefined && this.fixtureCheck) {
      const problem = await this.fixtureCheck.problem(result.value.schema);
      if (problem) {
        throw new ValidationProblem([{ field: 'schema', message: problem }], 'The question is not valid.');
      }
    }
    return result.value;
  }
}

interface CandidateRow {
  question_id: string;
  version_id: string;
  version: number;
  organization_id: string | null;
  type: QuestionType;
  skill: string;
  difficulty: number;
  points: number;
  time_estimate_seconds: number;
  catalog_key: string | null;
}

const CANDIDATE_COLUMNS = `q.id AS question_id, v.id AS version_id, v.version, q.organization_id, v.type, v.skill,
  v.difficulty, v.points, v.time_estimate_seconds, q.catalog_key`;

function toCandidate(r: CandidateRow): QuestionCandidate {
  return {
    questionId: r.question_id,
    versionId: r.version_id,
    version: r.version,
    library: r.organization_id ? 'organization' : 'global',
    type: r.type,
    skill: r.skill,
    difficulty: Number(r.difficulty),
    points: r.points,
    timeEstimateSeconds: r.time_estimate_seconds,
    catalogKey: r.catalog_key ?? null,
  };
}

function versionColumns(content: QuestionContent) {
  const details: QuestionDetails = {};
  for (const field of PUBLIC_FIELDS_BY_TYPE[content.type]) {
    if (content[field] !== undefined) (details as Record<string, unknown>)[field] = content[field];
  }
  return {
    type: content.type,
    skill: content.skill,
    difficulty: content.difficulty,
    points: content.points,
    timeEstimateSeconds: content.timeEstimateSeconds,
    prompt: content.prompt,
    details,
    answerKey: content.answerKey,
    contentHash: contentHash(content),
  };
}

function versionRow(
  question: QuestionEntity,
  version: number,
  content: QuestionContent,
): QuestionVersionEntity {
  return Object.assign(new QuestionVersionEntity(), {
    id: newId(),
    questionId: question.id,
    organizationId: question.organizationId,
    version,
    usedAt: null,
    ...versionColumns(content),
  });
}

/** A version's content in the authoring shape (what was validated, defaults filled in). */
export function contentOf(v: QuestionVersionEntity): QuestionContent {
  return {
    type: v.type,
    skill: v.skill,
    difficulty: v.difficulty,
    prompt: v.prompt,
    points: v.points,
    timeEstimateSeconds: v.timeEstimateSeconds,
    ...v.details,
    answerKey: v.answerKey,
  };
}

function toView(q: QuestionEntity, v: QuestionVersionEntity): QuestionView {
  return {
    id: q.id,
    versionId: v.id,
    version: v.version,
    library: q.organizationId ? 'organization' : 'global',
    key: q.catalogKey,
    status: q.status,
    used: v.usedAt !== null,
    ...contentOf(v),
    createdAt: q.createdAt.toISOString(),
    updatedAt: q.updatedAt.toISOString(),
  };
}

/** TypeORM's insert typing cannot follow JSON columns of `unknown` values (test args); the rows are complete. */
function insertVersions(manager: EntityManager, rows: QuestionVersionEntity[]) {
  return manager.insert(QuestionVersionEntity, rows as QueryDeepPartialEntity<QuestionVersionEntity>[]);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
