/** Question types of the API contract (API.md, "Questions"). */
export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'numeric',
  'short_text',
  'code',
  'sql',
  'essay',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Languages a code question may be answered in (the sandbox runs JavaScript; TypeScript is transpiled). */
export const CODE_LANGUAGES = ['javascript', 'typescript'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export interface ChoiceOption {
  id: string;
  text: string;
}

export interface CodeTest {
  /** Arguments of one call, as JSON. */
  args: unknown[];
  /** The value the call must return, compared deeply. */
  expected: unknown;
  weight: number;
  hidden: boolean;
}

export type AnswerKey =
  | { optionId: string }
  | { optionIds: string[] }
  | { value: number; tolerance: number; relative?: boolean }
  | { accepted: string[]; caseSensitive: boolean; pattern?: string }
  | { referenceSolution: { language: CodeLanguage; code: string }; tests: CodeTest[] }
  | { expectedQuery: string; ordered: boolean }
  | { rubric: string };

/**
 * The authored content of one question version: the common fields, the type-specific fields a candidate
 * sees (options, languages, functionName, starterCode, timeLimitMs, schema) and the answer key, which a
 * candidate never sees.
 */
export interface QuestionContent {
  type: QuestionType;
  skill: string;
  difficulty: number;
  prompt: string;
  points: number;
  timeEstimateSeconds: number;
  options?: ChoiceOption[];
  languages?: CodeLanguage[];
  functionName?: string;
  starterCode?: string;
  timeLimitMs?: number;
  /** Code: total memory of one answer in MiB, 16–256 (the sandbox's default, 64, when absent). */
  memoryLimitMb?: number;
  schema?: string;
  answerKey: AnswerKey;
}

/** The type-specific fields a candidate may see, by type (everything else is common or the answer key). */
export const PUBLIC_FIELDS_BY_TYPE: Readonly<Record<QuestionType, readonly (keyof QuestionContent)[]>> = {
  single_choice: ['options'],
  multiple_choice: ['options'],
  numeric: [],
  short_text: [],
  code: ['languages', 'functionName', 'starterCode', 'timeLimitMs', 'memoryLimitMb'],
  sql: ['schema'],
  essay: [],
};

/** Bounds of a code question's `memoryLimitMb` (the code sandbox enforces the same; default 64). */
export const CODE_MEMORY_LIMIT_MB = { min: 16, max: 256 } as const;

/** Used when an author leaves `timeEstimateSeconds` out. */
export const DEFAULT_TIME_ESTIMATE_SECONDS: Readonly<Record<QuestionType, number>> = {
  single_choice: 90,
  multiple_choice: 120,
  numeric: 120,
  short_text: 120,
  code: 1200,
  sql: 480,
  essay: 900,
};

export const DEFAULT_CODE_TIME_LIMIT_MS = 2000;

/** Seniority levels of a role, lowest first. Exactly these four. */
export const LEVELS = ['junior', 'mid', 'senior', 'lead'] as const;
export type Level = (typeof LEVELS)[number];

/** The question difficulties (1–5) that suit each level when an assessment is composed. */
export const LEVEL_DIFFICULTY_BANDS: Readonly<Record<Level, readonly [number, number]>> = {
  junior: [1, 2],
  mid: [2, 3],
  senior: [3, 4],
  lead: [4, 5],
};
