import { scoreAttempt } from './attempt-scoring';
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
      { skill: 'sql', score: 2, maxScore: 4, percentage: 50, proficiency: 2 },
      { skill: 'http', score: 1, maxScore: 3, percentage: 33.33, proficiency: 1 },
    ]);
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

  it('places a strong candidate and leaves a weak one unplaced', () => {
    const full = Object.fromEntries(questions.map((x) => [x.id, g(x.points, x.points)]));
    const strong = scoreAttempt({ questions, grades: full, requirements, passingScore: 50 });
    expect(strong.levelFit).toEqual({
      recommended: 'senior',
      levels: { junior: 1, mid: 1, senior: 1, lead: 0.375 },
    });
    const weak = scoreAttempt({ questions, grades: {}, requirements, passingScore: 50 });
    expect(weak.levelFit.recommended).toBeNull();
    expect(weak.passed).toBe(false);
  });

  it('handles an empty attempt', () => {
    expect(scoreAttempt({ questions: [], grades: {}, requirements, passingScore: 50 })).toEqual({
      score: 0,
      maxScore: 0,
      percentage: 0,
      passed: false,
      skills: [],
      levelFit: { recommended: null, levels: { junior: 0, mid: 0, senior: 0, lead: 0 } },
      pendingReview: 0,
    });
  });
});
