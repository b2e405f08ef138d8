import { skillLabel, skillNamesFrom } from './skill-names';

describe('skill labels', () => {
  const names = skillNamesFrom([
    { slug: 'http-api-design', name: 'HTTP & API Design' },
    { slug: 'sql', name: 'SQL & Relational Modelling' },
  ]);

  it('shows a skill by its name', () => {
    expect(skillLabel(names, 'http-api-design')).toBe('HTTP & API Design');
    expect(skillLabel(names, 'sql')).toBe('SQL & Relational Modelling');
  });

  it('falls back to the slug for a skill the taxonomy does not list (or before it has loaded)', () => {
    expect(skillLabel(names, 'retired-skill')).toBe('retired-skill');
    expect(skillLabel(new Map(), 'sql')).toBe('sql');
  });
});
