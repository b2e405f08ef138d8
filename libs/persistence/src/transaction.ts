import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/** One way to run work atomically; services take an EntityManager from it instead of a DataSource. */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(
    work: (manager: EntityManager) => Promise<T>,
    isolation: IsolationLevel = 'READ COMMITTED',
  ): Promise<T> {
    // READ COMMITTED is PostgreSQL's default: naming it would cost a SET TRANSACTION round trip per transaction.
    if (isolation === 'READ COMMITTED') return this.dataSource.transaction(work);
    return this.dataSource.transaction(isolation, work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}

/** True for PostgreSQL unique-violation errors, optionally on one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as {
    code?: string;
    driverError?: { code?: string; constraint?: string };
    constraint?: string;
  };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}

/**
 * The rows of an `UPDATE … RETURNING` / `DELETE … RETURNING` run through TypeORM's `query()`, which answers
 * those commands with `[rows, affectedCount]` instead of the rows alone.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
