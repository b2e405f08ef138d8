import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fieldPath, slugSchema, validateQuestionContent, zodFieldErrors } from '@assay/requirements';
import { validateRoleContent } from '@assay/roles';
import { z } from 'zod';
import type {
  Catalog,
  CatalogBlueprint,
  CatalogEnemyGroup,
  CatalogLevel,
  CatalogQuestion,
  CatalogRole,
  CatalogSkill,
} from './catalog.types';

/** Where the shipped data lives, in the sources and in dist/ alike (scripts/copy-assets.js copies it). */
export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', 'data');

/** Bumped when the way content maps to rows changes, so every database re-syncs once. */
export const CATALOG_FORMAT_VERSION = 1;

/** Every problem in the data files, each as `file: path: message`. */
export class CatalogContentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The shipped catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'CatalogContentError';
  }
}

const skillFile = z.array(
  z.strictObject({
    slug: slugSchema,
    name: z.string().trim().min(1).max(100),
    category: slugSchema,
    description: z.string().trim().min(1).max(2_000),
  }),
);

const questionFile = z.strictObject({
  skill: slugSchema,
  questions: z.array(z.looseObject({ key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-\d{3}$/) })).min(1),
});

const practicalCount = z.number().int().min(0).max(10);
const blueprintSchema = z
  .strictObject({
    questionCount: z.number().int().min(1).max(100),
    practical: z.strictObject({ code: practicalCount.optional(), sql: practicalCount.optional() }),
    targetMinutes: z.number().int().min(5).max(600),
    practicalShare: z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]),
  })
  .refine((b) => b.practicalShare[0] <= b.practicalShare[1], {
    message: 'practicalShare must be [min, max] with min ≤ max',
    path: ['practicalShare'],
  })
  .refine((b) => (b.practical.code ?? 0) + (b.practical.sql ?? 0) < b.questionCount, {
    message: 'practical tasks must leave room for other questions',
    path: ['practical'],
  });
const blueprintFile = z.record(
  slugSchema,
  z.strictObject({
    junior: blueprintSchema,
    mid: blueprintSchema,
    senior: blueprintSchema,
    lead: blueprintSchema,
  }),
);
const enemyFile = z.array(
  z.strictObject({
    group: slugSchema,
    keys: z.array(z.string()).min(2).max(20),
    reason: z.string().trim().min(1).max(500),
  }),
);

/**
 * Reads and validates the catalog: `skills.json`, `roles/*.json`, every `questions/*.json`. Each file is
 * checked against its schema and the same rules as the admin API (a role's levels and proficiency, each
 * question type's answer key…), and across files (skills resolve, keys unique). Throws one
 * CatalogContentError listing every problem, or returns the catalog.
 */
export function loadCatalog(dataDir = DEFAULT_DATA_DIR): Catalog {
  const problems: string[] = [];
  const report = (file: string, field: string, message: string) =>
    problems.push(`${file}: ${field}: ${message}`);

  const skills: CatalogSkill[] = [];
  const skillsJson = readJson(dataDir, 'skills.json', problems);
  if (skillsJson !== undefined) {
    const parsed = skillFile.safeParse(skillsJson, { reportInput: true });
    if (!parsed.success)
      zodFieldErrors(parsed.error.issues).forEach((e) => report('skills.json', e.field, e.message));
    else {
      const seen = new Set<string>();
      parsed.data.forEach((skill, i) => {
        if (seen.has(skill.slug)) report('skills.json', `[${i}].slug`, `repeats "${skill.slug}"`);
        seen.add(skill.slug);
        skills.push(skill);
      });
    }
  }
  const skillSlugs = new Set(skills.map((s) => s.slug));
  const skillExists = (slug: string) => skillSlugs.has(slug);

  const roles: CatalogRole[] = [];
  for (const name of jsonFiles(dataDir, 'roles', problems)) {
    const file = `roles/${name}`;
    const json = readJson(dataDir, file, problems);
    if (!isRecord(json)) {
      if (json !== undefined) report(file, '(file)', 'must be a JSON object');
      continue;
    }
    const { slug, ...content } = json;
    const expectedSlug = name.replace(/\.json$/, '');
    if (slug !== expectedSlug) report(file, 'slug', `must equal the file name ("${expectedSlug}")`);
    const result = validateRoleContent(content, { skillExists });
    if (!result.ok) result.errors.forEach((e) => report(file, e.field, e.message));
    else if (slug === expectedSlug) roles.push({ slug: expectedSlug, ...result.value });
  }

  const questions: CatalogQuestion[] = [];
  const keys = new Map<string, string>();
  for (const name of jsonFiles(dataDir, 'questions', problems)) {
    const file = `questions/${name}`;
    const parsed = questionFile.safeParse(readJson(dataDir, file, problems), { reportInput: true });
    if (!parsed.success) {
      zodFieldErrors(parsed.error.issues).forEach((e) => report(file, e.field, e.message));
      continue;
    }
    const { skill, questions: items } = parsed.data;
    const expectedSkill = name.split('.')[0];
    if (skill !== expectedSkill) report(file, 'skill', `must match the file name ("${expectedSkill}")`);
    if (!skillExists(skill)) report(file, 'skill', `is not a skill of skills.json ("${skill}")`);
    items.forEach((item, i) => {
      const { key, ...rest } = item;
      const where = `${fieldPath(['questions', i])} (${key})`;
      if (!key.startsWith(`${skill}-`)) report(file, `${where}.key`, `must start with "${skill}-"`);
      const first = keys.get(key);
      if (first) report(file, `${where}.key`, `is already used in ${first}`);
      keys.set(key, file);
      if ('skill' in rest && rest.skill !== skill)
        report(file, `${where}.skill`, 'must be left out (the file names the skill)');
      const result = validateQuestionContent({ ...rest, skill });
      if (!result.ok) result.errors.forEach((e) => report(file, `${where}.${e.field}`, e.message));
      else questions.push({ key, file, content: result.value });
    });
  }

  // Blueprints (optional file): every role named must exist.
  const blueprints: Catalog['blueprints'] = {};
  if (existsSync(path.join(dataDir, 'blueprints.json'))) {
    const parsed = blueprintFile.safeParse(readJson(dataDir, 'blueprints.json', problems), {
      reportInput: true,
    });
    if (!parsed.success) {
      zodFieldErrors(parsed.error.issues).forEach((e) => report('blueprints.json', e.field, e.message));
    } else {
      const roleSlugs = new Set(roles.map((r) => r.slug));
      for (const [slug, levels] of Object.entries(parsed.data)) {
        if (!roleSlugs.has(slug)) report('blueprints.json', slug, 'is not a role of roles/');
        else blueprints[slug] = levels as Record<CatalogLevel, CatalogBlueprint>;
      }
    }
  }

  // Enemy groups (optional folder): every key must exist; a key may be in several groups.
  const enemies: CatalogEnemyGroup[] = [];
  if (existsSync(path.join(dataDir, 'enemies'))) {
    for (const name of jsonFiles(dataDir, 'enemies', problems)) {
      const file = `enemies/${name}`;
      const parsed = enemyFile.safeParse(readJson(dataDir, file, problems), { reportInput: true });
      if (!parsed.success) {
        zodFieldErrors(parsed.error.issues).forEach((e) => report(file, e.field, e.message));
        continue;
      }
      parsed.data.forEach((g, i) => {
        const unknown = g.keys.filter((k) => !keys.has(k));
        if (unknown.length) report(file, `[${i}].keys`, `unknown question key(s): ${unknown.join(', ')}`);
        if (new Set(g.keys).size !== g.keys.length) report(file, `[${i}].keys`, 'lists a key twice');
        if (!unknown.length) enemies.push({ ...g, file });
      });
    }
  }

  if (problems.length) throw new CatalogContentError(problems);
  questions.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  roles.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { skills, roles, questions, blueprints, enemies, hash: catalogFingerprint(dataDir) };
}

/**
 * SHA-256 of every data file's bytes (and the format version), without parsing or validating anything:
 * a start whose files are unchanged since the last sync stops at this (a few ms for ~1 MB).
 */
export function catalogFingerprint(dataDir = DEFAULT_DATA_DIR): string {
  const hash = createHash('sha256').update(`format ${CATALOG_FORMAT_VERSION}\n`);
  const files = [
    'skills.json',
    'blueprints.json',
    ...['roles', 'questions', 'enemies'].flatMap((sub) =>
      jsonFiles(dataDir, sub, []).map((f) => `${sub}/${f}`),
    ),
  ];
  for (const file of files) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(path.join(dataDir, file)));
    } catch {
      hash.update('(unreadable)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

let shipped: Catalog | undefined;

/** The catalog shipped in `data/`, loaded and validated once per process. */
export function shippedCatalog(): Catalog {
  shipped ??= loadCatalog();
  return shipped;
}

function jsonFiles(dataDir: string, sub: string, problems: string[]): string[] {
  try {
    return readdirSync(path.join(dataDir, sub))
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    problems.push(`${sub}/: cannot be read (${(error as Error).message})`);
    return [];
  }
}

function readJson(dataDir: string, file: string, problems: string[]): unknown {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, file), 'utf8');
  } catch (error) {
    problems.push(`${file}: cannot be read (${(error as Error).message})`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push(`${file}: is not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
