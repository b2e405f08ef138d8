import { binomialSem, scoreAttempt, scoreBand, skillConfidence } from './attempt-scoring';
import type { AnswerGrade, GradableQuestion, RoleRequirement } from './grading.types';

function q(id: string, skill: string, difficulty: number, points: number): GradableQuestion {
  return { id, type: 'single_choice', skill, difficulty, points, answerKey: { optionId: 'a' } };
}
function g(score: number, maxScore: number, verdict: AnswerGrade['verdict'] = 'correct'): AnswerGrade {
  return { score, maxScore, verdict, details: {} };
}

const requirements: RoleRequirement[] = [
  { skill: 'sql', importance: 5, expectedProficiency: { junior: 1, mid: 2, senior: 3, lead: 4 } },
  { skill: 'http', importance: 3, expectedProficiency: { junior: 1, mid: 2, senior: 3, lead: 3 } },
];

describe('scoreAttempt', () => {
  const questions = [
    q('a', 'sql', 1, 1),
    q('b', 'sql', 2, 1),
    q('c', 'sql', 3, 2),
    q('d', 'http', 2, 1),
    q('e', 'http', 3, 2),
  ];

  it('totals points, rounds percentages to 2 decimals and applies the passing score', () => {
    const grades = { a: g(1, 1), b: g(1, 1), c: g(0, 2, 'incorrect'), d: g(1, 1), e: g(0, 2, 'incorrect') };
    const result = scoreAttempt({ questions, grades, requirements, passingScore: 42.85 });
    expect(result).toMatchObject({ score: 3, maxScore: 7, percentage: 42.86, passed: true });
    expect(scoreAttempt({ questions, grades, requirements, passingScore: 43 }).passed).toBe(false);
    expect(result.skills).toEqual([
      {
        skill: 'sql',
        score: 2,
        maxScore: 4,
        percentage: 50,
        proficiency: 2,
        itemCount: 3,
        confidence: 'insufficient',
      },
      {
        skill: 'http',
        score: 1,
        maxScore: 3,
        percentage: 33.33,
        proficiency: 1,
        itemCount: 2,
        confidence: 'insufficient',
      },
    ]);
    // 3 of 7 points over 5 questions: √(p(1 − p)/(n − 1)) in percentage points.
    const p = 3 / 7;
    expect(result.measurement).toEqual({
      items: 5,
      sem: Math.round(10000 * Math.sqrt((p * (1 - p)) / 4)) / 100,
    });
  });

  it('counts missing grades as 0 and never credits more than the question is worth', () => {
    const result = scoreAttempt({
      questions,
      grades: { a: g(50, 50), c: g(-3, 2) },
      requirements,
      passingScore: 0,
    });
    expect(result).toMatchObject({ score: 1, maxScore: 7, percentage: 14.29 });
  });

  it('counts answers waiting for review', () => {
    const result = scoreAttempt({
      questions,
      grades: { a: g(0, 1, 'pending_review') },
      requirements,
      passingScore: 50,
    });
    expect(result.pendingReview).toBe(1);
  });

  it('places a strong candidate at the assessed level at most, and leaves a weak one unplaced', () => {
    const full = Object.fromEntries(questions.map((x) => [x.id, g(x.points, x.points)]));
    const strong = scoreAttempt({ questions, grades: full, requirements, passingScore: 50, level: 'mid' });
    // Before issue 12 this read "senior": reach 3 counted inside the senior band for a mid form.
    expect(strong.levelFit.recommended).toBe('mid');
    expect(strong.levelFit.evidence).toMatchObject({
      status: 'recommended',
      qualifier: 'at_least',
      unstable: false,
    });
    expect(strong.levelFit.levels).toEqual({ junior: 1, mid: 1, senior: null, lead: null });
    const weak = scoreAttempt({ questions, grades: {}, requirements, passingScore: 50, level: 'mid' });
    expect(weak.levelFit.recommended).toBeNull();
    expect(weak.passed).toBe(false);
  });

  it('withholds a recommendation that a single answer decides', () => {
    // sql step 2 earned by one answer of two at difficulty 2–3 (mid band) — on the edge of every rule.
    const edge = { a: g(1, 1), b: g(1, 1), c: g(2, 2), d: g(1, 1), e: g(0, 2, 'incorrect') };
    const result = scoreAttempt({ questions, grades: edge, requirements, passingScore: 50, level: 'mid' });
    expect(result.levelFit.recommended).toBeNull();
    expect(result.levelFit.evidence).toMatchObject({ status: 'insufficient_evidence', unstable: true });
  });

  it('never says "failed" with a recommendation at or above the assessed level', () => {
    const full = Object.fromEntries(questions.map((x) => [x.id, g(x.points, x.points)]));
    const passed = scoreAttempt({ questions, grades: full, requirements, passingScore: 100, level: 'mid' });
    expect(passed).toMatchObject({ passed: true, levelFit: { recommended: 'mid' } });
    // 6 of 7 points fails a 99 % cut: the same mid-level evidence must not be recommended as mid.
    const sixOfSeven = { ...full, e: g(1, 2, 'partial') };
    const failed = scoreAttempt({
      questions,
      grades: sixOfSeven,
      requirements,
      passingScore: 99,
      level: 'mid',
    });
    expect(failed.passed).toBe(false);
    expect(failed.levelFit.recommended).not.toBe('mid');
    expect(failed.levelFit.evidence.cappedByPassFail).toBe(true);
  });

  it('handles an empty attempt', () => {
    expect(scoreAttempt({ questions: [], grades: {}, requirements, passingScore: 50 })).toEqual({
      score: 0,
      maxScore: 0,
      percentage: 0,
      passed: false,
      skills: [],
      levelFit: expect.objectContaining({
        recommended: null,
        levels: { junior: null, mid: null, senior: null, lead: null },
      }),
      pendingReview: 0,
      measurement: { items: 0, sem: null },
    });
  });
});

describe('uncertainty', () => {
  it('reads a skill of fewer than 4 questions as insufficient', () => {
    expect([0, 3, 4, 7, 8, 20].map(skillConfidence)).toEqual([
      'insufficient',
      'insufficient',
      'limited',
      'limited',
      'adequate',
      'adequate',
    ]);
  });

  it('gives a binomial SEM that shrinks with more questions and never vanishes at the extremes', () => {
    expect(binomialSem(50, 1)).toBeNull();
    expect(binomialSem(50, 5)).toBe(25); // √(0.25/4)
    expect(binomialSem(50, 26)).toBe(10); // √(0.25/25)
    expect(binomialSem(100, 20)!).toBeGreaterThan(0);
    expect(binomialSem(0, 20)).toBe(binomialSem(100, 20));
  });

  it('builds a 95 % band clipped to 0–100', () => {
    expect(scoreBand(60, 5)).toEqual({ low: 50.2, high: 69.8 });
    expect(scoreBand(98, 5)).toEqual({ low: 88.2, high: 100 });
    expect(scoreBand(60, null)).toBeNull();
  });
});
