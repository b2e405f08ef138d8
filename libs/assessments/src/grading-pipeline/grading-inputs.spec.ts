import { scoreAttempt, type AnswerGrade } from '@assay/grading';
import {
  carryOverHandScores,
  integrityProblem,
  revisionParts,
  shownQuestions,
  toGradableQuestion,
  type QuestionRow,
} from './grading-inputs';
import { reconcileIntervalMs } from './grading-reconciler';

const questions: QuestionRow[] = [
  {
    id: 'q1',
    type: 'single_choice',
    skill: 'http',
    difficulty: 2,
    points: '2.00',
    content: {
      prompt: 'P',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    },
    answer_key: { optionId: 'b' },
  },
  {
    id: 'q2',
    type: 'essay',
    skill: 'design',
    difficulty: 3,
    points: '10.00',
    content: { prompt: 'Explain.' },
    answer_key: { rubric: 'R' },
  },
];
const attempt = {
  id: 't',
  organization_id: 'o',
  assessment_id: 'a',
  status: 'submitted',
  submitted_at: null,
};
const assessment = { requirements: [], passing_score: '60.00', level: 'mid' as const };

describe('grading inputs', () => {
  it('gives the engine the frozen question with its key and numbers as numbers', () => {
    expect(toGradableQuestion(questions[0])).toEqual({
      id: 'q1',
      type: 'single_choice',
      skill: 'http',
      difficulty: 2,
      points: 2,
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
      answerKey: { optionId: 'b' },
      languages: undefined,
      functionName: undefined,
      timeLimitMs: undefined,
      schema: undefined,
    });
  });

  it('lets a per-candidate attempt show a subset of the pool, and grades exactly that subset', () => {
    const perCandidate = { ...assessment, forms: 'per_candidate' };
    const shown = { ...attempt, question_order: ['q2'] };
    expect(integrityProblem(shown, perCandidate, questions)).toBeNull();
    expect(shownQuestions(shown, questions).map((q) => q.id)).toEqual(['q2']);
    expect(integrityProblem(shown, assessment, questions)).toMatch(/not those of its assessment/);
    expect(integrityProblem({ ...attempt, question_order: ['q2', 'qx'] }, perCandidate, questions)).toMatch(
      /not those of its assessment/,
    );
    expect(integrityProblem({ ...attempt, question_order: ['q2', 'q2'] }, perCandidate, questions)).toMatch(
      /not those of its assessment/,
    );
    expect(integrityProblem({ ...attempt, question_order: [] }, perCandidate, questions)).toMatch(
      /not those of its assessment/,
    );
  });

  it('finds attempts no retry can grade', () => {
    expect(integrityProblem({ ...attempt, question_order: ['q2', 'q1'] }, assessment, questions)).toBeNull();
    expect(integrityProblem({ ...attempt, question_order: ['q1', 'q2'] }, null, questions)).toMatch(
      /assessment/,
    );
    expect(integrityProblem({ ...attempt, question_order: [] }, assessment, [])).toMatch(/no questions/);
    expect(integrityProblem({ ...attempt, question_order: 'q1' }, assessment, questions)).toMatch(
      /not a list/,
    );
    expect(integrityProblem({ ...attempt, question_order: ['q1', 'qx'] }, assessment, questions)).toMatch(
      /not those of its assessment/,
    );
    expect(integrityProblem({ ...attempt, question_order: ['q1'] }, assessment, questions)).toMatch(
      /not those of its assessment/,
    );
  });

  it('builds one grade row per question, unanswered where the engine gave none', () => {
    const grades: Record<string, AnswerGrade> = {
      q1: { score: 2, maxScore: 2, verdict: 'correct', details: {} },
    };
    const score = scoreAttempt({
      questions: questions.map(toGradableQuestion),
      grades,
      requirements: [],
      passingScore: 60,
    });
    const parts = revisionParts(questions, grades, score);
    expect(parts.grades).toEqual([
      { assessmentQuestionId: 'q1', verdict: 'correct', score: 2, maxScore: 2, details: {} },
      { assessmentQuestionId: 'q2', verdict: 'unanswered', score: 0, maxScore: 10, details: {} },
    ]);
    expect(parts).toMatchObject({ score: 2, maxScore: 12, percentage: 16.67, passed: false });
    expect(parts.skills.map((s) => s.skill).sort()).toEqual(['design', 'http']);
  });

  it('keeps a person’s essay score through a re-grade, and nothing else', () => {
    const fresh: Record<string, AnswerGrade> = {
      q1: { score: 0, maxScore: 2, verdict: 'incorrect', details: {} },
      q2: { score: 0, maxScore: 10, verdict: 'pending_review', details: { length: 40 } },
    };
    const reviewed = [
      {
        assessmentQuestionId: 'q2',
        score: 7.5,
        maxScore: 10,
        verdict: 'partial',
        details: {},
        scoredByUserId: 'u',
        comment: 'ok',
      },
      {
        assessmentQuestionId: 'q1',
        score: 2,
        maxScore: 2,
        verdict: 'correct',
        details: {},
        scoredByUserId: 'u',
        comment: null,
      },
    ];
    const { grades, reviews } = carryOverHandScores(fresh, reviewed);
    expect(grades.q2).toEqual({
      score: 7.5,
      maxScore: 10,
      verdict: 'partial',
      details: { length: 40, reviewed: true },
    });
    expect(grades.q1).toEqual(fresh.q1); // the engine grades it: a hand score does not override
    expect(reviews.get('q2')).toEqual({ scoredByUserId: 'u', comment: 'ok' });
    expect(reviews.has('q1')).toBe(false);
  });

  it('runs the reconciler at a quarter of RECONCILE_AFTER_SECONDS, between 1 and 30 s', () => {
    expect(reconcileIntervalMs(120)).toBe(30_000);
    expect(reconcileIntervalMs(3600)).toBe(30_000);
    expect(reconcileIntervalMs(20)).toBe(5_000);
    expect(reconcileIntervalMs(1)).toBe(1_000);
  });
});
