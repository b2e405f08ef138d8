import { LEVELS, LEVEL_DIFFICULTY_BANDS, type Level } from '@assay/core';
import fc from 'fast-check';
import { scoreAttempt } from './attempt-scoring';

import { type AnswerGrade, type GradableQuestion, type RoleRequirement } from './grading.types';
import {
  computeLevelFit,
  LEVEL_FIT_RULES,
  measureSkillProficiency,
  withStability,
  type SkillProficiency,
} from './level-fit';

const SKILLS = ['sql', 'http', 'security', 'testing', 'caching'];

const rank = (level: Level | null): number => (level === null ? -1 : LEVELS.indexOf(level));

/** Expected proficiency never lower at a higher level (the catalog's rule). */
const expectationArb = fc
  .tuple(
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 0, max: 4 }),
  )
  .map((values) => {
    const [junior, mid, senior, lead] = [...values].sort((a, b) => a - b);
    return { junior, mid, senior, lead };
  });

const requirementsArb = fc.uniqueArray(
  fc.record({
    skill: fc.constantFrom(...SKILLS),
    importance: fc.integer({ min: 1, max: 5 }),
    expectedProficiency: expectationArb,
  }),
  { minLength: 1, maxLength: 5, selector: (r) => r.skill },
);

const questionSpecArb = fc.record({
  skill: fc.constantFrom(...SKILLS),
  difficulty: fc.integer({ min: 1, max: 5 }),
  points: fc.integer({ min: 1, max: 10 }),
});

// Mostly whole answers, so that fits land on both sides of the thresholds.
const shareArb = fc.oneof(fc.constantFrom(0, 0.5, 1, 1, 1), fc.double({ min: 0, max: 1, noNaN: true }));

function attempt(specs: { skill: string; difficulty: number; points: number }[], shares: number[]) {
  const questions: GradableQuestion[] = specs.map((s, i) => ({
    id: `q${i}`,
    type: 'numeric',
    skill: s.skill,
    difficulty: s.difficulty,
    points: s.points,
    answerKey: { value: 1 },
  }));
  const grades: Record<string, AnswerGrade> = {};
  questions.forEach((q, i) => {
    grades[q.id] = {
      score: q.points * (shares[i] ?? 0),
      maxScore: q.points,
      verdict: 'partial',
      details: {},
    };
  });
  return { questions, grades };
}

describe('measureSkillProficiency', () => {
  it('is the highest step with ≥ 60 % of its points, capped by the skill percentage', () => {
    const items = [
      { difficulty: 1, score: 1, maxScore: 1 },
      { difficulty: 2, score: 1, maxScore: 1 },
      { difficulty: 3, score: 0, maxScore: 2 },
    ];
    expect(measureSkillProficiency(items)).toMatchObject({ proficiency: 2, reach: 3, percentage: 50 });
    // A lucky hard answer: step 4 earned, but 3 of 8 points overall (37.5 %) caps it at 1.
    const lucky = [
      { difficulty: 1, score: 0, maxScore: 3 },
      { difficulty: 2, score: 0, maxScore: 2 },
      { difficulty: 5, score: 3, maxScore: 3 },
    ];
    expect(measureSkillProficiency(lucky)).toMatchObject({ proficiency: 1, reach: 4 });
    expect(measureSkillProficiency([])).toMatchObject({ proficiency: 0, reach: 0, percentage: 0 });
  });

  it('counts the questions inside each level band (bands overlap)', () => {
    const items = [1, 2, 2, 3, 5].map((difficulty) => ({ difficulty, score: 1, maxScore: 1 }));
    expect(measureSkillProficiency(items).inBand).toEqual({ junior: 3, mid: 3, senior: 1, lead: 1 });
  });
});

describe('computeLevelFit', () => {
  const requirement = (
    skill: string,
    importance: number,
    e: [number, number, number, number],
  ): RoleRequirement => ({
    skill,
    importance,
    expectedProficiency: { junior: e[0], mid: e[1], senior: e[2], lead: e[3] },
  });
  const skill = (difficulties: number[], shares: number[]): SkillProficiency =>
    measureSkillProficiency(
      difficulties.map((difficulty, i) => ({ difficulty, score: shares[i], maxScore: 1 })),
    );

  it('does not place a perfect mid form at senior through the reach shortcut (issue 12)', () => {
    // Before: reach 3 sat inside the senior band (3–4), so acing a mid form read as senior.
    const perfect = new Map([
      ['sql', skill([2, 2, 3, 3], [1, 1, 1, 1])],
      ['http', skill([2, 3, 3], [1, 1, 1])],
    ]);
    const requirements = [requirement('sql', 5, [2, 3, 3, 4]), requirement('http', 3, [2, 3, 4, 4])];
    const fit = computeLevelFit(requirements, perfect, { assessedLevel: 'mid', passed: true });
    expect(fit.recommended).toBe('mid');
    expect(fit.evidence).toMatchObject({
      status: 'recommended',
      qualifier: 'at_least',
      assessedLevel: 'mid',
    });
    expect(fit.evidence.summary).toMatch(/^At least mid-level/);
    // Senior has in-band evidence for sql and http (difficulty 3 twice each) but no shortcut above mid.
    expect(fit.levels.senior).toBe(0.625);
  });

  it('weights met requirements by importance and leaves unassessed skills out', () => {
    const measured = new Map([
      ['sql', skill([3, 3, 4, 4], [1, 1, 1, 0])],
      ['http', skill([3, 3, 4, 4], [1, 0, 0, 0])],
    ]);
    const fit = computeLevelFit(
      [
        requirement('sql', 4, [1, 2, 3, 4]),
        requirement('http', 1, [1, 2, 3, 4]),
        requirement('security', 5, [2, 3, 4, 4]),
      ],
      measured,
      { assessedLevel: 'senior', passed: true },
    );
    // sql: proficiency 3 (steps 3 full, 4 half; 75 % caps at 3); http: 25 % caps at 1.
    expect(fit.levels).toEqual({ junior: null, mid: 0.8, senior: 0.8, lead: 0 });
    expect(fit.recommended).toBe('senior');
    expect(fit.evidence.levels.senior).toMatchObject({ weighedSkills: ['sql', 'http'], itemsInBand: 8 });
    expect(fit.evidence.levels.junior).toMatchObject({ weighedSkills: [], sufficient: false });
  });

  it('weighs a skill at a level only with at least 2 questions inside its band', () => {
    const measured = new Map([
      ['sql', skill([2, 3], [1, 1])],
      ['http', skill([3, 4], [1, 1])],
    ]);
    const requirements = [requirement('sql', 5, [1, 2, 3, 4]), requirement('http', 5, [1, 2, 3, 4])];
    const fit = computeLevelFit(requirements, measured, { assessedLevel: 'mid', passed: true });
    expect(fit.evidence.levels.mid).toMatchObject({
      weighedSkills: ['sql'],
      thinSkills: ['http'],
      coverage: 0.5,
    });
    expect(fit.recommended).toBe('mid');
  });

  it('says "insufficient evidence" when the form cannot separate the assessed level from the one below', () => {
    // One question per skill in the mid band: mid has no evidence; junior (1–2) has two sql questions.
    const measured = new Map([
      ['sql', skill([1, 2], [1, 1])],
      ['http', skill([3], [1])],
    ]);
    const requirements = [requirement('sql', 3, [1, 2, 3, 4]), requirement('http', 3, [1, 2, 3, 4])];
    const fit = computeLevelFit(requirements, measured, { assessedLevel: 'mid', passed: true });
    expect(fit.levels.mid).toBeNull();
    expect(fit.levels.junior).toBe(1);
    expect(fit.recommended).toBeNull();
    expect(fit.evidence.status).toBe('insufficient_evidence');
    expect(fit.evidence.summary).toMatch(/mid-level/);
  });

  it('never recommends the assessed level (or above) for a failed attempt', () => {
    const measured = new Map([['sql', skill([1, 2, 2, 3], [1, 1, 1, 1])]]);
    const requirements = [requirement('sql', 3, [1, 2, 3, 4])];
    const failed = computeLevelFit(requirements, measured, { assessedLevel: 'mid', passed: false });
    expect(failed.recommended).toBe('junior');
    expect(failed.evidence).toMatchObject({ cappedByPassFail: true, qualifier: null });
    expect(computeLevelFit(requirements, measured, { assessedLevel: 'mid', passed: true }).recommended).toBe(
      'mid',
    );
  });

  it('a failed attempt never reads as recommended at or above its level, whatever the answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS),
        requirementsArb,
        fc.array(fc.tuple(questionSpecArb, shareArb), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 100 }),
        (level, requirements, rows, passingScore) => {
          const { questions, grades } = attempt(
            rows.map(([s]) => s),
            rows.map(([, share]) => share),
          );
          const result = scoreAttempt({ questions, grades, requirements, passingScore, level });
          if (!result.passed) expect(rank(result.levelFit.recommended)).toBeLessThan(rank(level));
          expect(rank(result.levelFit.recommended)).toBeLessThanOrEqual(rank(level));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answering more correctly never lowers any fit, nor the decision before the stability check', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS),
        requirementsArb,
        fc.array(fc.tuple(questionSpecArb, shareArb, shareArb), { minLength: 1, maxLength: 25 }),
        (level, requirements, rows) => {
          const specs = rows.map(([s]) => s);
          const measure = (shares: number[]) => {
            const { questions, grades } = attempt(specs, shares);
            const bySkill = new Map<string, { difficulty: number; score: number; maxScore: number }[]>();
            for (const q of questions) {
              const items = bySkill.get(q.skill) ?? [];
              items.push({ difficulty: q.difficulty, score: grades[q.id].score, maxScore: q.points });
              bySkill.set(q.skill, items);
            }
            return new Map([...bySkill].map(([k, items]) => [k, measureSkillProficiency(items)]));
          };
          const a = computeLevelFit(requirements, measure(rows.map(([, s]) => s)), {
            assessedLevel: level,
            passed: true,
          });
          const b = computeLevelFit(requirements, measure(rows.map(([, s, more]) => Math.max(s, more))), {
            assessedLevel: level,
            passed: true,
          });
          if (b.evidence.status !== 'insufficient_evidence' && a.evidence.status !== 'insufficient_evidence')
            expect(rank(b.recommended)).toBeGreaterThanOrEqual(rank(a.recommended));
          for (const l of LEVELS) {
            expect(b.levels[l] === null).toBe(a.levels[l] === null);
            if (a.levels[l] !== null) expect(b.levels[l]!).toBeGreaterThanOrEqual(a.levels[l]!);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('places a perfect score on a form composed at a level exactly at that level', () => {
    const composedArb = fc.constantFrom(...LEVELS).chain((level) => {
      const [lo, hi] = LEVEL_DIFFICULTY_BANDS[level];
      const inBand = fc.integer({ min: lo, max: hi });
      // A band below and above, clipped to 1–5.
      const around = fc.integer({ min: Math.max(1, lo - 1), max: Math.min(5, hi + 1) });
      return fc.record({
        level: fc.constant(level),
        requirements: requirementsArb,
        core: fc.array(fc.record({ difficulty: inBand, points: fc.integer({ min: 1, max: 10 }) }), {
          minLength: 2,
          maxLength: 3,
        }),
        extra: fc.array(
          fc.record({
            skill: fc.constantFrom(...SKILLS),
            difficulty: around,
            points: fc.integer({ min: 1, max: 10 }),
          }),
          { maxLength: 10 },
        ),
        assessed: fc.subarray(SKILLS, { minLength: 1 }),
      });
    });
    fc.assert(
      fc.property(composedArb, ({ level, requirements, core, extra, assessed }) => {
        // Something to demonstrate at this level among the assessed skills.
        fc.pre(requirements.some((r) => assessed.includes(r.skill) && r.expectedProficiency[level] > 0));
        // Every assessed skill has ≥ 2 questions inside the level's band, plus any from the bands around it.
        const specs = [
          ...assessed.flatMap((skill) => core.map((c) => ({ skill, ...c }))),
          ...extra.filter((e) => assessed.includes(e.skill)),
        ];
        const perfect = attempt(
          specs,
          specs.map(() => 1),
        );
        const fit = scoreAttempt({ ...perfect, requirements, passingScore: 50, level }).levelFit;
        expect(fit.recommended).toBe(level);
        expect(fit.evidence.qualifier).toBe(level === 'lead' ? null : 'at_least');
      }),
      { numRuns: 300 },
    );
  });

  it('places an empty attempt nowhere', () => {
    fc.assert(
      fc.property(requirementsArb, fc.array(questionSpecArb, { maxLength: 10 }), (requirements, specs) => {
        const empty = scoreAttempt({ questions: [], grades: {}, requirements, passingScore: 50 }).levelFit;
        expect(empty.recommended).toBeNull();
        expect(empty.levels).toEqual({ junior: null, mid: null, senior: null, lead: null });
        expect(empty.evidence.status).toBe('not_assessed');
        // Questions asked but nothing earned (all unanswered): placed nowhere either.
        const unanswered = attempt(specs, []);
        expect(
          scoreAttempt({ ...unanswered, requirements, passingScore: 50, level: 'mid' }).levelFit.recommended,
        ).toBeNull();
      }),
    );
  });

  it('keeps every fit within [0, 1] or null, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (requirements, questions, level) => {
        const result = scoreAttempt({
          questions: questions as GradableQuestion[],
          grades: {},
          requirements: requirements as RoleRequirement[],
          passingScore: 50,
          level: level as Level,
        });
        for (const l of LEVELS) {
          const fit = result.levelFit.levels[l];
          if (fit !== null) {
            expect(fit).toBeGreaterThanOrEqual(0);
            expect(fit).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});

describe('the skills that block the next level', () => {
  const requirement = (
    skill: string,
    importance: number,
    e: [number, number, number, number],
  ): RoleRequirement => ({
    skill,
    importance,
    expectedProficiency: { junior: e[0], mid: e[1], senior: e[2], lead: e[3] },
  });
  const skill = (difficulties: number[], shares: number[]): SkillProficiency =>
    measureSkillProficiency(
      difficulties.map((difficulty, i) => ({ difficulty, score: shares[i], maxScore: 1 })),
    );

  it('lists the level above the recommended one with the required skills below its bar', () => {
    // sql: aced at 2, half right at 3 (proficiency 2); http: aced through 3 (proficiency 3).
    const measured = new Map([
      ['sql', skill([2, 2, 3, 3], [1, 1, 1, 0])],
      ['http', skill([2, 2, 3, 3], [1, 1, 1, 1])],
      ['caching', skill([2, 2, 3, 3], [1, 1, 0, 0])],
    ]);
    const requirements = [
      requirement('sql', 3, [1, 2, 3, 4]),
      requirement('http', 4, [1, 2, 3, 4]),
      requirement('caching', 5, [1, 2, 3, 4]),
    ];
    const fit = computeLevelFit(requirements, measured, { assessedLevel: 'senior', passed: true });
    expect(fit.recommended).toBe('mid');
    expect(fit.blocking).toEqual({
      level: 'senior',
      evidenced: true,
      skills: [
        { skill: 'caching', proficiency: 2, required: 3, importance: 5 },
        { skill: 'sql', proficiency: 2, required: 3, importance: 3 },
      ],
    });
  });

  it('is null when the recommendation is already lead', () => {
    const measured = new Map([['sql', skill([4, 4, 5, 5], [1, 1, 1, 1])]]);
    const fit = computeLevelFit([requirement('sql', 3, [1, 2, 3, 4])], measured, {
      assessedLevel: 'lead',
      passed: true,
    });
    expect(fit.recommended).toBe('lead');
    expect(fit.blocking).toBeNull();
  });

  it('says the next level is not evidenced when the form asks too little there', () => {
    // A mid form: only one question inside the senior band (3–4), so nothing can be said to block senior.
    const measured = new Map([['sql', skill([1, 2, 2, 3], [1, 1, 1, 1])]]);
    const fit = computeLevelFit([requirement('sql', 3, [1, 2, 3, 4])], measured, {
      assessedLevel: 'mid',
      passed: true,
    });
    expect(fit.recommended).toBe('mid');
    expect(fit.blocking).toEqual({ level: 'senior', evidenced: false, skills: [] });
  });

  it('starts from the lowest level when nothing is recommended, also after the stability check', () => {
    const measured = new Map([['sql', skill([1, 1, 2, 2], [0, 0, 0, 0])]]);
    const fit = computeLevelFit([requirement('sql', 2, [1, 2, 3, 4])], measured, {
      assessedLevel: 'junior',
      passed: false,
    });
    expect(fit.recommended).toBeNull();
    expect(fit.blocking).toEqual({
      level: 'junior',
      evidenced: true,
      skills: [{ skill: 'sql', proficiency: 0, required: 1, importance: 2 }],
    });
    const passing = new Map([['sql', skill([1, 1, 2, 2], [1, 1, 1, 1])]]);
    const fits = computeLevelFit([requirement('sql', 2, [1, 2, 3, 4])], passing, {
      assessedLevel: 'junior',
      passed: true,
    });
    expect(fits.blocking?.level).toBe('mid');
    const withheld = withStability(fits, [null]);
    expect(withheld.recommended).toBeNull();
    expect(withheld.blocking?.level).toBe('junior');
  });

  const proficiencyArb = fc
    .tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 1, max: 4 }),
      fc.array(fc.nat(4), { minLength: 4, maxLength: 4 }),
    )
    .map(([proficiency, reach, counts]): SkillProficiency => ({
      proficiency: Math.min(proficiency, reach),
      reach,
      percentage: 50,
      inBand: { junior: counts[0], mid: counts[1], senior: counts[2], lead: counts[3] },
    }));
  const measuredArb = fc
    .array(fc.tuple(fc.constantFrom(...SKILLS), proficiencyArb), { maxLength: SKILLS.length })
    .map((rows) => new Map(rows));
  const optionsArb = fc.record({
    assessedLevel: fc.constantFrom<Level | null>(null, ...LEVELS),
    passed: fc.boolean(),
  });

  it('lists only required skills below the bar, one level above the recommendation', () => {
    fc.assert(
      fc.property(requirementsArb, measuredArb, optionsArb, (requirements, measured, options) => {
        const fit = computeLevelFit(requirements, measured, options);
        if (fit.recommended === 'lead') return expect(fit.blocking).toBeNull();
        const blocking = fit.blocking!;
        expect(rank(blocking.level)).toBe(rank(fit.recommended) + 1);
        expect(blocking.evidenced).toBe(fit.levels[blocking.level] !== null);
        for (const b of blocking.skills) {
          const required = requirements.find((r) => r.skill === b.skill)!;
          expect(b.proficiency).toBe(measured.get(b.skill)!.proficiency);
          expect(b.proficiency).toBeLessThan(b.required);
          expect(b.required).toBeLessThanOrEqual(required.expectedProficiency[blocking.level]);
          expect(fit.evidence.levels[blocking.level].weighedSkills).toContain(b.skill);
        }
        // Nothing listed on an evidenced level means that level's requirements are all met.
        if (blocking.evidenced && blocking.skills.length === 0) expect(fit.levels[blocking.level]).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('raising every listed skill to the bar never leaves the fit at that level below the threshold', () => {
    fc.assert(
      fc.property(requirementsArb, measuredArb, optionsArb, (requirements, measured, options) => {
        const fit = computeLevelFit(requirements, measured, options);
        if (!fit.blocking?.evidenced) return;
        const raised = new Map(measured);
        for (const b of fit.blocking.skills) {
          const was = measured.get(b.skill)!;
          raised.set(b.skill, { ...was, proficiency: b.required, reach: Math.max(was.reach, b.required) });
        }
        const after = computeLevelFit(requirements, raised, options);
        expect(after.levels[fit.blocking.level]).toBeGreaterThanOrEqual(LEVEL_FIT_RULES.recommendThreshold);
        expect(after.levels[fit.blocking.level]).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });
});
