import type { QuestionContent } from '@assay/requirements';
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

/** The shipped catalog, loaded and validated. */
export interface Catalog {
  skills: CatalogSkill[];
  roles: CatalogRole[];
  questions: CatalogQuestion[];
  /** Fingerprint of the data files: the sync does nothing when it matches the last synced one. */
  hash: string;
}
