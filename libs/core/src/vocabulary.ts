/**
 * The domain's shared vocabulary, defined once: question types, seniority levels, the difficulty band each
 * level is centred on, and the shape of a question's authored content (API.md, "Questions"). Every lib
 * imports these from @assay/core; none redeclares them (docs/decisions/1600).
 */

/** Question types of the API contract. */
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

/** Seniority levels of a role, lowest first. Exactly these four. */
export const LEVELS = ['junior', 'mid', 'senior', 'lead'] as const;
export type Level = (typeof LEVELS)[number];

/** The question difficulties (1–5) an assessment composed at a level is centred on (with a band below/above). */
export const LEVEL_DIFFICULTY_BANDS: Readonly<Record<Level, readonly [number, number]>> = {
  junior: [1, 2],
  mid: [2, 3],
  senior: [3, 4],
  lead: [4, 5],
};

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
