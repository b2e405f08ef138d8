import { randomBytes } from 'node:crypto';

/**
 * Catalog helpers for e2e tests: unique role slugs and valid role and question bodies (on skills of the
 * shipped catalog), so test files can share the run's database.
 */

export function uniqueSlug(tag = 'role'): string {
  return `${tag}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** A complete, valid role body for POST /api/v1/admin/roles. */
export function roleBody(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    slug,
    title: `Test Role ${slug}`,
    category: 'engineering',
    summary: `Summary of ${slug}.`,
    description: 'A role created by an end-to-end test.',
    responsibilities: ['Design APIs.', 'Write tests.', 'Review code.', 'Operate services.', 'Mentor others.'],
    levels: [
      { level: 'junior', title: 'Junior', summary: 'Learns.', yearsOfExperience: { min: 0, max: 2 } },
      { level: 'mid', title: 'Mid-Level', summary: 'Delivers.', yearsOfExperience: { min: 2, max: 5 } },
      { level: 'senior', title: 'Senior', summary: 'Designs.', yearsOfExperience: { min: 5, max: 8 } },
      { level: 'lead', title: 'Lead', summary: 'Leads.', yearsOfExperience: { min: 8, max: null } },
    ],
    requirements: [
      {
        skill: 'http-api-design',
        importance: 5,
        description: 'Designs HTTP APIs.',
        expectedProficiency: { junior: 1, mid: 2, senior: 3, lead: 4 },
      },
      {
        skill: 'node-js',
        importance: 4,
        description: 'Knows the runtime.',
        expectedProficiency: { junior: 1, mid: 2, senior: 3, lead: 3 },
      },
    ],
    ...overrides,
  };
}

/** A valid single-choice question body with a unique prompt. */
export function choiceQuestionBody(overrides: Record<string, unknown> = {}) {
  return {
    type: 'single_choice',
    skill: 'http-api-design',
    difficulty: 2,
    prompt: `Which status code means "created"? (${randomBytes(4).toString('hex')})`,
    points: 1,
    options: [
      { id: 'a', text: '200 OK' },
      { id: 'b', text: '201 Created' },
      { id: 'c', text: '204 No Content' },
    ],
    answerKey: { optionId: 'b' },
    ...overrides,
  };
}
