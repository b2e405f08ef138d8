import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, FindManyOptions, FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
/** Any entity with an organization column (some child rows carry it without the base class's columns). */
type OrganizationOwned = { organizationId: string };

/**
 * SQL over organization-owned rows. The type admits only a literal that filters on `organization_id = $1`
 * (under any table alias), so a statement without the organization does not compile, and a statement
 * assembled at run time (a `string`) does not either. `OrganizationDb` binds $1 itself, from its first
 * argument: callers cannot pass another value there.
 */
export type OrganizationSql = `${string}organization_id = $1${string}`;

/** The same rule checked when the statement runs: `$1` exactly (not `$10`), after `organization_id =`. */
const FILTERS_ON_ORGANIZATION = /\borganization_id\s*=\s*\$1(?!\d)/;

export function assertOrganizationSql(sql: string): asserts sql is OrganizationSql {
  if (!FILTERS_ON_ORGANIZATION.test(sql)) {
    throw new Error('organization-scoped SQL must filter on organization_id = $1');
  }
}

/**
 * A statement assembled at run time from constant fragments (e.g. a sort column chosen from a whitelist),
 * checked for its organization filter when it is built. Every use is listed in organization-scoping.spec.ts.
 */
export function assembledOrganizationSql(sql: string): OrganizationSql {
  assertOrganizationSql(sql);
  return sql;
}

/**
 * The way into organization-owned tables for code that serves a member or an API key (docs/decisions/1601):
 * every method takes the organization id first, and raw SQL must filter on it as `$1`. Code that works
 * across organizations by design (grading jobs, retention sweeps, candidate requests scoped by their
 * invitation token) is listed, with its reason, in `organization-scoping.spec.ts`.
 */
@Injectable()
export class OrganizationDb {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `sql` with the organization id as `$1` and `params` as `$2…`. */
  query<R = Record<string, unknown>>(
    organizationId: string,
    sql: OrganizationSql,
    params: readonly unknown[] = [],
    m: EntityManager = this.db.manager,
  ): Promise<R[]> {
    assertOrganizationSql(sql);
    return m.query(sql, [organizationId, ...params]);
  }

  /** Runs a write (UPDATE/DELETE … RETURNING or not) and returns the number of rows it touched. */
  async execute(
    organizationId: string,
    sql: OrganizationSql,
    params: readonly unknown[] = [],
    m: EntityManager = this.db.manager,
  ): Promise<number> {
    assertOrganizationSql(sql);
    const result: unknown = await m.query(sql, [organizationId, ...params]);
    // pg answers UPDATE/DELETE through TypeORM as [rows, count]; INSERT … RETURNING and SELECT as rows.
    if (Array.isArray(result) && result.length === 2 && typeof result[1] === 'number') return result[1];
    return Array.isArray(result) ? result.length : 0;
  }

  find<T extends OrganizationOwned>(
    organizationId: string,
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T> = {},
    options: Omit<FindManyOptions<T>, 'where'> = {},
    m: EntityManager = this.db.manager,
  ): Promise<T[]> {
    return m.find(entity, { ...options, where: { ...where, organizationId } as FindOptionsWhere<T> });
  }

  findOne<T extends OrganizationOwned>(
    organizationId: string,
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T>,
    m: EntityManager = this.db.manager,
    options: Omit<FindManyOptions<T>, 'where'> = {},
  ): Promise<T | null> {
    return m.findOne(entity, { ...options, where: { ...where, organizationId } as FindOptionsWhere<T> });
  }

  /** Updates the organization's rows matching `where`; returns how many changed. */
  async update<T extends OrganizationOwned>(
    organizationId: string,
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T>,
    patch: QueryDeepPartialEntity<T>,
    m: EntityManager = this.db.manager,
  ): Promise<number> {
    const result = await m.update(entity, { ...where, organizationId } as FindOptionsWhere<T>, patch);
    return result.affected ?? 0;
  }

  /** Deletes the organization's rows matching `where`; returns how many went. */
  async delete<T extends OrganizationOwned>(
    organizationId: string,
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T>,
    m: EntityManager = this.db.manager,
  ): Promise<number> {
    const result = await m.delete(entity, { ...where, organizationId } as FindOptionsWhere<T>);
    return result.affected ?? 0;
  }

  count<T extends OrganizationOwned>(
    organizationId: string,
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T> = {},
    m: EntityManager = this.db.manager,
  ): Promise<number> {
    return m.count(entity, { where: { ...where, organizationId } as FindOptionsWhere<T> });
  }
}
