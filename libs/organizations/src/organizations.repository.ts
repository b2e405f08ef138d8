import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { newId, randomToken } from '@assay/core';
import { OrganizationEntity } from './organization.entity';
import { firstFreeSlug } from './slug';

/** Organizations are the tenants themselves: read by the caller's own organization id. */
@Injectable()
export class OrganizationsRepository {
  constructor(@InjectRepository(OrganizationEntity) private readonly repo: Repository<OrganizationEntity>) {}

  private r(manager?: EntityManager): Repository<OrganizationEntity> {
    return manager ? manager.getRepository(OrganizationEntity) : this.repo;
  }

  findById(organizationId: string, manager?: EntityManager): Promise<OrganizationEntity | null> {
    return this.r(manager).findOneBy({ id: organizationId });
  }

  /** Locks the organization row: serializes changes that must see a consistent set of owners. */
  async lock(manager: EntityManager, organizationId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT id FROM organizations WHERE id = $1 FOR UPDATE`, [
      organizationId,
    ]);
    return rows.length > 0;
  }

  /** Slugs equal to `base` or `base-<n>`, to pick the next free one. */
  async slugsLike(manager: EntityManager, base: string): Promise<Set<string>> {
    const rows: { slug: string }[] = await manager.query(
      `SELECT slug FROM organizations WHERE slug = $1 OR slug ~ ('^' || $1 || '-[0-9]+$')`,
      [base],
    );
    return new Set(rows.map((r) => r.slug));
  }

  /**
   * Inserts an organization under the first free slug from `base` (`base`, `base-2`, …). ON CONFLICT keeps
   * the transaction alive when a concurrent signup takes the same slug first; the next candidate is tried.
   */
  async insertWithFreeSlug(
    manager: EntityManager,
    name: string,
    base: string,
    reserved: ReadonlySet<string>,
  ): Promise<OrganizationEntity> {
    const taken = new Set([...reserved, ...(await this.slugsLike(manager, base))]);
    for (let attempt = 0; attempt < 20; attempt++) {
      const slug = attempt < 19 ? firstFreeSlug(base, taken) : `${base}-${randomToken(4).toLowerCase()}`;
      const rows: OrganizationEntity[] = await manager.query(
        `INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3)
         ON CONFLICT (slug) DO NOTHING
         RETURNING id`,
        [newId(), name, slug],
      );
      if (rows.length) return (await this.findById(rows[0].id, manager))!;
      taken.add(slug);
    }
    throw new Error('no free organization slug after 20 attempts');
  }

  /** Records who signed up with the organization (inserted before its owner, so set afterwards). */
  async setCreator(manager: EntityManager, organizationId: string, userId: string): Promise<void> {
    await manager.query(`UPDATE organizations SET created_by_user_id = $2 WHERE id = $1`, [
      organizationId,
      userId,
    ]);
  }

  async update(
    organizationId: string,
    changes: Partial<Pick<OrganizationEntity, 'name' | 'slug' | 'candidateRetentionMonths'>>,
    m: EntityManager = this.repo.manager,
  ): Promise<OrganizationEntity | null> {
    if (Object.keys(changes).length) await m.update(OrganizationEntity, { id: organizationId }, changes);
    return m.findOneBy(OrganizationEntity, { id: organizationId });
  }

  async slugTaken(slug: string, exceptOrganizationId: string): Promise<boolean> {
    const rows: unknown[] = await this.repo.query(
      `SELECT 1 FROM organizations WHERE slug = $1 AND id <> $2`,
      [slug, exceptOrganizationId],
    );
    return rows.length > 0;
  }

  /** Platform admins only: every organization, by id. */
  listAll(limit: number, after?: string): Promise<OrganizationEntity[]> {
    const query = this.repo
      .createQueryBuilder('o')
      .orderBy('o.id', 'ASC')
      .limit(limit + 1);
    if (after) query.where('o.id > :after', { after });
    return query.getMany();
  }
}
