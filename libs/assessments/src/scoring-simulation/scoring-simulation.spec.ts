import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The scoring model against synthetic candidates (2PL) over the shipped bank and the real composition
 * (docs/decisions/0120-scoring-model.md). The figures come from scoring-simulation.runner.ts in a child
 * process (Jest's module sandbox makes this code several times slower); the assertions hold for any valid
 * bank, not for today's counts.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const FORMS = 500;
const CANDIDATES = 200;

interface Figures {
  bank: { questions: number; roles: number };
  identity: {
    role: string;
    level: string;
    forms: number;
    identical: number;
    outcomes: Record<string, number>;
  }[];
  parallel: {
    role: string;
    level: string;
    candidates: number;
    agreed: number;
    withheld: number;
    consistent: number;
    samePassFail: number;
  }[];
  miskey: {
    reliability: { alpha: number | null; sem: number | null; attempts: number };
    miskeyed: string;
    items: { id: string; facility: number | null; pointBiserial: number | null; flags: string[] }[];
  };
  guessing: { type: string; questions: number; meanShare: number }[];
}

describe('scoring model on synthetic candidates (real bank, real composition)', () => {
  let figures: Figures;

  beforeAll(() => {
    const out = execFileSync(
      process.execPath,
      [
        '-r',
        './scripts/ts-register.js',
        'libs/assessments/src/scoring-simulation/scoring-simulation.runner.ts',
        `${FORMS}`,
        `${CANDIDATES}`,
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 170_000 },
    );
    figures = JSON.parse(out) as Figures;
    // Printed so a run shows the figures the ADR quotes.
    const n = figures.parallel.reduce((s, p) => s + p.candidates, 0);
    const sum = (k: 'agreed' | 'withheld' | 'consistent' | 'samePassFail') =>
      ((100 * figures.parallel.reduce((s, p) => s + p[k], 0)) / n).toFixed(1);
    process.stdout.write(
      `simulation: ${figures.identity.length} role×level cells × ${FORMS} perfect forms; parallel forms: ` +
        `agreed ${sum('agreed')} %, withheld ${sum('withheld')} %, consistent ${sum('consistent')} %, ` +
        `same pass/fail ${sum('samePassFail')} %; guessing ${figures.guessing
          .map((g) => `${g.type} ${(100 * g.meanShare).toFixed(1)} %`)
          .join(', ')}; α ${figures.miskey.reliability.alpha}\n`,
    );
  }, 180_000);

  it('covers every shipped role at every level', () => {
    expect(figures.bank.roles).toBeGreaterThan(0);
    expect(figures.identity).toHaveLength(figures.bank.roles * 4);
    expect(figures.parallel).toHaveLength(figures.bank.roles * 4);
  });

  it('recommends exactly the assessed level for a perfect score on every form composed at it', () => {
    const misses = figures.identity.filter((cell) => cell.identical !== FORMS);
    expect(misses).toEqual([]);
    for (const cell of figures.identity) expect(cell.forms).toBe(FORMS);
  });

  it('agrees across two parallel forms for ≥ 80 % of candidates at a band centre, or withholds', () => {
    for (const cell of figures.parallel) {
      expect(cell.candidates).toBe(CANDIDATES);
      // The cell is named in the failure message.
      expect({ cell: `${cell.role} ${cell.level}`, ok: cell.consistent / cell.candidates >= 0.8 }).toEqual({
        cell: `${cell.role} ${cell.level}`,
        ok: true,
      });
      expect(cell.consistent / cell.candidates).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('flags a miskeyed item by its negative item-rest point-biserial', () => {
    const miskeyed = figures.miskey.items.find((i) => i.id === figures.miskey.miskeyed)!;
    expect(miskeyed.pointBiserial).toBeLessThan(0);
    expect(miskeyed.flags).toEqual(expect.arrayContaining(['low_discrimination', 'likely_miskeyed']));
    // Correctly keyed items discriminate: none of them looks miskeyed.
    const others = figures.miskey.items.filter((i) => i.id !== figures.miskey.miskeyed);
    expect(others.filter((i) => i.flags.includes('likely_miskeyed'))).toEqual([]);
    expect(figures.miskey.reliability.attempts).toBe(400);
    expect(figures.miskey.reliability.alpha).toBeGreaterThan(0.5);
  });

  it('measures what random guessing earns with the real graders', () => {
    const single = figures.guessing.find((g) => g.type === 'single_choice')!;
    const multiple = figures.guessing.find((g) => g.type === 'multiple_choice')!;
    expect(single.questions).toBeGreaterThan(0);
    // One option in k: at least a fifth with the catalog's 3–5 options.
    expect(single.meanShare).toBeGreaterThan(0.19);
    // Partial credit makes guessing pay on multiple choice too (ADR 0101 said nothing).
    if (multiple.questions > 0) expect(multiple.meanShare).toBeGreaterThan(0.1);
  });
});
