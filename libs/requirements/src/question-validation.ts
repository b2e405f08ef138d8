import {
  findNulCharacter,
  type FieldError,
  CODE_LANGUAGES,
  QUESTION_TYPES,
  QuestionContent,
  QuestionType,
} from '@assay/core';

import { z } from 'zod';

import { zodFieldErrors } from './field-errors';

import {
  CODE_MEMORY_LIMIT_MB,
  DEFAULT_CODE_TIME_LIMIT_MS,
  DEFAULT_TIME_ESTIMATE_SECONDS,
} from './question.types';

/** Skill slugs: kebab-case, stable forever (roles, questions and stored results refer to them). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z.string().min(1).max(64).regex(SLUG_PATTERN);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const nonBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' });

const common = {
  skill: slugSchema,
  difficulty: z.int().min(1).max(5),
  prompt: nonBlank(20_000),
  points: z.int().min(1).max(100),
  timeEstimateSeconds: z.int().min(10).max(14_400).optional(),
};

const option = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { message: 'must be 1–32 letters, digits, - or _' }),
  text: nonBlank(2_000),
});
const options = z.array(option).min(2).max(10);

const codeTest = z.strictObject({
  args: z.array(z.json()).max(20),
  expected: z.json(),
  weight: z.number().positive().max(1_000),
  hidden: z.boolean(),
  /** Tests sharing a group score all-or-nothing (an acceptance case paired with its rejection cases). */
  group: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, { message: 'must be 1–32 lower-case letters, digits, - or _' })
    .optional(),
});

/** The shape of each question type; semantic rules (keys naming options, hidden tests…) follow below. */
const questionShape = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('single_choice'),
    ...common,
    options,
    answerKey: z.strictObject({ optionId: z.string().min(1) }),
  }),
  z.strictObject({
    type: z.literal('multiple_choice'),
    ...common,
    options,
    answerKey: z.strictObject({ optionIds: z.array(z.string().min(1)).min(1).max(10) }),
  }),
  z.strictObject({
    type: z.literal('numeric'),
    ...common,
    answerKey: z.strictObject({
      value: z.number(),
      tolerance: z.number().min(0),
      relative: z.boolean().optional(),
    }),
  }),
  z.strictObject({
    type: z.literal('short_text'),
    ...common,
    answerKey: z.strictObject({
      accepted: z.array(nonBlank(200)).min(1).max(50),
      caseSensitive: z.boolean(),
      pattern: z.string().min(1).max(500).optional(),
    }),
  }),
  z.strictObject({
    type: z.literal('code'),
    ...common,
    languages: z.array(z.enum(CODE_LANGUAGES)).min(1).max(CODE_LANGUAGES.length),
    functionName: z.string().max(64).regex(IDENTIFIER, { message: 'must be a JavaScript identifier' }),
    starterCode: z.string().max(20_000),
    timeLimitMs: z.int().min(100).max(10_000).optional(),
    /** Total memory of one answer, MiB (the code sandbox's default is 64). */
    memoryLimitMb: z.int().min(CODE_MEMORY_LIMIT_MB.min).max(CODE_MEMORY_LIMIT_MB.max).optional(),
    answerKey: z.strictObject({
      referenceSolution: z.strictObject({ language: z.enum(CODE_LANGUAGES), code: nonBlank(50_000) }),
      tests: z.array(codeTest).min(3).max(200),
    }),
  }),
  z.strictObject({
    type: z.literal('sql'),
    ...common,
    schema: nonBlank(200_000),
    answerKey: z.strictObject({ expectedQuery: nonBlank(20_000), ordered: z.boolean() }),
  }),
  z.strictObject({
    type: z.literal('essay'),
    ...common,
    answerKey: z.strictObject({ rubric: nonBlank(20_000) }),
  }),
]);

type ParsedQuestion = z.infer<typeof questionShape>;

export const MIN_HIDDEN_CODE_TESTS = 3;

/** The rules a shape cannot say: keys that name existing options, unique ids, enough hidden tests… */
export function questionRuleErrors(q: ParsedQuestion): FieldError[] {
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });

  if (q.type === 'single_choice' || q.type === 'multiple_choice') {
    const ids = new Set<string>();
    const texts = new Set<string>();
    q.options.forEach((o, i) => {
      if (ids.has(o.id)) err(`options[${i}].id`, `duplicates option id "${o.id}"`);
      ids.add(o.id);
      const text = o.text.trim().toLowerCase();
      if (texts.has(text)) err(`options[${i}].text`, 'duplicates the text of another option');
      texts.add(text);
    });
    const known = q.options.map((o) => o.id).join(', ');
    if (q.type === 'single_choice' && !ids.has(q.answerKey.optionId)) {
      err('answerKey.optionId', `must name one of the options (${known})`);
    }
    if (q.type === 'multiple_choice') {
      const seen = new Set<string>();
      q.answerKey.optionIds.forEach((id, i) => {
        if (!ids.has(id)) err(`answerKey.optionIds[${i}]`, `must name one of the options (${known})`);
        else if (seen.has(id)) err(`answerKey.optionIds[${i}]`, `repeats option "${id}"`);
        seen.add(id);
      });
    }
  }

  if (q.type === 'numeric' && q.answerKey.relative && q.answerKey.value === 0) {
    err('answerKey.relative', 'a relative tolerance needs a non-zero value');
  }

  if (q.type === 'short_text') {
    if (q.answerKey.pattern !== undefined) {
      try {
        new RegExp(q.answerKey.pattern);
      } catch {
        err('answerKey.pattern', 'is not a valid regular expression');
      }
    }
  }

  if (q.type === 'code') {
    q.languages.forEach((language, i) => {
      if (q.languages.indexOf(language) !== i) err(`languages[${i}]`, `repeats "${language}"`);
    });
    const reference = q.answerKey.referenceSolution;
    if (!q.languages.includes(reference.language)) {
      err(
        'answerKey.referenceSolution.language',
        `must be one of the question's languages (${q.languages.join(', ')})`,
      );
    }
    if (!new RegExp(`\\b${escapeRegExp(q.functionName)}\\b`).test(reference.code)) {
      err('answerKey.referenceSolution.code', `must define the function ${q.functionName}`);
    }
    const hidden = q.answerKey.tests.filter((t) => t.hidden).length;
    if (hidden < MIN_HIDDEN_CODE_TESTS) {
      err('answerKey.tests', `must include at least ${MIN_HIDDEN_CODE_TESTS} hidden tests (has ${hidden})`);
    }
  }

  if (q.type === 'sql') {
    if (!/\bcreate\s+table\b/i.test(q.schema)) {
      err('schema', 'must create at least one table (CREATE TABLE …)');
    }
    if (!isSingleReadQuery(q.answerKey.expectedQuery)) {
      err('answerKey.expectedQuery', 'must be a single SELECT or WITH query');
    }
  }
  return errors;
}

/** One statement that starts with SELECT, WITH or VALUES (a trailing semicolon is allowed). */
export function isSingleReadQuery(sql: string): boolean {
  const text = stripSqlComments(sql).trim().replace(/;\s*$/, '');
  if (!/^(select|with|values)\b/i.test(text)) return false;
  return !stripSqlStrings(text).includes(';');
}

function stripSqlComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}

function stripSqlStrings(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "''").replace(/"(?:[^"]|"")*"/g, '""');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type QuestionValidation = { ok: true; value: QuestionContent } | { ok: false; errors: FieldError[] };

/**
 * Validates an authored question (API body or catalog file entry) against its type: shape first, then the
 * rules, every bad field listed. `skillExists` adds the taxonomy check when the caller knows the skills.
 * Defaults are filled in (timeEstimateSeconds by type, a code question's timeLimitMs).
 */
export function validateQuestionContent(
  input: unknown,
  options: { skillExists?: (slug: string) => boolean; prefix?: string; maxSchemaBytes?: number } = {},
): QuestionValidation {
  const prefix = options.prefix ?? '';
  if (nestingDepth(input) > MAX_NESTING) {
    return {
      ok: false,
      errors: [{ field: prefix || '(body)', message: `is nested more than ${MAX_NESTING} levels deep` }],
    };
  }
  // Catalog files do not pass the HTTP body check; PostgreSQL would refuse the row at sync.
  const nulAt = findNulCharacter(input);
  if (nulAt !== null) {
    const field = nulAt === '(body)' ? prefix || '(body)' : prefix ? `${prefix}.${nulAt}` : nulAt;
    return { ok: false, errors: [{ field, message: 'must not contain the NUL character (U+0000)' }] };
  }
  const parsed = questionShape.safeParse(withoutUndefined(input), { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error.issues, prefix) };
  const q = parsed.data;
  const errors = questionRuleErrors(q).map((e) => ({
    ...e,
    field: prefix ? `${prefix}.${e.field}` : e.field,
  }));
  // The fixture is rebuilt for every SQL answer graded: its size is an organization quota (0611).
  if (
    options.maxSchemaBytes !== undefined &&
    q.type === 'sql' &&
    Buffer.byteLength(q.schema, 'utf8') > options.maxSchemaBytes
  ) {
    errors.push({
      field: prefix ? `${prefix}.schema` : 'schema',
      message: `must be at most ${options.maxSchemaBytes} bytes`,
    });
  }
  if (options.skillExists && !options.skillExists(q.skill)) {
    errors.unshift({
      field: prefix ? `${prefix}.skill` : 'skill',
      message: `is not a known skill ("${q.skill}")`,
    });
  }
  if (errors.length) return { ok: false, errors };
  const value: QuestionContent = {
    ...q,
    timeEstimateSeconds: q.timeEstimateSeconds ?? DEFAULT_TIME_ESTIMATE_SECONDS[q.type],
  };
  if (q.type === 'code') value.timeLimitMs = q.timeLimitMs ?? DEFAULT_CODE_TIME_LIMIT_MS;
  return { ok: true, value };
}

const MAX_NESTING = 32;

/** How deeply arrays and objects nest (iteratively: a hostile depth must not overflow the stack). */
export function nestingDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, depth + 1);
    if (max > 1_000) return max;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return max;
}

/** Drops properties whose value is undefined (DTO instances carry every declared property). */
function withoutUndefined(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

const COMMON_FIELDS = ['type', 'skill', 'difficulty', 'prompt', 'points', 'timeEstimateSeconds'] as const;

/**
 * An edit applied to the current content: given fields replace current ones (the answer key as a whole).
 * Changing the type keeps only the common fields, so a choice question's options never linger on a
 * numeric one.
 */
export function mergeQuestionEdit(
  current: QuestionContent,
  edit: Record<string, unknown>,
): Record<string, unknown> {
  const changes = withoutUndefined(edit) as Record<string, unknown>;
  const typeChanges = changes.type !== undefined && changes.type !== current.type;
  const base: Record<string, unknown> = typeChanges
    ? Object.fromEntries(COMMON_FIELDS.filter((k) => k in current).map((k) => [k, current[k]]))
    : { ...current };
  return { ...base, ...changes };
}

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value);
}
