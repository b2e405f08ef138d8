import { LEVELS, type Level, type QuestionType } from '@assay/core';
import fc from 'fast-check';
import { composeForm, drawForm, formMaxScore, planForms, pointsClass, stratumOf } from './candidate-forms';

import {
  composeAssessment,
  practicalSharePercent,
  type CandidateQuestion,
  type CompositionInput,
} from './compose-assessment';

const SKILLS: [string, number][] = [
  ['api', 5],
  ['sql', 5],
  ['node', 4],
  ['testing', 3],
  ['security', 3],
  ['caching', 2],
];
const SHORT: QuestionType[] = ['single_choice', 'multiple_choice', 'numeric', 'short_text'];

/** A deep synthetic bank: per skill 7 short items at each difficulty (points by the catalog convention), and
 * code/SQL tasks spread over difficulties and skills. */
function deepPool(): CandidateQuestion[] {
  const pool: CandidateQuestion[] = [];
  for (const [skill] of SKILLS) {
    for (let d = 1; d <= 5; d++) {
      for (let k = 0; k < 7; k++) {
        pool.push({
          questionId: `${skill}-d${d}-${k}`,
          versionId: `${skill}-d${d}-${k}-v1`,
          type: SHORT[(d + k) % SHORT.length],
          skill,
          difficulty: d,
          points: d <= 2 ? 1 : d === 3 ? 2 : 3,
          timeEstimateSeconds: 60 + 15 * ((d * 7 + k * 3) % 6),
        });
      }
    }
  }
  for (let i = 0; i < 30; i++) {
    const type: QuestionType = i % 3 === 0 ? 'sql' : 'code';
    const difficulty = 1 + (i % 5);
    pool.push({
      questionId: `task-${i}`,
      versionId: `task-${i}-v1`,
      type,
      skill: SKILLS[i % SKILLS.length][0],
      difficulty,
      points: type === 'code' ? 10 : 6,
      timeEstimateSeconds: type === 'code' ? 300 + 300 * difficulty : 240 + 60 * difficulty,
    });
  }
  return pool;
}

function input(level: Level, overrides: Partial<CompositionInput> = {}): CompositionInput {
  return {
    requirements: SKILLS.map(([skill, importance]) => ({ skill, importance })),
    level,
    pool: deepPool(),
    seed: 'assessment-1',
    blueprint: { practical: { code: 1, sql: 1 }, targetMinutes: 45 },
    ...overrides,
  };
}

const overlap = (a: readonly string[], b: readonly string[]): number => {
  const set = new Set(a);
  return b.filter((id) => set.has(id)).length / Math.max(1, a.length);
};

describe('composition under a blueprint', () => {
  it.each(LEVELS)('%s: exactly the blueprint’s code and SQL tasks, and its time limit', (level) => {
    for (const practical of [{ code: 1, sql: 1 }, { code: 2 }, { sql: 3 }, {}]) {
      const result = composeAssessment(input(level, { blueprint: { practical, targetMinutes: 45 } }));
      expect(result.questions).toHaveLength(20);
      expect(result.questions.filter((q) => q.type === 'code')).toHaveLength(practical.code ?? 0);
      expect(result.questions.filter((q) => q.type === 'sql')).toHaveLength(practical.sql ?? 0);
      expect(result.timeLimitMinutes).toBe(45);
    }
  });

  it('never puts two questions of one enemy group on a form, whatever the groups', () => {
    const pool = deepPool();
    const ids = pool.map((q) => q.questionId);
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 6 }), { maxLength: 25 }),
        fc.string(),
        (enemies, seed) => {
          const result = composeAssessment(input('mid', { enemies, seed }));
          const chosen = new Set(result.questions.map((q) => q.questionId));
          for (const group of enemies)
            expect(group.filter((id) => chosen.has(id)).length).toBeLessThanOrEqual(1);
          expect(result.questions).toHaveLength(20);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports a practical share outside the blueprint’s range', () => {
    const result = composeAssessment(
      input('mid', { blueprint: { practical: { code: 1, sql: 1 }, practicalShare: [80, 90] } }),
    );
    expect(result.warnings.some((w) => /outside the blueprint's 80–90%/.test(w))).toBe(true);
  });
});

describe('per-candidate forms', () => {
  it('classifies strata by skill, points class and type; practical tasks by side of the band', () => {
    expect(pointsClass(1)).toBe(1);
    expect(pointsClass(2)).toBe(1);
    expect(pointsClass(3)).toBe(2);
    expect(pointsClass(5)).toBe(3);
    expect(stratumOf({ skill: 'api', type: 'numeric', difficulty: 4 }, 'mid')).toBe('api|p3|short');
    expect(stratumOf({ skill: 'api', type: 'code', difficulty: 4 }, 'mid')).toBe('*|above|code');
    expect(stratumOf({ skill: 'sql', type: 'sql', difficulty: 2 }, 'mid')).toBe('*|band|sql');
  });

  it.each(LEVELS)(
    '%s: 1,000 candidates get comparable forms — same length, points and practical counts, time within tolerance',
    (level) => {
      const planned = planForms(input(level));
      const formsBySeed = Array.from({ length: 1000 }, (_, i) =>
        drawForm(planned.plan, planned.pool, `invitation-${i}`),
      );
      const seconds = formsBySeed
        .map((f) => f.reduce((n, q) => n + q.timeEstimateSeconds, 0))
        .sort((a, b) => a - b);
      const median = seconds[500];
      const shares = formsBySeed.map(practicalSharePercent);
      const exposure = new Map<string, number>();
      for (const form of formsBySeed) {
        expect(form).toHaveLength(20);
        expect(new Set(form.map((q) => q.questionId)).size).toBe(20);
        expect(form.filter((q) => q.type === 'code')).toHaveLength(1);
        expect(form.filter((q) => q.type === 'sql')).toHaveLength(1);
        for (const q of form) exposure.set(q.questionId, (exposure.get(q.questionId) ?? 0) + 1);
      }
      expect(seconds[0]).toBeGreaterThanOrEqual(0.9 * median);
      expect(seconds[seconds.length - 1]).toBeLessThanOrEqual(1.1 * median);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(5);
      // Deep strata: no item reaches the 30% exposure cap.
      expect(planned.exposure.every((e) => e.exposure <= 0.3)).toBe(true);
      expect(Math.max(...exposure.values()) / formsBySeed.length).toBeLessThanOrEqual(0.3);
      // Two candidates share few questions.
      let total = 0;
      for (let i = 0; i < 200; i++)
        total += overlap(
          formsBySeed[i].map((q) => q.questionId),
          formsBySeed[i + 1].map((q) => q.questionId),
        );
      expect(total / 200).toBeLessThanOrEqual(0.2);
    },
  );

  it.each(LEVELS)(
    '%s: every drawn form is worth exactly what the assessment states as its points',
    (level) => {
      const planned = planForms(input(level));
      const stated = formMaxScore(planned.plan, planned.pool);
      const byId = new Map(planned.pool.map((q) => [q.questionId, q.points]));
      for (let i = 0; i < 200; i++) {
        const form = drawForm(planned.plan, planned.pool, `worth-${i}`);
        expect(form.reduce((sum, q) => sum + byId.get(q.questionId)!, 0)).toBe(stated);
      }
      // Not the pool's points: the pool is several forms deep.
      expect(planned.pool.reduce((sum, q) => sum + q.points, 0)).toBeGreaterThan(2 * stated);
    },
  );

  it('draws the same form for the same invitation whatever the pool order, and fills every seat from its stratum', () => {
    const planned = planForms(input('senior'));
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 1000 }), (seed, salt) => {
        const shuffled = [...planned.pool].sort(
          (a, b) =>
            ((a.questionId.length * 31 + salt) % 7) - ((b.questionId.length * 31 + salt) % 7) ||
            (a.questionId < b.questionId ? 1 : -1),
        );
        const form = drawForm(planned.plan, planned.pool, seed);
        expect(drawForm(planned.plan, shuffled, seed).map((q) => q.questionId)).toEqual(
          form.map((q) => q.questionId),
        );
        const byStratum = new Map<string, number>();
        for (const q of form)
          byStratum.set(stratumOf(q, 'senior'), (byStratum.get(stratumOf(q, 'senior')) ?? 0) + 1);
        expect(Object.fromEntries(byStratum)).toEqual(
          Object.fromEntries(planned.plan.seats.map((s) => [s.stratum, s.count])),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('respects enemy groups in every drawn form', () => {
    const pool = deepPool();
    // Every item of api's difficulty-1 stratum is an enemy of one of sql's.
    const enemies = Array.from({ length: 5 }, (_, k) => [`api-d1-${k}`, `sql-d1-${k}`, `sql-d2-${k}`]);
    const planned = planForms(input('junior', { pool, enemies }));
    expect(planned.plan.enemies.length).toBeGreaterThan(0);
    for (let i = 0; i < 300; i++) {
      const ids = new Set(drawForm(planned.plan, planned.pool, `c${i}`).map((q) => q.questionId));
      for (const group of enemies) expect(group.filter((id) => ids.has(id)).length).toBeLessThanOrEqual(1);
    }
  });

  it('moves a seat off a stratum too thin for the cap to a sibling with room, and reports what it cannot fix', () => {
    // 'api' has a single difficulty-3 item: one seat there would show it to every candidate.
    const pool = deepPool().filter(
      (q) => !(q.skill === 'api' && q.difficulty === 3 && !q.questionId.endsWith('-0')),
    );
    const planned = planForms(input('mid', { pool }));
    expect(planned.template.questions.some((q) => q.questionId === 'api-d3-0')).toBe(true);
    expect(planned.plan.seats.find((s) => s.stratum === 'api|p2|short')).toBeUndefined();
    expect(planned.exposure.filter((e) => e.stratum.startsWith('api|') && e.exposure > 0.3)).toEqual([]);
    const thin = planForms({
      ...input('mid', { pool: pool.filter((q) => q.skill !== 'api' || q.difficulty === 3) }),
      exposureCap: 0.3,
    });
    expect(thin.warnings.some((w) => /over the 30% cap/.test(w))).toBe(true);
  });

  it('builds a fixed form under a blueprint as a draw from the plan: deterministic, blueprint-exact', () => {
    const first = composeForm(input('mid'));
    expect(composeForm(input('mid'))).toEqual(first);
    expect(first.questions).toHaveLength(20);
    expect(first.timeLimitMinutes).toBe(45);
    expect(first.questions.filter((q) => q.type === 'code')).toHaveLength(1);
    expect(first.questions.filter((q) => q.type === 'sql')).toHaveLength(1);
    expect(first.coverage.reduce((n, c) => n + c.selected, 0)).toBe(20);
    // Without a target the time limit follows the drawn questions' estimates.
    const untimed = composeForm(input('mid', { blueprint: { practical: { code: 1 } } }));
    const seconds = untimed.questions.reduce((n, q) => n + q.timeEstimateSeconds, 0);
    expect(untimed.timeLimitMinutes).toBe(Math.max(5, Math.ceil(seconds / 300) * 5));
  });
});
