import fc from 'fast-check';
import { scoreAttempt } from './attempt-scoring';
import {
  LEVELS,
  type AnswerGrade,
  type GradableQuestion,
  type Level,
  type RoleRequirement,
} from './grading.types';
import { computeLevelFit, LEVEL_DIFFICULTY_BANDS, measureSkillProficiency } from './level-fit';

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
    expect(measureSkillProficiency([])).toEqual({ proficiency: 0, reach: 0, percentage: 0 });
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

  it('weights met requirements by importance and leaves unassessed skills out', () => {
    const measured = new Map([
      ['sql', { proficiency: 3, reach: 4, percentage: 80 }],
      ['http', { proficiency: 1, reach: 4, percentage: 30 }],
    ]);
    const fit = computeLevelFit(
      [
        requirement('sql', 4, [1, 2, 3, 4]),
        requirement('http', 1, [1, 2, 3, 4]),
        requirement('security', 5, [2, 3, 4, 4]),
      ],
      measured,
    );
    expect(fit).toEqual({ recommended: 'senior', levels: { junior: 1, mid: 0.8, senior: 0.8, lead: 0 } });
  });

  it('counts acing the top of a band that stops short of the expectation, but not below the band', () => {
    const aced = new Map([['sql', { proficiency: 3, reach: 3, percentage: 100 }]]);
    const fit = computeLevelFit([requirement('sql', 3, [2, 3, 4, 4])], aced);
    // senior expects 4; the questions reached 3, which is in the senior band (3–4); lead's band starts at 4.
    expect(fit).toEqual({ recommended: 'senior', levels: { junior: 1, mid: 1, senior: 1, lead: 0 } });
  });

  it('answering more correctly never lowers the recommended level or any fit', () => {
    fc.assert(
      fc.property(
        requirementsArb,
        fc.array(fc.tuple(questionSpecArb, shareArb, shareArb), { minLength: 1, maxLength: 25 }),
        (requirements, rows) => {
          const specs = rows.map(([s]) => s);
          const before = attempt(
            specs,
            rows.map(([, share]) => share),
          );
          const after = attempt(
            specs,
            rows.map(([, share, more]) => Math.max(share, more)),
          );
          const a = scoreAttempt({ ...before, requirements, passingScore: 50 }).levelFit;
          const b = scoreAttempt({ ...after, requirements, passingScore: 50 }).levelFit;
          expect(rank(b.recommended)).toBeGreaterThanOrEqual(rank(a.recommended));
          for (const level of LEVELS) expect(b.levels[level]).toBeGreaterThanOrEqual(a.levels[level]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('places a perfect score on an assessment composed at a level at that level or above', () => {
    const composedArb = fc.constantFrom(...LEVELS).chain((level) => {
      const [lo, hi] = LEVEL_DIFFICULTY_BANDS[level];
      const inBand = fc.integer({ min: lo, max: hi });
      // A band below and above, clipped to 1–5.
      const around = fc.integer({ min: Math.max(1, lo - 1), max: Math.min(5, hi + 1) });
      return fc.record({
        level: fc.constant(level),
        requirements: requirementsArb,
        core: fc.array(fc.record({ difficulty: inBand, points: fc.integer({ min: 1, max: 10 }) }), {
          minLength: 1,
          maxLength: 3,
        }),
        extra: fc.array(
          fc.record({
            skill: fc.constantFrom(...SKILLS),
            difficulty: around,
            points: fc.integer({ min: 1, max: 10 }),
          }),
          {
            maxLength: 10,
          },
        ),
        assessed: fc.subarray(SKILLS, { minLength: 1 }),
      });
    });
    fc.assert(
      fc.property(composedArb, ({ level, requirements, core, extra, assessed }) => {
        // Something to demonstrate at this level among the assessed skills.
        fc.pre(requirements.some((r) => assessed.includes(r.skill) && r.expectedProficiency[level] > 0));
        // Every assessed skill has questions inside the level's band, plus any from the bands around it.
        const specs = [
          ...assessed.flatMap((skill) => core.map((c) => ({ skill, ...c }))),
          ...extra.filter((e) => assessed.includes(e.skill)),
        ];
        const perfect = attempt(
          specs,
          specs.map(() => 1),
        );
        const fit = scoreAttempt({ ...perfect, requirements, passingScore: 50 }).levelFit;
        expect(rank(fit.recommended)).toBeGreaterThanOrEqual(rank(level));
      }),
      { numRuns: 300 },
    );
  });

  it('places an empty attempt nowhere', () => {
    fc.assert(
      fc.property(requirementsArb, fc.array(questionSpecArb, { maxLength: 10 }), (requirements, specs) => {
        const empty = scoreAttempt({ questions: [], grades: {}, requirements, passingScore: 50 }).levelFit;
        expect(empty).toEqual({ recommended: null, levels: { junior: 0, mid: 0, senior: 0, lead: 0 } });
        // Questions asked but nothing earned (all unanswered): placed nowhere either.
        const unanswered = attempt(specs, []);
        expect(
          scoreAttempt({ ...unanswered, requirements, passingScore: 50 }).levelFit.recommended,
        ).toBeNull();
      }),
    );
  });

  it('keeps every fit within [0, 1], whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (requirements, questions) => {
        const result = scoreAttempt({
          questions: questions as GradableQuestion[],
          grades: {},
          requirements: requirements as RoleRequirement[],
          passingScore: 50,
        });
        for (const level of LEVELS) {
          expect(result.levelFit.levels[level]).toBeGreaterThanOrEqual(0);
          expect(result.levelFit.levels[level]).toBeLessThanOrEqual(1);
        }
      }),
    );
    fc.assert(
      fc.property(
        requirementsArb,
        fc.array(fc.tuple(questionSpecArb, fc.double({ min: -1, max: 2, noNaN: true })), { maxLength: 20 }),
        (requirements, rows) => {
          const fit = scoreAttempt({
            ...attempt(
              rows.map(([s]) => s),
              rows.map(([, x]) => x),
            ),
            requirements,
            passingScore: 50,
          });
          for (const level of LEVELS) expect(fit.levelFit.levels[level]).toBeGreaterThanOrEqual(0);
          for (const level of LEVELS) expect(fit.levelFit.levels[level]).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
