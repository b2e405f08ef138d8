import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CatalogContentError, loadCatalog } from './catalog-loader';

const levels = ['junior', 'mid', 'senior', 'lead'].map((level, i) => ({
  level,
  title: `${level} engineer`,
  summary: 'Summary.',
  yearsOfExperience: { min: i * 2, max: i === 3 ? null : i * 2 + 2 },
}));

function role(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    slug,
    title: 'Test Engineer',
    category: 'engineering',
    summary: 'Tests things.',
    description: 'Long text.',
    responsibilities: ['One.'],
    levels,
    requirements: [
      {
        skill: 'alpha',
        importance: 3,
        description: 'Alpha.',
        expectedProficiency: { junior: 1, mid: 2, senior: 3, lead: 3 },
      },
    ],
    ...overrides,
  };
}

const numeric = (key: string, prompt = `Question ${key}?`) => ({
  key,
  type: 'numeric',
  difficulty: 2,
  prompt,
  points: 1,
  timeEstimateSeconds: 60,
  answerKey: { value: 1, tolerance: 0 },
});

describe('loadCatalog', () => {
  let dir: string;

  function write(file: string, value: unknown) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof value === 'string' ? value : JSON.stringify(value));
  }

  function problems(): string[] {
    try {
      loadCatalog(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogContentError);
      return (error as CatalogContentError).problems;
    }
    throw new Error('expected the catalog to be rejected');
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'assay-catalog-'));
    write('skills.json', [
      { slug: 'alpha', name: 'Alpha', category: 'backend', description: 'A.' },
      { slug: 'beta', name: 'Beta', category: 'backend', description: 'B.' },
    ]);
    write('roles/test-engineer.json', role('test-engineer'));
    write('questions/alpha.json', {
      skill: 'alpha',
      questions: [numeric('alpha-001'), numeric('alpha-002')],
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a valid catalog with a stable hash', () => {
    const a = loadCatalog(dir);
    expect(a.skills.map((s) => s.slug)).toEqual(['alpha', 'beta']);
    expect(a.roles.map((r) => r.slug)).toEqual(['test-engineer']);
    expect(a.questions.map((q) => [q.key, q.content.skill, q.file])).toEqual([
      ['alpha-001', 'alpha', 'questions/alpha.json'],
      ['alpha-002', 'alpha', 'questions/alpha.json'],
    ]);
    expect(loadCatalog(dir).hash).toBe(a.hash);
    write('questions/alpha.json', {
      skill: 'alpha',
      questions: [numeric('alpha-001'), numeric('alpha-002', 'Changed?')],
    });
    expect(loadCatalog(dir).hash).not.toBe(a.hash);
  });

  it('names the file and field of every problem', () => {
    write('roles/test-engineer.json', role('other-slug', { levels: levels.slice(0, 3) }));
    write('questions/alpha.code.json', {
      skill: 'alpha',
      questions: [{ ...numeric('alpha-001'), answerKey: { value: 1, tolerance: -1 } }],
    });
    write('questions/beta.json', {
      skill: 'beta',
      questions: [
        {
          ...numeric('beta-001'),
          type: 'single_choice',
          options: [
            { id: 'a', text: 'x' },
            { id: 'b', text: 'y' },
          ],
          answerKey: { optionId: 'c' },
        },
      ],
    });
    expect(problems().sort()).toEqual(
      [
        'roles/test-engineer.json: slug: must equal the file name ("test-engineer")',
        'roles/test-engineer.json: levels: must have exactly 4 items',
        'questions/alpha.json: questions[0] (alpha-001).key: is already used in questions/alpha.code.json',
        'questions/alpha.code.json: questions[0] (alpha-001).answerKey.tolerance: must be at least 0',
        'questions/beta.json: questions[0] (beta-001).answerKey.optionId: must name one of the options (a, b)',
      ].sort(),
    );
  });

  it('refuses requirements and question files of unknown skills, and files that are not JSON', () => {
    write(
      'roles/test-engineer.json',
      role('test-engineer', { requirements: [{ ...role('x').requirements[0], skill: 'gamma' }] }),
    );
    write('questions/gamma.json', { skill: 'gamma', questions: [numeric('gamma-001')] });
    write('questions/broken.json', '{ "skill": ');
    const found = problems();
    expect(found).toContain(
      'roles/test-engineer.json: requirements[0].skill: is not a known skill ("gamma")',
    );
    expect(found).toContain('questions/gamma.json: skill: is not a skill of skills.json ("gamma")');
    expect(found.some((p) => p.startsWith('questions/broken.json: is not valid JSON'))).toBe(true);
  });
});
