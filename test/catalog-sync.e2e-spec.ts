import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  Catalog,
  CatalogQuestion,
  CatalogRole,
  CatalogSyncService,
  shippedCatalog,
} from '@assay/catalog-content';
import { QuestionBankService, contentHash } from '@assay/requirements';
import { RolesService } from '@assay/roles';
import { Http, makePlatformAdmin, signUp, startApi } from '@assay/testing';

jest.setTimeout(60_000);

/**
 * The shipped catalog in the database, and the sync's rules. Syncs of test catalogs (the shipped one plus
 * items with unique keys) are recorded under their own source name, so API instances of other test files
 * still see the shipped catalog as synced.
 */
describe('catalog sync', () => {
  let app: NestFastifyApplication;
  let ds: DataSource;
  let sync: CatalogSyncService;

  beforeAll(async () => {
    app = await startApi();
    ds = app.get(DataSource);
    sync = app.get(CatalogSyncService);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has the whole shipped catalog in the database after start', async () => {
    const catalog = shippedCatalog();
    const [{ n: skills }] = await ds.query(
      `SELECT count(*)::int AS n FROM skills WHERE source_hash IS NOT NULL`,
    );
    expect(skills).toBe(catalog.skills.length);
    const keys: { catalog_key: string; status: string }[] = await ds.query(
      `SELECT catalog_key, status FROM questions WHERE catalog_key = ANY($1)`,
      [catalog.questions.map((q) => q.key)],
    );
    expect(keys).toHaveLength(catalog.questions.length);
    expect(keys.every((k) => k.status === 'active')).toBe(true);
    for (const role of catalog.roles) {
      expect((await app.get(RolesService).getPublished(role.slug))?.title).toBe(role.title);
    }
    const [state] = await ds.query(`SELECT content_hash FROM catalog_sync_state WHERE id = 'shipped'`);
    expect(state.content_hash).toBe(catalog.hash);
  });

  it('does nothing when the catalog has not changed', async () => {
    const report = await sync.sync(shippedCatalog());
    expect(report.unchanged).toBe(true);
  });

  it('adds, versions and archives by key, never mutating what an assessment uses', async () => {
    const source = `e2e-${randomBytes(4).toString('hex')}`;
    const tag = randomBytes(4).toString('hex');
    const shipped = shippedCatalog();
    const question = (n: number, prompt: string): CatalogQuestion => ({
      key: `node-js-e2e${tag}-${String(n).padStart(3, '0')}`,
      file: 'questions/node-js.e2e.json',
      content: {
        type: 'numeric',
        skill: 'node-js',
        difficulty: 2,
        prompt,
        points: 1,
        timeEstimateSeconds: 60,
        answerKey: { value: 4, tolerance: 0 },
      },
    });
    const baseRole = shipped.roles.find((r) => r.slug === 'back-end-engineer')!;
    const role: CatalogRole = { ...baseRole, slug: `e2e-role-${tag}`, title: `E2E Role ${tag}` };
    const catalogOf = (questions: CatalogQuestion[], roles: CatalogRole[]): Catalog => {
      const c = {
        skills: shipped.skills,
        roles: [...shipped.roles, ...roles],
        questions: [...shipped.questions, ...questions],
        blueprints: shipped.blueprints,
        enemies: shipped.enemies,
      };
      return { ...c, hash: contentHash(c) };
    };
    const q1 = question(1, `How many libuv threads by default? (${tag})`);
    const q2 = question(2, `Second question (${tag})`);

    const first = await sync.sync(catalogOf([q1, q2], [role]), source);
    expect(first).toMatchObject({
      unchanged: false,
      questions: { created: 2, updated: 0, archived: 0, unchanged: shipped.questions.length },
      roles: { created: 1, updated: 0, unchanged: shipped.roles.length },
      skills: { created: 0, updated: 0 },
    });
    const bank = app.get(QuestionBankService);
    const [row1] = await ds.query(`SELECT id, latest_version_id FROM questions WHERE catalog_key = $1`, [
      q1.key,
    ]);
    await ds.transaction((m) => bank.markUsed(m, [row1.latest_version_id]));
    const roleV1 = await app.get(RolesService).getPublished(role.slug);
    expect(roleV1).toMatchObject({ version: 1, title: role.title });

    // q1 changes, q2 is no longer shipped, the role changes.
    const changedQ1 = { ...q1, content: { ...q1.content, prompt: `Changed (${tag})` } };
    const second = await sync.sync(
      catalogOf([changedQ1], [{ ...role, title: `E2E Role ${tag} v2` }]),
      source,
    );
    expect(second).toMatchObject({
      questions: { created: 0, updated: 1, archived: 1 },
      roles: { created: 0, updated: 1 },
    });

    const versions: { version: number; prompt: string; used_at: Date | null }[] = await ds.query(
      `SELECT version, prompt, used_at FROM question_versions WHERE question_id = $1 ORDER BY version`,
      [row1.id],
    );
    expect(versions.map((v) => [v.version, v.prompt, v.used_at !== null])).toEqual([
      [1, q1.content.prompt, true],
      [2, `Changed (${tag})`, false],
    ]);
    const [archived] = await ds.query(`SELECT status FROM questions WHERE catalog_key = $1`, [q2.key]);
    expect(archived.status).toBe('archived');
    expect(await app.get(RolesService).getPublished(role.slug)).toMatchObject({
      version: 2,
      title: `E2E Role ${tag} v2`,
    });
    expect(await app.get(RolesService).getVersion(roleV1!.versionId)).toMatchObject({
      version: 1,
      title: role.title,
    });

    // An admin's edit of a shipped question survives later syncs while its file entry is unchanged.
    const http = new Http(app);
    const admin = await makePlatformAdmin(app, await signUp(http));
    const edit = await http.patch(
      `/api/v1/admin/questions/${row1.id}`,
      { difficulty: 3, points: 2 },
      { token: admin.accessToken },
    );
    expect(edit.status).toBe(200);
    const third = await sync.sync(
      catalogOf([changedQ1, question(3, `Third (${tag})`)], [{ ...role, title: `E2E Role ${tag} v2` }]),
      source,
    );
    expect(third).toMatchObject({ questions: { created: 1, updated: 0 }, roles: { updated: 0 } });
    const [after] = await ds.query(
      `SELECT v.difficulty FROM questions q JOIN question_versions v ON v.id = q.latest_version_id WHERE q.id = $1`,
      [row1.id],
    );
    expect(after.difficulty).toBe(3);

    // Shipped content is untouched by all of this.
    const [backEnd] = await ds.query(
      `SELECT count(*)::int AS n FROM questions WHERE catalog_key LIKE 'node-js-%' AND catalog_key NOT LIKE '%e2e%' AND status = 'active'`,
    );
    expect(backEnd.n).toBe(shipped.questions.filter((q) => q.content.skill === 'node-js').length);
    expect((await sync.sync(shipped)).unchanged).toBe(true);
  });

  it('keeps replicas from racing: concurrent syncs of a new catalog apply it once', async () => {
    const source = `e2e-race-${randomBytes(4).toString('hex')}`;
    const shipped = shippedCatalog();
    const key = `node-js-race${randomBytes(3).toString('hex')}-001`;
    const extra: CatalogQuestion = {
      key,
      file: 'questions/node-js.race.json',
      content: {
        type: 'numeric',
        skill: 'node-js',
        difficulty: 1,
        prompt: `Race ${key}?`,
        points: 1,
        timeEstimateSeconds: 60,
        answerKey: { value: 1, tolerance: 0 },
      },
    };
    const c = {
      skills: shipped.skills,
      roles: shipped.roles,
      questions: [...shipped.questions, extra],
      blueprints: shipped.blueprints,
      enemies: shipped.enemies,
    };
    const catalog = { ...c, hash: contentHash(c) };
    const other = await startApi({ CATALOG_SYNC: 'false' });
    try {
      const reports = await Promise.all([
        sync.sync(catalog, source),
        other.get(CatalogSyncService).sync(catalog, source),
      ]);
      expect(reports.filter((r) => r.unchanged)).toHaveLength(1);
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM questions WHERE catalog_key = $1`, [
        key,
      ]);
      expect(n).toBe(1);
    } finally {
      await other.close();
    }
  });
});
