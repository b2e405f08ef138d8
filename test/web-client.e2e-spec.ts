import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApi } from '@assay/testing';

const CLIENT_TYPES_PATH = 'apps/web/src/api/schema.gen.ts';

const ROOT = path.resolve(__dirname, '..');

/** The generator itself (scripts/web-client.ts), run in Node: its ESM dependencies do not load in Jest. */
function renderClientTypes(document: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'assay-openapi-'));
  try {
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    return execFileSync(process.execPath, ['-r', './scripts/ts-register.js', 'scripts/web-client.ts', file], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sourcesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourcesOf(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The web app's typed client is generated from this API's own OpenAPI document and must match it. */
describe('web app API client', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startApi();
  }, 60_000);

  afterAll(() => app?.close());

  it('is up to date with /docs-json (run `npm run generate:client` after changing the API)', async () => {
    const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
    expect(res.statusCode).toBe(200);
    const expected = renderClientTypes(res.json());
    const checkedIn = readFileSync(path.join(ROOT, CLIENT_TYPES_PATH), 'utf8');
    // A plain equality check would print 130 kB; say where they first differ instead.
    if (checkedIn !== expected) {
      let i = 0;
      while (i < expected.length && checkedIn[i] === expected[i]) i++;
      throw new Error(
        `${CLIENT_TYPES_PATH} is out of date at character ${i}:\n` +
          `checked in: ${JSON.stringify(checkedIn.slice(i, i + 200))}\n` +
          `generated:  ${JSON.stringify(expected.slice(i, i + 200))}\n` +
          'Run `npm run generate:client`.',
      );
    }
  });

  it('is the only way the web app reaches the API (no raw fetch or XMLHttpRequest)', () => {
    const offenders = sourcesOf(path.join(ROOT, 'apps/web/src'))
      .filter((file) => !file.endsWith('schema.gen.ts'))
      .filter((file) =>
        /\bfetch\s*\(|XMLHttpRequest|\baxios\b|navigator\.sendBeacon/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
