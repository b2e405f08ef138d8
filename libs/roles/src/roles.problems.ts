import { defineProblemCatalog } from '@assay/core';

/** Problems of the job-role catalog's administration. */
export enum RolesProblem {
  RoleExists = 'role-exists',
  NoDraft = 'no-draft',
}

export const ROLES_PROBLEMS = defineProblemCatalog('roles', 'RolesProblem', RolesProblem, {
  [RolesProblem.RoleExists]: {
    statuses: [409],
    title: 'Role exists',
    happened: 'A role with this slug already exists (archived roles keep their slug).',
    todo: 'Choose another slug, or edit (or restore) the existing role.',
  },
  [RolesProblem.NoDraft]: {
    statuses: [409],
    title: 'No draft to publish',
    happened: 'The role has no draft version, so there is nothing to publish.',
    todo: 'Edit the role first (PATCH starts a draft from the published version), then publish.',
  },
});
