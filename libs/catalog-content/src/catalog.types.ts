import type { Level } from '@assay/core';
import { type QuestionContent } from '@assay/core';
import type { RoleContent } from '@assay/roles';

export interface CatalogSkill {
  slug: string;
  name: string;
  category: string;
  description: string;
}

export interface CatalogRole extends RoleContent {
  slug: string;
}

export interface CatalogQuestion {
  /** Stable content id (`<skill>-NNN`), unique across the catalog; the sync's key. */
  key: string;
  /** Where it came from, relative to the data directory (for messages). */
  file: string;
  content: QuestionContent;
}

export type CatalogLevel = Level;

/** What every form of a role at a level contains (data/blueprints.json; docs/decisions/0410). */
export interface CatalogBlueprint {
  /** Questions per form. */
  questionCount: number;
  /**
   * Code and SQL tasks per form. A count the role's bank cannot fill yet is lowered to what it has
   * (effectiveBlueprint), so tasks added later are used without editing the blueprint.
   */
  practical: { code?: number; sql?: number };
  /** The time limit of every form, minutes. */
  targetMinutes: number;
  /** Share of the points in code/SQL tasks, percent [min, max]. */
  practicalShare: [number, number];
}

/** Questions that must never share a form (data/enemies/*.json). */
export interface CatalogEnemyGroup {
  group: string;
  keys: string[];
  reason: string;
  file: string;
}

/** The shipped catalog, loaded and validated. */
export interface Catalog {
  skills: CatalogSkill[];
  roles: CatalogRole[];
  questions: CatalogQuestion[];
  /** role slug → level → blueprint (roles without one compose with the default rules). */
  blueprints: Record<string, Partial<Record<CatalogLevel, CatalogBlueprint>>>;
  enemies: CatalogEnemyGroup[];
  /** Fingerprint of the data files: the sync does nothing when it matches the last synced one. */
  hash: string;
}
