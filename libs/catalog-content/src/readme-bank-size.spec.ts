import fs from 'node:fs';
import path from 'node:path';
import { bankSizeTable } from './bank-size-table';
import { shippedCatalog } from './catalog-loader';

const README = path.resolve(__dirname, '../../../README.md');

describe("the README's bank size per role", () => {
  const catalog = shippedCatalog();
  const table = bankSizeTable(catalog);

  it('is the shipped bank, counted (regenerate the table between the bank-size markers when content changes)', () => {
    const readme = fs.readFileSync(README, 'utf8');
    const found = /<!-- bank-size:start -->\n([\s\S]*?)\n<!-- bank-size:end -->/.exec(readme)?.[1];
    expect(found).toBe(table);
  });

  it('lists every shipped role with practical work counted from the questions themselves', () => {
    const lines = table.split('\n').slice(2);
    expect(lines).toHaveLength(catalog.roles.length);
    const backEnd = lines
      .find((l) => l.startsWith('| Back-End Engineer |'))!
      .split('|')
      .map((c) => c.trim());
    const backEndSkills = new Set(
      catalog.roles.find((r) => r.slug === 'back-end-engineer')!.requirements.map((r) => r.skill),
    );
    const code = catalog.questions.filter(
      (q) => backEndSkills.has(q.content.skill) && q.content.type === 'code',
    );
    expect(Number(backEnd[6])).toBe(code.length);
    expect(code.length).toBeGreaterThan(0);
  });
});
