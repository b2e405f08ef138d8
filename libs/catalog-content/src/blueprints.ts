import type { Catalog, CatalogBlueprint, CatalogLevel } from './catalog.types';

/**
 * Blueprints and enemy groups as composition consumes them (docs/decisions/0410-form-blueprints.md).
 */

/**
 * The blueprint of a role at a level with each practical count lowered to the code/SQL tasks the role's
 * bank holds (any difficulty): a blueprint may ask for a task type its bank does not have yet, and starts
 * using it the moment tasks are added. Null when the role has no blueprint.
 */
export function effectiveBlueprint(
  catalog: Pick<Catalog, 'blueprints' | 'roles' | 'questions'>,
  roleSlug: string,
  level: CatalogLevel,
): CatalogBlueprint | null {
  const declared = catalog.blueprints[roleSlug]?.[level];
  if (!declared) return null;
  const role = catalog.roles.find((r) => r.slug === roleSlug);
  const skills = new Set(role?.requirements.map((r) => r.skill) ?? []);
  const available = (type: 'code' | 'sql'): number =>
    catalog.questions.filter((q) => q.content.type === type && skills.has(q.content.skill)).length;
  const practical = {
    code: Math.min(declared.practical.code ?? 0, available('code')),
    sql: Math.min(declared.practical.sql ?? 0, available('sql')),
  };
  // Without any practical task the share is 0 whatever range the blueprint declares for later.
  const none = practical.code + practical.sql === 0;
  return { ...declared, practical, practicalShare: none ? [0, 0] : declared.practicalShare };
}

/** Blueprints asking for more practical tasks than their role's bank has: `role/level: code 1 → 0`. */
export function blueprintShortfalls(catalog: Pick<Catalog, 'blueprints' | 'roles' | 'questions'>): string[] {
  const out: string[] = [];
  for (const [role, levels] of Object.entries(catalog.blueprints)) {
    for (const [level, declared] of Object.entries(levels)) {
      const effective = effectiveBlueprint(catalog, role, level as CatalogLevel)!;
      for (const type of ['code', 'sql'] as const) {
        const want = declared.practical[type] ?? 0;
        const got = effective.practical[type] ?? 0;
        if (got < want) out.push(`${role}/${level}: ${type} ${want} → ${got}`);
      }
    }
  }
  return out;
}

/** Enemy groups as lists of catalog keys, restricted to `keys` when given (groups of ≥ 2 only). */
export function enemyKeyGroups(catalog: Pick<Catalog, 'enemies'>, keys?: ReadonlySet<string>): string[][] {
  return catalog.enemies
    .map((g) => (keys ? g.keys.filter((k) => keys.has(k)) : [...g.keys]))
    .filter((g) => g.length > 1);
}
