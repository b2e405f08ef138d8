import type { QuestionContent, QuestionType } from '@assay/core';

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
