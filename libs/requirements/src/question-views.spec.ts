import type { QuestionView } from './question-bank.service';
import { catalogQuestionView, questionViewForOrganization, visibleExamples } from './question.views';
import { validateQuestionContent } from './question-validation';

const SECRET = 'SECRET-40d1';

function view(overrides: Partial<QuestionView>): QuestionView {
  return {
    id: 'q1',
    versionId: 'v1',
    version: 3,
    library: 'global',
    key: 'node-js-101',
    status: 'active',
    used: true,
    type: 'code',
    skill: 'node-js',
    difficulty: 2,
    prompt: 'Write f.',
    points: 10,
    timeEstimateSeconds: 600,
    languages: ['javascript'],
    functionName: 'f',
    starterCode: 'function f() {}',
    timeLimitMs: 2000,
    answerKey: {
      referenceSolution: { language: 'javascript', code: SECRET },
      tests: [
        { args: [1], expected: 2, weight: 1, hidden: false },
        { args: [SECRET], expected: SECRET, weight: 1, hidden: true },
      ],
    },
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('question views for organizations', () => {
  it('shows a global question without its key, with its visible tests as examples and its source', () => {
    const shown = catalogQuestionView(view({}));
    expect(JSON.stringify(shown)).not.toContain(SECRET);
    expect(shown).not.toHaveProperty('answerKey');
    expect(shown).not.toHaveProperty('used');
    expect(shown.examples).toEqual([{ args: [1], expected: 2 }]);
    expect(shown.source).toEqual({ library: 'global', questionId: 'q1', version: 3 });
    expect(questionViewForOrganization(view({}))).toEqual(shown);
  });

  it('shows an organization its own question in full', () => {
    const own = questionViewForOrganization(view({ library: 'organization' }));
    expect(own).toHaveProperty('answerKey');
    expect(own.source).toEqual({ library: 'organization', questionId: 'q1', version: 3 });
  });

  it('takes only tests explicitly marked visible as examples', () => {
    expect(
      visibleExamples({
        tests: [
          { args: [1], expected: 1 },
          { args: [2], expected: 2, hidden: false },
        ],
      }),
    ).toEqual([{ args: [2], expected: 2 }]);
    expect(visibleExamples(null)).toEqual([]);
  });
});

describe('the SQL schema size limit', () => {
  const sql = (schema: string) => ({
    type: 'sql',
    skill: 'sql-relational-databases',
    difficulty: 2,
    prompt: 'List them.',
    points: 2,
    schema,
    answerKey: { expectedQuery: 'SELECT 1', ordered: false },
  });

  it('names the schema field when the fixture is larger than allowed (in bytes)', () => {
    const small = `CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('é');`;
    expect(validateQuestionContent(sql(small), { maxSchemaBytes: 1024 }).ok).toBe(true);
    const big = `CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('${'é'.repeat(600)}');`;
    expect(big.length).toBeLessThan(1024);
    expect(validateQuestionContent(sql(big), { maxSchemaBytes: 1024 })).toEqual({
      ok: false,
      errors: [{ field: 'schema', message: 'must be at most 1024 bytes' }],
    });
  });
});
