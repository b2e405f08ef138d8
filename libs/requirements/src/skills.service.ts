import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { conflict, notFound } from '@assay/core';
import { isUniqueViolation } from '@assay/persistence';
import { CatalogChanges } from './catalog-changes';
import { contentHash } from './content-hash';
import { LruCache } from './lru-cache';
import { SkillEntity } from './skill.entity';
import { RequirementsProblem } from './requirements.problems';

export interface Skill {
  slug: string;
  name: string;
  category: string;
  description: string;
}

export interface SyncCounts {
  created: number;
  updated: number;
  unchanged: number;
  archived?: number;
}

const toSkill = (s: SkillEntity): Skill => ({
  slug: s.slug,
  name: s.name,
  category: s.category,
  description: s.description,
});

/** The skills taxonomy: public list (cached in process), platform-admin edits, catalog sync. */
@Injectable()
export class SkillsService {
  private readonly cache = new LruCache<Skill[]>(1, 5 * 60_000);

  constructor(
    @InjectRepository(SkillEntity) private readonly skills: Repository<SkillEntity>,
    private readonly changes: CatalogChanges,
  ) {
    changes.subscribe(() => this.cache.clear());
  }

  /** Every skill, by category then name. */
  list(): Promise<Skill[]> {
    return this.cache.get('all', async () =>
      (await this.skills.find({ order: { category: 'ASC', name: 'ASC' } })).map(toSkill),
    );
  }

  async slugs(): Promise<Set<string>> {
    return new Set((await this.list()).map((s) => s.slug));
  }

  /** The named skills, by slug (unknown slugs are absent). */
  async bySlugs(slugs: string[]): Promise<Map<string, Skill>> {
    const wanted = new Set(slugs);
    return new Map((await this.list()).filter((s) => wanted.has(s.slug)).map((s) => [s.slug, s]));
  }

  async get(slug: string): Promise<Skill> {
    const skill = (await this.list()).find((s) => s.slug === slug);
    if (!skill) throw notFound('skill');
    return skill;
  }

  async create(input: Skill): Promise<Skill> {
    const entity = this.skills.create({ ...input, sourceHash: null });
    const taken = () =>
      conflict(RequirementsProblem.SkillExists, `A skill with slug "${input.slug}" already exists.`);
    if (await this.skills.existsBy({ slug: input.slug })) throw taken();
    try {
      await this.skills.insert(entity);
    } catch (error) {
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
    await this.changes.announce();
    return toSkill(entity);
  }

  async update(slug: string, edit: Partial<Omit<Skill, 'slug'>>): Promise<Skill> {
    const entity = await this.skills.findOneBy({ slug });
    if (!entity) throw notFound('skill');
    Object.assign(entity, Object.fromEntries(Object.entries(edit).filter(([, v]) => v !== undefined)));
    await this.skills.save(entity);
    await this.changes.announce();
    return toSkill(entity);
  }

  /**
   * Makes the catalog's skills exist as shipped. A skill whose file entry is unchanged since the last sync
   * is left alone, so an admin's edit survives restarts; a changed entry overwrites it. Never deletes.
   */
  async syncFromCatalog(manager: EntityManager, catalog: Skill[]): Promise<SyncCounts> {
    const counts: SyncCounts = { created: 0, updated: 0, unchanged: 0 };
    const existing = new Map(
      (await manager.find(SkillEntity, { where: { slug: In(catalog.map((s) => s.slug)) } })).map((s) => [
        s.slug,
        s,
      ]),
    );
    const inserts: SkillEntity[] = [];
    for (const skill of catalog) {
      const hash = contentHash(skill);
      const row = existing.get(skill.slug);
      if (!row) {
        inserts.push(manager.create(SkillEntity, { ...skill, sourceHash: hash }));
        counts.created++;
      } else if (row.sourceHash !== hash) {
        await manager.update(
          SkillEntity,
          { id: row.id },
          { ...skill, sourceHash: hash, updatedAt: new Date() },
        );
        counts.updated++;
      } else counts.unchanged++;
    }
    if (inserts.length) await manager.insert(SkillEntity, inserts);
    return counts;
  }
}
