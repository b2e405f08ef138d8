import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { SqlFixtureCheck } from '@assay/requirements';
import { SqlSandbox } from '../sql-sandbox';

/**
 * Builds an authored SQL question's schema in the SQL sandbox (one thread, started on the first SQL
 * question) under the fixture limits grading uses, so an over-limit schema is a field error at authoring.
 */
@Injectable()
export class SandboxSqlFixtureCheck extends SqlFixtureCheck implements OnModuleDestroy {
  private readonly sandbox = new SqlSandbox({ threads: 1 });

  async problem(schema: string): Promise<string | null> {
    const check = await this.sandbox.checkSchema(schema);
    if (check.ok) return null;
    // A schema that is merely wrong (a typo, an unknown table) is the author's too: say what SQLite said.
    return check.message;
  }

  onModuleDestroy(): Promise<void> {
    return this.sandbox.close();
  }
}
