import { defineProblemCatalog } from '@assay/core';

/** Problems of the skills taxonomy and the question bank. */
export enum RequirementsProblem {
  SkillExists = 'skill-exists',
}

export const REQUIREMENTS_PROBLEMS = defineProblemCatalog(
  'requirements',
  'RequirementsProblem',
  RequirementsProblem,
  {
    [RequirementsProblem.SkillExists]: {
      statuses: [409],
      title: 'Skill exists',
      happened: 'A skill with this slug already exists.',
      todo: 'Choose another slug, or edit the existing skill.',
    },
  },
);
