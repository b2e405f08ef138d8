import { Injectable } from '@nestjs/common';

import { InjectRepository } from '@nestjs/typeorm';

import { createHash } from 'node:crypto';

import { EntityManager, In, Repository } from 'typeorm';

import {
  ValidationProblem,
  conflict,
  decodeCursor,
  encodeCursor,
  isUuid,
  newId,
  notFound,
  LEVELS,
  Level,
} from '@assay/core';

import { TransactionRunner, isUniqueViolation } from '@assay/persistence';

import { CatalogChanges, LruCache, SkillsService, SyncCounts, contentHash } from '@assay/requirements';
import { RoleTemplateEntity } from './role-template.entity';

import { RoleTemplateVersionEntity } from './role-template-version.entity';

import { pageVariants, type PageVariants } from './page-variants';

import { validateRoleContent } from './role-validation';

import type { RoleContent, RoleLevel } from './role.types';

import { RolesProblem } from './roles.problems';

/** A published role as composition needs it (`@assay/roles` read-side API for assessments). */
export interface PublishedRole {
  roleId: string;
  versionId: string;
  slug: string;
  title: string;
  category: string;
  summary: string;
  description: string;
  responsibilities: string[];
  version: number;
  publishedAt: string;
  levels: RoleLevel[];
  requirements: {
    /** Skill slug. */
    skill: string;
    importance: number;
    description: string;
    expectedProficiency: Record<Level, number>;
  }[];
}

export interface RoleVersionView extends RoleContent {
  id: string;
  version: number | null;
  status: 'draft' | 'published';
  publishedAt: string | null;
  updatedAt: string;
}

export interface AdminRoleView {
  slug: string;
  archived: boolean;
  published: RoleVersionView | null;
  draft: RoleVersionView | null;
}

/** A rendered public response: the JSON text, served as is, and its strong ETag. */
export interface CachedBody {
  body: string;
  etag: string;
  /** A list's next-page cursor, for its Link header (the body is sent as rendered, never re-parsed). */
  nextCursor?: string | null;
}

export interface RoleListQuery {
  q?: string;
  category?: string;
  limit?: number;
  cursor?: string;
}

const CONTENT_FIELDS = [
  'title',
  'category',
  'summary',
  'description',
  'responsibilities',
  'levels',
  'requirements',
] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CACHE_TTL_MS = 60_000;

/**
 * Job-role templates: public reads served from an in-process cache (cleared in every process when the
 * catalog changes), platform-admin drafts and publishing, the read-side API for assessments, catalog sync.
 */
@Injectable()
export class RolesService {
  private readonly pages = new LruCache<PageVariants | null>(1_000, CACHE_TTL_MS);
  private readonly lists = new LruCache<CachedBody>(500, CACHE_TTL_MS);

  constructor(
    @InjectRepository(RoleTemplateEntity) private readonly roles: Repository<RoleTemplateEntity>,
    @InjectRepository(RoleTemplateVersionEntity)
    private readonly versions: Repository<RoleTemplateVersionEntity>,
    private readonly tx: TransactionRunner,
    private readonly skills: SkillsService,
    private readonly changes: CatalogChanges,
  ) {
    changes.subscribe(() => {
      this.pages.clear();
      this.lists.clear();
    });
  }

  // ---- public reads -------------------------------------------------------------------------------------

  /** The public page of a published, not archived role, rendered once per cache lifetime; null if none. */
  publicPage(slug: string): Promise<PageVariants | null> {
    if (!SLUG.test(slug) || slug.length > 80) return Promise.resolve(null);
    return this.pages.get(slug, () => this.renderPage(slug));
  }

  /** A page of the public role list (search over title and summary, category filter), rendered and cached. */
  publicList(query: RoleListQuery): Promise<CachedBody> {
    const q = query.q?.trim().toLowerCase() || undefined;
    const key = JSON.stringify([q ?? null, query.category ?? null, query.limit ?? 20, query.cursor ?? null]);
    return this.lists.get(key, () => this.renderList({ ...query, q }));
  }

  private async renderPage(slug: string): Promise<PageVariants | null> {
    const role = await this.loadPublished({ slug });
    if (!role) return null;
    const skills = await this.skills.bySlugs(role.requirements.map((r) => r.skill));
    // Rendered, tagged and compressed once per published version (the cache is cleared on every change).
    const page = JSON.stringify({
      slug: role.slug,
      title: role.title,
      category: role.category,
      summary: role.summary,
      description: role.description,
      responsibilities: role.responsibilities,
      requirements: role.requirements.map((r) => {
        const skill = skills.get(r.skill);
        return {
          skill: { slug: r.skill, name: skill?.name ?? r.skill, category: skill?.category ?? 'other' },
          importance: r.importance,
          description: r.description,
          expectedProficiency: r.expectedProficiency,
        };
      }),
      levels: role.levels,
      version: role.version,
      publishedAt: role.publishedAt,
    });
    return pageVariants(page);
  }

  private async renderList(query: RoleListQuery): Promise<CachedBody> {
    const limit = query.limit ?? 20;
    const after = decodeCursor(
      query.cursor,
      (v): v is [string, string] =>
        Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string'),
    );
    const params: unknown[] = [];
    const where = ['r.archived_at IS NULL'];
    if (query.q) {
      params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(v.title ILIKE $${params.length} OR v.summary ILIKE $${params.length})`);
    }
    if (query.category) {
      params.push(query.category);
      where.push(`v.category = $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(v.title, r.slug) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(limit + 1);
    const rows: { slug: string; title: string; category: string; summary: string }[] = await this.roles.query(
      `SELECT r.slug, v.title, v.category, v.summary
         FROM role_templates r JOIN role_template_versions v ON v.id = r.published_version_id
        WHERE ${where.join(' AND ')}
        ORDER BY v.title, r.slug
        LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit ? encodeCursor([last.title, last.slug]) : null;
    return { ...rendered({ items: page.map((r) => ({ ...r, levels: LEVELS })), nextCursor }), nextCursor };
  }

  // ---- read-side API for assessments ---------------------------------------------------------------------

  /** The published version of a role that is not archived (what a new assessment is composed from), or null. */
  getPublished(slug: string): Promise<PublishedRole | null> {
    return this.loadPublished({ slug });
  }

  /** A published version by id, archived role or not (what an existing assessment points at), or null. */
  async getVersion(versionId: string): Promise<PublishedRole | null> {
    if (!isUuid(versionId)) return null;
    const version = await this.versions.findOneBy({ id: versionId, status: 'published' });
    if (!version) return null;
    const role = await this.roles.findOneByOrFail({ id: version.roleTemplateId });
    return toPublished(role, version);
  }

  private async loadPublished(by: { slug: string }): Promise<PublishedRole | null> {
    const role = await this.roles.findOneBy({ slug: by.slug });
    if (!role || role.archivedAt || !role.publishedVersionId) return null;
    const version = await this.versions.findOneByOrFail({ id: role.publishedVersionId });
    return toPublished(role, version);
  }

  // ---- platform admin ------------------------------------------------------------------------------------

  async adminList(): Promise<AdminRoleView[]> {
    const roles = await this.roles.find({ order: { slug: 'ASC' } });
    const ids = roles
      .flatMap((r) => [r.publishedVersionId, r.draftVersionId])
      .filter((id): id is string => !!id);
    const versions = new Map((await this.versions.findBy({ id: In(ids) })).map((v) => [v.id, v]));
    return roles.map((r) => toAdminView(r, versions));
  }

  async adminGet(slug: string): Promise<AdminRoleView> {
    const role = await this.roles.findOneBy({ slug });
    if (!role) throw notFound('role');
    const ids = [role.publishedVersionId, role.draftVersionId].filter((id): id is string => !!id);
    const versions = new Map((await this.versions.findBy({ id: In(ids) })).map((v) => [v.id, v]));
    return toAdminView(role, versions);
  }

  /** Creates a role with a first draft (not public until published). */
  async create(slug: string, input: Record<string, unknown>): Promise<AdminRoleView> {
    const content = await this.validate(pickContent(input));
    const taken = () => conflict(RolesProblem.RoleExists, `A role with slug "${slug}" already exists.`);
    if (await this.roles.existsBy({ slug })) throw taken();
    try {
      await this.tx.run(async (m) => {
        const role = m.create(RoleTemplateEntity, {
          id: newId(),
          slug,
          publishedVersionId: null,
          archivedAt: null,
          sourceHash: null,
        });
        const draft = versionRow(role.id, content, null);
        role.draftVersionId = draft.id;
        await m.insert(RoleTemplateEntity, role);
        await insertVersion(m, draft);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
    return this.adminGet(slug);
  }

  /**
   * Edits the role's draft, starting one from the published version when there is none. Given fields
   * replace the draft's (lists as a whole); the result is validated as a whole. Published versions never change.
   */
  async editDraft(slug: string, edit: Record<string, unknown>): Promise<AdminRoleView> {
    await this.tx.run(async (m) => {
      const role = await this.lockRole(m, slug);
      const draft = role.draftVersionId
        ? await m.findOneByOrFail(RoleTemplateVersionEntity, { id: role.draftVersionId })
        : null;
      const base =
        draft ?? (await m.findOneByOrFail(RoleTemplateVersionEntity, { id: role.publishedVersionId! }));
      const content = await this.validate({ ...contentOf(base), ...pickContent(edit) });
      if (draft) {
        Object.assign(draft, versionColumns(content));
        await m.save(RoleTemplateVersionEntity, draft);
      } else {
        const created = versionRow(role.id, content, null);
        await insertVersion(m, created);
        await m.update(
          RoleTemplateEntity,
          { id: role.id },
          { draftVersionId: created.id, updatedAt: new Date() },
        );
      }
    });
    return this.adminGet(slug);
  }

  /** The draft becomes the next published version; every process's cache is cleared. */
  async publish(slug: string): Promise<AdminRoleView> {
    await this.tx.run(async (m) => {
      const role = await this.lockRole(m, slug);
      if (!role.draftVersionId) throw conflict(RolesProblem.NoDraft, 'The role has no draft to publish.');
      await this.publishVersion(m, role, role.draftVersionId);
    });
    await this.changes.announce();
    return this.adminGet(slug);
  }

  /** Hides the role from the public catalog (and from new assessments); existing assessments keep it. */
  async setArchived(slug: string, archived: boolean): Promise<AdminRoleView> {
    const result = await this.roles.update(
      { slug },
      { archivedAt: archived ? new Date() : null, updatedAt: new Date() },
    );
    if (!result.affected) throw notFound('role');
    await this.changes.announce();
    return this.adminGet(slug);
  }

  private async lockRole(m: EntityManager, slug: string): Promise<RoleTemplateEntity> {
    const role = await m.findOne(RoleTemplateEntity, {
      where: { slug },
      lock: { mode: 'pessimistic_write' },
    });
    if (!role) throw notFound('role');
    return role;
  }

  private async publishVersion(
    m: EntityManager,
    role: RoleTemplateEntity,
    versionId: string,
  ): Promise<number> {
    const next = await nextVersion(m, role.id);
    await m.update(
      RoleTemplateVersionEntity,
      { id: versionId },
      { status: 'published', version: next, publishedAt: new Date(), updatedAt: new Date() },
    );
    const draftVersionId = role.draftVersionId === versionId ? null : role.draftVersionId;
    await m.update(
      RoleTemplateEntity,
      { id: role.id },
      { publishedVersionId: versionId, draftVersionId, updatedAt: new Date() },
    );
    return next;
  }

  private async validate(input: Record<string, unknown>): Promise<RoleContent> {
    const skills = await this.skills.slugs();
    const result = validateRoleContent(input, { skillExists: (s) => skills.has(s) });
    if (!result.ok) throw new ValidationProblem(result.errors, 'The role is not valid.');
    return result.value;
  }

  // ---- catalog sync --------------------------------------------------------------------------------------

  /**
   * Makes the catalog's roles exist and published as shipped: a new slug becomes a role with version 1, a
   * file changed since the last sync becomes the next published version (earlier versions stay for the
   * assessments that use them). Unchanged files are not touched, so an admin's later publish survives;
   * an admin's draft and the archived flag are left alone.
   */
  async syncFromCatalog(
    manager: EntityManager,
    catalog: (RoleContent & { slug: string })[],
  ): Promise<SyncCounts> {
    const counts: SyncCounts = { created: 0, updated: 0, unchanged: 0 };
    const existing = new Map(
      (
        await manager.find(RoleTemplateEntity, {
          where: { slug: In(catalog.map((r) => r.slug)) },
          lock: { mode: 'pessimistic_write' },
        })
      ).map((r) => [r.slug, r]),
    );
    for (const { slug, ...content } of catalog) {
      const hash = contentHash({ slug, ...content });
      const role = existing.get(slug);
      if (!role) {
        const created = manager.create(RoleTemplateEntity, {
          id: newId(),
          slug,
          draftVersionId: null,
          archivedAt: null,
          sourceHash: hash,
        });
        const version = versionRow(created.id, content, 1);
        created.publishedVersionId = version.id;
        await manager.insert(RoleTemplateEntity, created);
        await insertVersion(manager, version);
        counts.created++;
      } else if (role.sourceHash !== hash) {
        const version = versionRow(role.id, content, await nextVersion(manager, role.id));
        await insertVersion(manager, version);
        await manager.update(
          RoleTemplateEntity,
          { id: role.id },
          { publishedVersionId: version.id, sourceHash: hash, updatedAt: new Date() },
        );
        counts.updated++;
      } else counts.unchanged++;
    }
    return counts;
  }
}

function rendered(value: unknown): CachedBody {
  const body = JSON.stringify(value);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

function pickContent(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CONTENT_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]));
}

function contentOf(v: RoleTemplateVersionEntity): RoleContent {
  return {
    title: v.title,
    category: v.category,
    summary: v.summary,
    description: v.description,
    responsibilities: v.responsibilities,
    levels: v.levels,
    requirements: v.requirements,
  };
}

function versionColumns(content: RoleContent) {
  return { ...content, contentHash: contentHash(content) };
}

/** A new version row; `version` given = published right away (catalog sync), null = a draft. */
function versionRow(
  roleTemplateId: string,
  content: RoleContent,
  version: number | null,
): RoleTemplateVersionEntity {
  return Object.assign(new RoleTemplateVersionEntity(), {
    id: newId(),
    roleTemplateId,
    version,
    status: version === null ? 'draft' : 'published',
    publishedAt: version === null ? null : new Date(),
    ...versionColumns(content),
  });
}

function insertVersion(m: EntityManager, row: RoleTemplateVersionEntity) {
  // TypeORM's insert typing cannot follow the JSON columns' nested records; the row is complete.
  return m.insert(RoleTemplateVersionEntity, row as never);
}

async function nextVersion(m: EntityManager, roleTemplateId: string): Promise<number> {
  const [{ next }] = (await m.query(
    `SELECT COALESCE(MAX(version), 0) + 1 AS next FROM role_template_versions WHERE role_template_id = $1`,
    [roleTemplateId],
  )) as { next: number }[];
  return next;
}

function toPublished(role: RoleTemplateEntity, v: RoleTemplateVersionEntity): PublishedRole {
  return {
    roleId: role.id,
    versionId: v.id,
    slug: role.slug,
    title: v.title,
    category: v.category,
    summary: v.summary,
    description: v.description,
    responsibilities: v.responsibilities,
    version: v.version!,
    publishedAt: v.publishedAt!.toISOString(),
    levels: v.levels,
    requirements: v.requirements.map((r) => ({
      skill: r.skill,
      importance: r.importance,
      description: r.description,
      expectedProficiency: r.expectedProficiency,
    })),
  };
}

function toVersionView(v: RoleTemplateVersionEntity): RoleVersionView {
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    ...contentOf(v),
    publishedAt: v.publishedAt?.toISOString() ?? null,
    updatedAt: v.updatedAt.toISOString(),
  };
}

function toAdminView(
  role: RoleTemplateEntity,
  versions: Map<string, RoleTemplateVersionEntity>,
): AdminRoleView {
  const published = role.publishedVersionId ? versions.get(role.publishedVersionId) : undefined;
  const draft = role.draftVersionId ? versions.get(role.draftVersionId) : undefined;
  return {
    slug: role.slug,
    archived: role.archivedAt !== null,
    published: published ? toVersionView(published) : null,
    draft: draft ? toVersionView(draft) : null,
  };
}
