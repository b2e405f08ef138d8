import { ASSESSMENTS_PROBLEMS } from '@assay/assessments';
import { CORE_PROBLEMS } from '@assay/core';
import type { ProblemCatalog, ProblemPage } from '@assay/core';
import { ORGANIZATIONS_PROBLEMS } from '@assay/organizations';
import { PERSISTENCE_PROBLEMS } from '@assay/persistence';
import { REQUIREMENTS_PROBLEMS } from '@assay/requirements';
import { ROLES_PROBLEMS } from '@assay/roles';
import { SIGNUP_PROBLEMS } from '@assay/signup';

/** Every lib's problem catalog. A lib that throws problems adds its catalog here. */
export const PROBLEM_CATALOGS: readonly ProblemCatalog[] = [
  CORE_PROBLEMS,
  PERSISTENCE_PROBLEMS,
  SIGNUP_PROBLEMS,
  ORGANIZATIONS_PROBLEMS,
  ROLES_PROBLEMS,
  REQUIREMENTS_PROBLEMS,
  ASSESSMENTS_PROBLEMS,
];

export interface ProblemEntry extends ProblemPage {
  code: string;
  lib: string;
}

/** One page per code across the catalogs; a code defined by two libs is a mistake caught here. */
export function problemEntries(
  catalogs: readonly ProblemCatalog[] = PROBLEM_CATALOGS,
): Map<string, ProblemEntry> {
  const entries = new Map<string, ProblemEntry>();
  for (const catalog of catalogs) {
    for (const code of Object.values(catalog.codes)) {
      const owner = entries.get(code);
      if (owner)
        throw new Error(`Problem code "${code}" is in both the ${owner.lib} and ${catalog.lib} catalogs`);
      entries.set(code, { code, lib: catalog.lib, ...catalog.pages[code] });
    }
  }
  return entries;
}
