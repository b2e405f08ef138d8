import { validateRoleContent } from './role-validation';

function role(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Platform Engineer',
    category: 'infrastructure',
    summary: 'Builds the paved road.',
    description: 'Longer text.',
    responsibilities: ['Run the pipeline.'],
    levels: [
      { level: 'junior', title: 'Junior', summary: 's', yearsOfExperience: { min: 0, max: 2 } },
      { level: 'mid', title: 'Mid', summary: 's', yearsOfExperience: { min: 2, max: 5 } },
      { level: 'senior', title: 'Senior', summary: 's', yearsOfExperience: { min: 5, max: 8 } },
      { level: 'lead', title: 'Lead', summary: 's', yearsOfExperience: { min: 8, max: null } },
    ],
    requirements: [
      {
        skill: 'ci-cd',
        importance: 5,
        description: 'Pipelines.',
        expectedProficiency: { junior: 1, mid: 2, senior: 3, lead: 4 },
      },
    ],
    ...overrides,
  };
}

const fields = (input: unknown, skillExists?: (s: string) => boolean) => {
  const result = validateRoleContent(input, { skillExists });
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe('validateRoleContent', () => {
  it('accepts a complete role', () => {
    expect(validateRoleContent(role())).toMatchObject({ ok: true });
  });

  it('needs exactly the four levels, in order', () => {
    const levels = role().levels;
    expect(fields(role({ levels: levels.slice(0, 3) }))).toEqual(['levels']);
    expect(fields(role({ levels: [levels[1], levels[0], levels[2], levels[3]] }))).toEqual([
      'levels[0].level',
      'levels[1].level',
    ]);
  });

  it('refuses proficiency that drops at a higher level', () => {
    const requirements = [
      { ...role().requirements[0], expectedProficiency: { junior: 1, mid: 3, senior: 2, lead: 4 } },
    ];
    const result = validateRoleContent(role({ requirements }));
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'requirements[0].expectedProficiency.senior',
          message: 'must not be lower than at mid level (3)',
        },
      ],
    });
  });

  it('keeps proficiency within 0–4 and importance within 1–5', () => {
    const requirements = [
      {
        ...role().requirements[0],
        importance: 6,
        expectedProficiency: { junior: 0, mid: 2, senior: 3, lead: 5 },
      },
    ];
    expect(fields(role({ requirements })).sort()).toEqual(
      ['requirements[0].expectedProficiency.lead', 'requirements[0].importance'].sort(),
    );
  });

  it('names a repeated or unknown skill', () => {
    const r = role().requirements[0];
    expect(fields(role({ requirements: [r, r] }))).toEqual(['requirements[1].skill']);
    expect(fields(role(), (s) => s !== 'ci-cd')).toEqual(['requirements[0].skill']);
  });

  it('refuses an experience range that ends before it starts', () => {
    const levels = role().levels.map((l, i) =>
      i === 1 ? { ...l, yearsOfExperience: { min: 5, max: 2 } } : l,
    );
    expect(fields(role({ levels }))).toEqual(['levels[1].yearsOfExperience.max']);
  });

  it('rejects unknown fields and lists every problem at once', () => {
    expect(fields(role({ salary: 1, title: '', responsibilities: [] })).sort()).toEqual(
      ['responsibilities', 'salary', 'title'].sort(),
    );
  });
});
