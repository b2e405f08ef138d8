import { type QuestionContent } from '@assay/core';
import { isSingleReadQuery, mergeQuestionEdit, validateQuestionContent } from './question-validation';

const common = { skill: 'node-js', difficulty: 2, prompt: 'What does `x` print?', points: 1 };

const valid: Record<string, Record<string, unknown>> = {
  single_choice: {
    ...common,
    type: 'single_choice',
    options: [
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ],
    answerKey: { optionId: 'b' },
  },
  multiple_choice: {
    ...common,
    type: 'multiple_choice',
    options: [
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
      { id: 'c', text: 'three' },
    ],
    answerKey: { optionIds: ['a', 'c'] },
  },
  numeric: { ...common, type: 'numeric', answerKey: { value: 0.25, tolerance: 0.01, relative: true } },
  short_text: {
    ...common,
    type: 'short_text',
    answerKey: { accepted: ['idempotent'], caseSensitive: false },
  },
  code: {
    ...common,
    type: 'code',
    points: 10,
    languages: ['javascript', 'typescript'],
    functionName: 'add',
    starterCode: 'function add(a, b) {\n}\n',
    answerKey: {
      referenceSolution: { language: 'javascript', code: 'function add(a, b) { return a + b; }' },
      tests: [
        { args: [1, 2], expected: 3, weight: 1, hidden: false },
        { args: [0, 0], expected: 0, weight: 1, hidden: true },
        { args: [-1, 1], expected: 0, weight: 2, hidden: true },
        { args: [1e9, 1e9], expected: 2e9, weight: 1, hidden: true },
      ],
    },
  },
  sql: {
    ...common,
    type: 'sql',
    schema: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO t VALUES (1, 'a');",
    answerKey: { expectedQuery: 'SELECT name FROM t ORDER BY name;', ordered: true },
  },
  essay: { ...common, type: 'essay', answerKey: { rubric: 'Mentions idempotency keys and retries.' } },
};

function errorsOf(input: unknown, skillExists?: (s: string) => boolean) {
  const result = validateQuestionContent(input, { skillExists });
  return result.ok ? [] : result.errors;
}

function fields(input: unknown): string[] {
  return errorsOf(input).map((e) => e.field);
}

describe('validateQuestionContent', () => {
  it.each(Object.keys(valid))('accepts a valid %s question', (type) => {
    const result = validateQuestionContent(valid[type]);
    expect(result).toMatchObject({ ok: true });
  });

  it('fills in the defaults: time estimate by type, a code time limit', () => {
    const result = validateQuestionContent(valid.code);
    if (!result.ok) throw new Error('expected valid');
    expect(result.value.timeEstimateSeconds).toBe(1200);
    expect(result.value.timeLimitMs).toBe(2000);
  });

  it('names an unknown type', () => {
    const errors = errorsOf({ ...common, type: 'poll', answerKey: {} });
    expect(errors).toEqual([{ field: 'type', message: expect.stringContaining('single_choice') }]);
  });

  it('lists every bad common field at once', () => {
    expect(
      fields({ ...valid.numeric, difficulty: 6, points: 0, prompt: '  ', skill: 'Node JS' }).sort(),
    ).toEqual(['difficulty', 'points', 'prompt', 'skill'].sort());
  });

  it('rejects fields that do not belong to the type', () => {
    const errors = errorsOf({ ...valid.single_choice, schema: 'CREATE TABLE x (a int)' });
    expect(errors).toEqual([{ field: 'schema', message: 'is not an allowed field here' }]);
  });

  it('checks the skill against the taxonomy when told how', () => {
    expect(errorsOf(valid.numeric, () => false)).toEqual([
      { field: 'skill', message: expect.stringContaining('not a known skill') },
    ]);
  });

  describe('choice questions', () => {
    it('needs a single-choice key that names an existing option', () => {
      expect(errorsOf({ ...valid.single_choice, answerKey: { optionId: 'z' } })).toEqual([
        { field: 'answerKey.optionId', message: 'must name one of the options (a, b)' },
      ]);
    });

    it('needs unique option ids and texts', () => {
      const options = [
        { id: 'a', text: 'one' },
        { id: 'a', text: 'ONE' },
      ];
      expect(fields({ ...valid.single_choice, options, answerKey: { optionId: 'a' } })).toEqual([
        'options[1].id',
        'options[1].text',
      ]);
    });

    it('needs at least two options, each with an id and text', () => {
      expect(fields({ ...valid.single_choice, options: [{ id: 'a', text: 'x' }] })).toEqual(['options']);
      expect(fields({ ...valid.single_choice, options: [{ id: 'a' }, { id: 'b', text: 'y' }] })).toEqual([
        'options[0].text',
      ]);
    });

    it('needs multiple-choice keys that name distinct existing options', () => {
      expect(fields({ ...valid.multiple_choice, answerKey: { optionIds: ['a', 'a', 'q'] } })).toEqual([
        'answerKey.optionIds[1]',
        'answerKey.optionIds[2]',
      ]);
      expect(fields({ ...valid.multiple_choice, answerKey: { optionIds: [] } })).toEqual([
        'answerKey.optionIds',
      ]);
    });
  });

  describe('numeric and short text', () => {
    it('needs a tolerance of at least 0', () => {
      expect(errorsOf({ ...valid.numeric, answerKey: { value: 3, tolerance: -1 } })).toEqual([
        { field: 'answerKey.tolerance', message: 'must be at least 0' },
      ]);
    });

    it('refuses a relative tolerance around zero', () => {
      expect(fields({ ...valid.numeric, answerKey: { value: 0, tolerance: 0.1, relative: true } })).toEqual([
        'answerKey.relative',
      ]);
    });

    it('needs accepted answers and a valid pattern', () => {
      expect(fields({ ...valid.short_text, answerKey: { accepted: [], caseSensitive: false } })).toEqual([
        'answerKey.accepted',
      ]);
      expect(
        fields({
          ...valid.short_text,
          answerKey: { accepted: ['x'], caseSensitive: false, pattern: '([a-z' },
        }),
      ).toEqual(['answerKey.pattern']);
    });
  });

  describe('code questions', () => {
    const key = valid.code.answerKey as { tests: unknown[]; referenceSolution: unknown };

    it('needs a reference solution', () => {
      expect(errorsOf({ ...valid.code, answerKey: { tests: key.tests } })).toEqual([
        { field: 'answerKey.referenceSolution', message: 'is required' },
      ]);
    });

    it('needs at least 3 hidden tests', () => {
      const tests = (key.tests as { hidden: boolean }[]).map((t) => ({ ...t, hidden: false }));
      expect(errorsOf({ ...valid.code, answerKey: { ...key, tests } })).toEqual([
        { field: 'answerKey.tests', message: 'must include at least 3 hidden tests (has 0)' },
      ]);
    });

    it('needs positive weights, args as a list and an expected value', () => {
      const tests = [...key.tests.slice(1), { args: 5, weight: 0, hidden: true }];
      expect(fields({ ...valid.code, answerKey: { ...key, tests } }).sort()).toEqual(
        ['answerKey.tests[3].args', 'answerKey.tests[3].expected', 'answerKey.tests[3].weight'].sort(),
      );
    });

    it('needs a time limit within bounds, known languages and a reference in one of them', () => {
      expect(fields({ ...valid.code, timeLimitMs: 60_000 })).toEqual(['timeLimitMs']);
      expect(fields({ ...valid.code, languages: ['python'] })).toEqual(['languages[0]']);
      expect(fields({ ...valid.code, languages: ['typescript'] })).toEqual([
        'answerKey.referenceSolution.language',
      ]);
    });

    it('refuses a NUL character in a test (PostgreSQL cannot store it; catalog files skip the HTTP check)', () => {
      const tests = [{ args: ['a\u0000b'], expected: null, weight: 1, hidden: true }, ...key.tests.slice(1)];
      expect(errorsOf({ ...valid.code, answerKey: { ...key, tests } })).toEqual([
        { field: 'answerKey.tests[0].args[0]', message: 'must not contain the NUL character (U+0000)' },
      ]);
    });

    it('takes a memory limit of 16–256 whole MiB, and none by default', () => {
      expect(fields({ ...valid.code, memoryLimitMb: 128 })).toEqual([]);
      expect(fields({ ...valid.code, memoryLimitMb: 15 })).toEqual(['memoryLimitMb']);
      expect(fields({ ...valid.code, memoryLimitMb: 257 })).toEqual(['memoryLimitMb']);
      expect(fields({ ...valid.code, memoryLimitMb: 64.5 })).toEqual(['memoryLimitMb']);
      expect(fields({ ...valid.sql, memoryLimitMb: 64 })).toEqual(['memoryLimitMb']);
      const result = validateQuestionContent(valid.code);
      expect(result.ok && result.value.memoryLimitMb).toBeUndefined();
    });

    it('needs a function name that the reference solution defines', () => {
      expect(fields({ ...valid.code, functionName: 'not valid' })).toEqual(['functionName']);
      expect(fields({ ...valid.code, functionName: 'sum' })).toEqual(['answerKey.referenceSolution.code']);
    });
  });

  describe('SQL questions', () => {
    it('needs a fixture that creates a table and a single read query', () => {
      expect(fields({ ...valid.sql, schema: "INSERT INTO t VALUES (1, 'a')" })).toEqual(['schema']);
      expect(fields({ ...valid.sql, answerKey: { expectedQuery: 'DELETE FROM t', ordered: false } })).toEqual(
        ['answerKey.expectedQuery'],
      );
      expect(fields({ ...valid.sql, answerKey: { expectedQuery: 'SELECT 1' } })).toEqual([
        'answerKey.ordered',
      ]);
      expect(fields({ ...valid.sql, schema: undefined })).toEqual(['schema']);
    });
  });

  it('needs an essay rubric', () => {
    expect(fields({ ...valid.essay, answerKey: {} })).toEqual(['answerKey.rubric']);
  });

  it('refuses absurdly nested JSON without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const tests = [{ args: [deep], expected: 1, weight: 1, hidden: true }];
    expect(errorsOf({ ...valid.code, answerKey: { ...(valid.code.answerKey as object), tests } })).toEqual([
      { field: '(body)', message: 'is nested more than 32 levels deep' },
    ]);
  });

  it('prefixes fields for nested use (catalog files)', () => {
    const result = validateQuestionContent({ ...valid.numeric, points: 0 }, { prefix: 'questions[3]' });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'questions[3].points', message: 'must be at least 1' }],
    });
  });
});

describe('isSingleReadQuery', () => {
  it.each([
    ['SELECT 1', true],
    ['  with x as (select 1) select * from x;', true],
    ["SELECT ';' AS semi", true],
    ['-- comment\nSELECT 1', true],
    ['SELECT 1; DROP TABLE t', false],
    ['UPDATE t SET a = 1', false],
    ['PRAGMA table_info(t)', false],
  ])('%s → %s', (sql, expected) => {
    expect(isSingleReadQuery(sql)).toBe(expected);
  });
});

describe('mergeQuestionEdit', () => {
  const current = validateQuestionContent(valid.single_choice);
  const content = (current as { value: QuestionContent }).value;

  it('replaces given fields and keeps the rest', () => {
    expect(mergeQuestionEdit(content, { prompt: 'New?', difficulty: undefined })).toMatchObject({
      prompt: 'New?',
      difficulty: 2,
      options: content.options,
    });
  });

  it('keeps only the common fields when the type changes', () => {
    const merged = mergeQuestionEdit(content, { type: 'numeric', answerKey: { value: 1, tolerance: 0 } });
    expect(merged.options).toBeUndefined();
    expect(validateQuestionContent(merged)).toMatchObject({ ok: true });
  });
});
