import { FindManyOptions, FindOptionsWhere, Repository } from 'typeorm';
import { notFound } from '@assay/core';
import type { OrganizationOwnedEntity } from './base.entity';

/**
 * Base of every repository of organization-owned rows. Each method takes the organization id first, so
 * there is no way to load such a row by id alone; another organization's id reads exactly like a random one.
 */
export abstract class OrganizationScopedRepository<T extends OrganizationOwnedEntity> {
  protected constructor(
    protected readonly repo: Repository<T>,
    private readonly what: string,
  ) {}

  findById(organizationId: string, id: string): Promise<T | null> {
    return this.repo.findOne({ where: { id, organizationId } as FindOptionsWhere<T> });
  }

  async getById(organizationId: string, id: string): Promise<T> {
    const row = await this.findById(organizationId, id);
    if (!row) throw notFound(this.what);
    return row;
  }

  find(
    organizationId: string,
    where: FindOptionsWhere<T> = {},
    options: Omit<FindManyOptions<T>, 'where'> = {},
  ): Promise<T[]> {
    return this.repo.find({ ...options, where: { ...where, organizationId } as FindOptionsWhere<T> });
  }

  async deleteById(organizationId: string, id: string): Promise<boolean> {
    const result = await this.repo.delete({ id, organizationId } as FindOptionsWhere<T>);
    return (result.affected ?? 0) > 0;
  }
}
