import { scoreAttempt } from './attempt-scoring';
import { GRADER_VERSION, GradingEngine } from './grading-engine';
import type { AnswerGrade, GradableQuestion } from './grading.types';

jest.setTimeout(30_000);

const base = { skill: 'javascript', difficulty: 2, points: 2 };
const questions: GradableQuestion[] = [
  {
    ...base,
    id: 'q1',
    type: 'single_choice',
    options: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ],
    answerKey: { optionId: 'a' },
  },
  { ...base, id: 'q2', type: 'numeric', answerKey: { value: 404, tolerance: 0 } },
  { ...base, id: 'q3', type: 'short_text', answerKey: { accepted: ['closure'], caseSensitive: false } },
  { ...base, id: 'q4', type: 'essay', answerKey: { rubric: 'clarity' } },
  {
    ...base,
    id: 'q5',
    type: 'code',
    points: 10,
    functionName: 'double',
    languages: ['javascript'],
    answerKey: {
      tests: [
        { args: [2], expected: 4 },
        { args: [-1], expected: -2, hidden: true },
      ],
    },
  },
  {
    ...base,
    id: 'q6',
    type: 'sql',
    skill: 'sql',
    points: 6,
    schema: 'CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);',
    answerKey: { expectedQuery: 'SELECT SUM(x) FROM t', ordered: false },
  },
];
const responses: Record<string, unknown> = {
  q1: { optionId: 'a' },
  q2: { value: '404' },
  q3: { text: 'Closure.' },
  q4: { text: 'Closures capture variables.' },
  q5: { language: 'javascript', code: 'const double = (n) => n * 2;' },
  q6: { query: 'SELECT 6' },
};

describe('GradingEngine', () => {
  const engine = new GradingEngine({ codeThreads: 1, sqlThreads: 1 });
  afterAll(() => engine.close());

  it('has a version to store with results', () => {
    expect(GRADER_VERSION).toMatch(/^assay-grading\/\d+\.\d+\.\d+$/);
  });

  it('grades every question type of an attempt and scores it', async () => {
    const grades: Record<string, AnswerGrade> = {};
    for (const q of questions) grades[q.id] = await engine.grade(q, responses[q.id]);
    expect(Object.fromEntries(Object.entries(grades).map(([id, g]) => [id, g.verdict]))).toEqual({
      q1: 'correct',
      q2: 'correct',
      q3: 'correct',
      q4: 'pending_review',
      q5: 'accepted',
      q6: 'accepted',
    });
    const result = scoreAttempt({ questions, grades, requirements: [], passingScore: 70 });
    expect(result).toMatchObject({
      score: 22,
      maxScore: 24,
      percentage: 91.67,
      passed: true,
      pendingReview: 1,
    });
  });

  it('never rejects on malformed questions', async () => {
    await expect(engine.grade(null as unknown as GradableQuestion, {})).resolves.toMatchObject({
      verdict: 'pending_review',
    });
    await expect(
      engine.grade({ ...questions[0], type: 'nope' } as unknown as GradableQuestion, {}),
    ).resolves.toMatchObject({
      verdict: 'pending_review',
      details: { reason: 'invalid_question' },
    });
  });

  it('still answers after close, sending sandboxed answers to review', async () => {
    const closed = new GradingEngine();
    await closed.close();
    await expect(closed.grade(questions[4], responses.q5)).resolves.toMatchObject({
      verdict: 'pending_review',
      details: { reason: 'sandbox_failure' },
    });
    await expect(closed.grade(questions[0], responses.q1)).resolves.toMatchObject({ verdict: 'correct' });
  });
});
