import { LEVELS, type Level } from '@assay/core';
import { effectiveBlueprint, enemyKeyGroups, shippedCatalog } from '@assay/catalog-content';

import { composeForm, drawForm, formLength, planForms } from './candidate-forms';

import { practicalSharePercent, type CandidateQuestion, type CompositionInput } from './compose-assessment';

/**
 * The shipped catalog composed for real: for every role × level, 1,000 per-candidate forms (10
 * assessments × 100 candidates) and 100 fixed compositions meet the blueprint — exact practical counts and
 * length, one time limit, estimated time within ±10 % of the median, practical share within ±5 points of
 * the median and inside the blueprint's range — and never put two enemies on one form.
 */
const catalog = shippedCatalog();
const pool: CandidateQuestion[] = catalog.questions.map((q) => ({
  questionId: q.key,
  versionId: `${q.key}@1`,
  type: q.content.type,
  skill: q.content.skill,
  difficulty: q.content.difficulty,
  points: q.content.points,
  timeEstimateSeconds: q.content.timeEstimateSeconds,
}));
const enemies = enemyKeyGroups(catalog);
const seconds = (form: readonly CandidateQuestion[]): number =>
  form.reduce((n, q) => n + q.timeEstimateSeconds, 0);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];
const overlap = (a: readonly CandidateQuestion[], b: readonly CandidateQuestion[]): number => {
  const ids = new Set(a.map((q) => q.questionId));
  return b.filter((q) => ids.has(q.questionId)).length / a.length;
};

function inputFor(roleSlug: string, level: Level, seed: string): CompositionInput {
  const role = catalog.roles.find((r) => r.slug === roleSlug)!;
  const blueprint = effectiveBlueprint(catalog, roleSlug, level)!;
  return {
    requirements: role.requirements.map((r) => ({ skill: r.skill, importance: r.importance })),
    level,
    pool,
    questionCount: blueprint.questionCount,
    seed,
    blueprint,
    enemies,
  };
}

describe('the shipped catalog composed under its blueprints', () => {
  it('has a blueprint for every role and level', () => {
    for (const role of catalog.roles) {
      for (const level of LEVELS)
        expect({ role: role.slug, level, has: !!effectiveBlueprint(catalog, role.slug, level) }).toEqual({
          role: role.slug,
          level,
          has: true,
        });
    }
  });

  const cases = catalog.roles.flatMap((role) => LEVELS.map((level) => [role.slug, level] as const));
  it.each(cases)('%s %s: 1,000 forms are comparable and follow the blueprint', (roleSlug, level) => {
    const blueprint = effectiveBlueprint(catalog, roleSlug, level)!;
    const forms: CandidateQuestion[][] = [];
    const limits = new Set<number>();
    const planLengths = new Set<string>();
    for (let a = 0; a < 10; a++) {
      const planned = planForms(inputFor(roleSlug, level, `assessment-${a}`));
      limits.add(planned.template.timeLimitMinutes);
      // Moving seats for exposure keeps every seat (a stale count once dropped one).
      if (formLength(planned.plan) !== blueprint.questionCount)
        planLengths.add(`plan ${a}: ${formLength(planned.plan)} seats`);
      for (let c = 0; c < 100; c++)
        forms.push(drawForm(planned.plan, planned.pool, `assessment-${a}/invitation-${c}`));
    }
    for (let a = 0; a < 100; a++) {
      const fixed = composeForm(inputFor(roleSlug, level, `fixed-${a}`));
      limits.add(fixed.timeLimitMinutes);
      forms.push(fixed.questions);
    }
    expect([...limits]).toEqual([blueprint.targetMinutes]);
    expect([...planLengths]).toEqual([]);
    const time = forms.map(seconds);
    const share = forms.map(practicalSharePercent);
    const [timeMedian, shareMedian] = [median(time), median(share)];
    const problems = new Set<string>();
    for (const [i, form] of forms.entries()) {
      if (form.length !== blueprint.questionCount) problems.add(`length ${form.length}`);
      for (const type of ['code', 'sql'] as const) {
        const n = form.filter((q) => q.type === type).length;
        if (n !== (blueprint.practical[type] ?? 0)) problems.add(`${type} ${n}`);
      }
      if (Math.abs(time[i] - timeMedian) > 0.1 * timeMedian)
        problems.add(`time ${time[i]} vs median ${timeMedian}`);
      if (Math.abs(share[i] - shareMedian) > 5)
        problems.add(`share ${share[i].toFixed(1)} vs median ${shareMedian.toFixed(1)}`);
      const ids = new Set(form.map((q) => q.questionId));
      for (const group of enemies)
        if (group.filter((k) => ids.has(k)).length > 1) problems.add(`enemies ${group.join('+')}`);
    }
    const [lo, hi] = blueprint.practicalShare;
    if (shareMedian < lo || shareMedian > hi)
      problems.add(`median share ${shareMedian.toFixed(1)} outside ${lo}–${hi}`);
    expect([...problems]).toEqual([]);
  });

  it('back-end-engineer mid: two candidates share ≤ 20% of their questions on average, no item is on > 30% of forms', () => {
    const planned = planForms(inputFor('back-end-engineer', 'mid', 'exposure'));
    const forms = Array.from({ length: 1000 }, (_, c) =>
      drawForm(planned.plan, planned.pool, `invitation-${c}`),
    );
    let sum = 0;
    for (let i = 0; i < forms.length - 1; i++) sum += overlap(forms[i], forms[i + 1]);
    const counts = new Map<string, number>();
    for (const form of forms)
      for (const q of form) counts.set(q.questionId, (counts.get(q.questionId) ?? 0) + 1);
    const meanOverlap = sum / (forms.length - 1);
    const maxExposure = Math.max(...counts.values()) / forms.length;
    console.log(
      `back-end-engineer mid, 1,000 forms: mean overlap ${(meanOverlap * 100).toFixed(1)}%, busiest item on ${(maxExposure * 100).toFixed(1)}%`,
    );
    expect({ meanOverlap: meanOverlap <= 0.2, maxExposure: maxExposure <= 0.3 }).toEqual({
      meanOverlap: true,
      maxExposure: true,
    });
  });
});
