import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { Type } from 'class-transformer';

import { Allow, IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';

import { PageQuery, CODE_LANGUAGES, QUESTION_TYPES } from '@assay/core';

/*
 * A question body is polymorphic by `type`. The class lists every field (for the OpenAPI document and so
 * that unknown fields are rejected); what each type requires is checked by validateQuestionContent, which
 * names every bad field at once (see docs/decisions/0301-question-validation.md).
 */

export class ChoiceOptionDto {
  @ApiProperty({ example: 'a' })
  id!: string;

  @ApiProperty({ example: '`PUT` replaces the resource; repeating it leaves the same state.' })
  text!: string;
}

export class CodeTestDto {
  @ApiProperty({ example: [[3, 1, 2]], description: 'Arguments of one call (JSON)' })
  args!: unknown[];

  @ApiProperty({ example: [1, 2, 3], description: 'Expected return value (JSON), compared deeply' })
  expected!: unknown;

  @ApiProperty({ example: 1 })
  weight!: number;

  @ApiProperty({ example: true, description: 'Hidden tests are never shown to candidates' })
  hidden!: boolean;
}

const ANSWER_KEY_DESCRIPTION =
  'By type: single_choice `{ optionId }`; multiple_choice `{ optionIds }`; numeric `{ value, tolerance, relative? }`; ' +
  'short_text `{ accepted, caseSensitive, pattern? }`; code `{ referenceSolution: { language, code }, tests }` ' +
  '(at least 3 hidden tests); sql `{ expectedQuery, ordered }`; essay `{ rubric }`. Never shown to candidates.';

export class QuestionInputDto {
  @ApiProperty({ enum: QUESTION_TYPES, example: 'single_choice' })
  @Allow()
  type!: string;

  @ApiProperty({ example: 'http-api-design', description: 'Skill slug' })
  @Allow()
  skill!: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 2 })
  @Allow()
  difficulty!: number;

  @ApiProperty({ example: 'Which HTTP method is **idempotent** but not safe?' })
  @Allow()
  prompt!: string;

  @ApiProperty({ minimum: 1, maximum: 100, example: 1 })
  @Allow()
  points!: number;

  @ApiPropertyOptional({ example: 90, description: 'Defaults by type (choice 90 s … code 1200 s)' })
  @Allow()
  timeEstimateSeconds?: number;

  @ApiPropertyOptional({
    type: [ChoiceOptionDto],
    description: 'Choice types: 2–10 options with unique ids',
    example: [
      { id: 'a', text: 'GET' },
      { id: 'b', text: 'PUT' },
      { id: 'c', text: 'POST' },
    ],
  })
  @Allow()
  options?: ChoiceOptionDto[];

  @ApiPropertyOptional({ enum: CODE_LANGUAGES, isArray: true, example: ['javascript', 'typescript'] })
  @Allow()
  languages?: string[];

  @ApiPropertyOptional({ example: 'sortNumbers', description: 'Code: the function the candidate defines' })
  @Allow()
  functionName?: string;

  @ApiPropertyOptional({ example: 'function sortNumbers(xs) {\n  // your code here\n}\n' })
  @Allow()
  starterCode?: string;

  @ApiPropertyOptional({
    example: 2000,
    description: 'Code: per-test time limit, 100–10000 ms (default 2000)',
  })
  @Allow()
  timeLimitMs?: number;

  @ApiPropertyOptional({
    example: 64,
    description: 'Code: total memory of one answer, 16–256 MiB (default 64)',
  })
  @Allow()
  memoryLimitMb?: number;

  @ApiPropertyOptional({
    example: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO t VALUES (1, 'a');",
    description: 'SQL: the SQLite fixture (CREATE TABLE and INSERT statements)',
  })
  @Allow()
  schema?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: ANSWER_KEY_DESCRIPTION,
    example: { optionId: 'b' },
  })
  @Allow()
  answerKey!: Record<string, unknown>;
}

export class QuestionEditDto {
  @ApiPropertyOptional({ enum: QUESTION_TYPES })
  @Allow()
  type?: string;

  @ApiPropertyOptional({ example: 'http-api-design' })
  @Allow()
  skill?: string;

  @ApiPropertyOptional({ example: 3 })
  @Allow()
  difficulty?: number;

  @ApiPropertyOptional({ example: 'Which HTTP method is **idempotent** but not safe?' })
  @Allow()
  prompt?: string;

  @ApiPropertyOptional({ example: 2 })
  @Allow()
  points?: number;

  @ApiPropertyOptional({ example: 90 })
  @Allow()
  timeEstimateSeconds?: number;

  @ApiPropertyOptional({ type: [ChoiceOptionDto] })
  @Allow()
  options?: ChoiceOptionDto[];

  @ApiPropertyOptional({ enum: CODE_LANGUAGES, isArray: true })
  @Allow()
  languages?: string[];

  @ApiPropertyOptional()
  @Allow()
  functionName?: string;

  @ApiPropertyOptional()
  @Allow()
  starterCode?: string;

  @ApiPropertyOptional()
  @Allow()
  timeLimitMs?: number;

  @ApiPropertyOptional()
  @Allow()
  memoryLimitMb?: number;

  @ApiPropertyOptional()
  @Allow()
  schema?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: `Replaces the answer key as a whole. ${ANSWER_KEY_DESCRIPTION}`,
  })
  @Allow()
  answerKey?: Record<string, unknown>;

  @ApiPropertyOptional({
    enum: ['active', 'archived'],
    description: 'Archived questions are not used for new assessments',
  })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: 'active' | 'archived';
}

export class QuestionDto extends QuestionInputDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The latest version (what a new assessment would use)' })
  versionId!: string;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ enum: ['global', 'organization'] })
  library!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'http-api-design-007',
    description: 'Shipped catalog key',
  })
  key!: string | null;

  @ApiProperty({ enum: ['active', 'archived'] })
  status!: string;

  @ApiPropertyOptional({
    description:
      'An assessment uses the latest version: the next edit makes a new version (absent on the global ' +
      'library’s questions as an organization sees them)',
  })
  used?: boolean;

  // An organization never sees a global question's key (docs/decisions/0610): only its own questions have one.
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: `${ANSWER_KEY_DESCRIPTION} Absent on the global library’s questions as an organization sees them.`,
    example: { optionId: 'b' },
  })
  declare answerKey: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object',
    properties: {
      library: { type: 'string', enum: ['global', 'organization'] },
      questionId: { type: 'string', format: 'uuid' },
      version: { type: 'number', nullable: true },
    },
    required: ['library', 'questionId', 'version'],
    description: 'Where the question comes from (an organization’s view)',
  })
  source?: { library: string; questionId: string; version: number | null };

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object', properties: { args: { type: 'array', items: {} }, expected: {} } },
    description: 'Code questions of the global library: the visible examples',
  })
  examples?: { args: unknown[]; expected: unknown }[];

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;
}

export class QuestionPageDto {
  @ApiProperty({ type: [QuestionDto] })
  items!: QuestionDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class QuestionListQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: 'node-js' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'skill must be a skill slug' })
  @MaxLength(64)
  skill?: string;

  @ApiPropertyOptional({ enum: QUESTION_TYPES })
  @IsOptional()
  @IsIn(QUESTION_TYPES)
  type?: (typeof QUESTION_TYPES)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  difficulty?: number;

  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: 'active' | 'archived';

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only questions with an item-statistics flag (docs/decisions/0122-item-statistics.md)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  flagged?: 'true' | 'false';
}

export class OrganizationQuestionListQueryDto extends QuestionListQueryDto {
  @ApiPropertyOptional({
    enum: ['own', 'global'],
    default: 'own',
    description: "`own`: the organization's questions; `global`: the shared library (read-only)",
  })
  @IsOptional()
  @IsIn(['own', 'global'])
  library?: 'own' | 'global';
}
