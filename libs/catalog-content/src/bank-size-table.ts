import type { Catalog } from './catalog.types';

/**
 * The README's per-role bank table (between `<!-- bank-size:start -->` and `<!-- bank-size:end -->`):
 * for each shipped role, the questions of its required skills, by kind. `readme-bank-size.spec.ts` fails when
 * the README's table is not this one.
 */
export function bankSizeTable(catalog: Catalog): string {
  const rows = catalog.roles.map((role) => {
    const skills = new Set(role.requirements.map((r) => r.skill));
    const mine = catalog.questions.filter((q) => skills.has(q.content.skill));
    const count = (...types: string[]) => mine.filter((q) => types.includes(q.content.type)).length;
    return `| ${role.title} | ${skills.size} | ${mine.length} | ${count('single_choice', 'multiple_choice')} | ${count('numeric', 'short_text', 'essay')} | ${count('code')} | ${count('sql')} |`;
  });
  return [
    '| Role | Required skills | Questions | Choice | Numeric / text | Code tasks | SQL tasks |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
