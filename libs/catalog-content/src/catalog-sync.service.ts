import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssayConfig } from '@assay/core';
import { CatalogChanges, QuestionBankService, SkillsService, SyncCounts } from '@assay/requirements';
import { RolesService } from '@assay/roles';
import { catalogFingerprint, shippedCatalog } from './catalog-loader';
import type { Catalog } from './catalog.types';

// Arbitrary constant shared by every Assay process, so replicas starting together sync once.
const CATALOG_SYNC_LOCK_KEY = 7_317_002;

export interface CatalogSyncReport {
  /** True when the catalog's hash matched the last sync and nothing was read or written. */
  unchanged: boolean;
  skills?: SyncCounts;
  questions?: SyncCounts;
  roles?: SyncCounts;
  ms: number;
}

/**
 * Syncs the shipped catalog into the database when the API starts (after migrations), under a PostgreSQL
 * advisory lock so replicas do not race, in one transaction. Idempotent and keyed by skill slug, role slug
 * and question key; when the whole catalog's hash equals the last synced one it is a single query.
 * Switched off with CATALOG_SYNC=false.
 */
@Injectable()
export class CatalogSyncService implements OnApplicationBootstrap {
  private readonly logger = new Logger('CatalogSync');

  constructor(
    private readonly config: AssayConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly skills: SkillsService,
    private readonly questions: QuestionBankService,
    private readonly roles: RolesService,
    private readonly changes: CatalogChanges,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.catalogSync) return;
    const report = await this.syncShipped();
    if (!report.unchanged) this.logger.log({ ...report }, 'shipped catalog synced');
  }

  /** Syncs the data files, loading and validating them only when their fingerprint changed. */
  async syncShipped(): Promise<CatalogSyncReport> {
    const started = performance.now();
    const state: { content_hash: string }[] = await this.dataSource.query(
      `SELECT content_hash FROM catalog_sync_state WHERE id = 'shipped'`,
    );
    if (state[0]?.content_hash === catalogFingerprint()) {
      return { unchanged: true, ms: Math.round(performance.now() - started) };
    }
    return this.sync(shippedCatalog());
  }

  /**
   * Syncs `catalog`. `source` names the row that remembers its last synced hash ('shipped' for the data
   * files); keys missing from `catalog` are archived, so a catalog passed here is always complete.
   */
  async sync(catalog: Catalog, source = 'shipped'): Promise<CatalogSyncReport> {
    const started = performance.now();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [CATALOG_SYNC_LOCK_KEY]);
      const state: { content_hash: string }[] = await runner.query(
        `SELECT content_hash FROM catalog_sync_state WHERE id = $1`,
        [source],
      );
      if (state[0]?.content_hash === catalog.hash) {
        return { unchanged: true, ms: Math.round(performance.now() - started) };
      }
      await runner.startTransaction();
      try {
        const m = runner.manager;
        // Skills first: roles and question versions refer to them.
        const skills = await this.skills.syncFromCatalog(m, catalog.skills);
        const questions = await this.questions.syncFromCatalog(m, catalog.questions);
        const roles = await this.roles.syncFromCatalog(m, catalog.roles);
        const report = { skills, questions, roles };
        await m.query(
          `INSERT INTO catalog_sync_state (id, content_hash, report, synced_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (id) DO UPDATE SET content_hash = EXCLUDED.content_hash, report = EXCLUDED.report,
             synced_at = EXCLUDED.synced_at`,
          [source, catalog.hash, JSON.stringify(report)],
        );
        await runner.commitTransaction();
        await this.changes.announce();
        return { unchanged: false, ...report, ms: Math.round(performance.now() - started) };
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [CATALOG_SYNC_LOCK_KEY]).catch(() => undefined);
      await runner.release();
    }
  }
}
