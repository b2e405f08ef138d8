import { Global, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { SqlSandbox } from '@assay/grading';
import { SqlFixtureCheck } from './sql-fixture-check';

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

/**
 * For the API process: authored SQL schemas are built in the sandbox. Global because QuestionBankService
 * takes the check optionally and is provided by RequirementsModule, imported by several modules; the worker
 * does not import this (its catalog sync validates without building fixtures, as before).
 */
@Global()
@Module({
  providers: [{ provide: SqlFixtureCheck, useClass: SandboxSqlFixtureCheck }],
  exports: [SqlFixtureCheck],
})
export class SqlFixtureCheckModule {}
