import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsISO8601, IsObject, IsOptional } from 'class-validator';
import { LEVELS } from '@assay/core';
import { CODE_TEST_STATUSES, CODE_VERDICTS } from '@assay/grading';
import { PROCTORING_EVENT_TYPES } from '../entities';
import type { ProctoringEventType } from '../entities';

/** The autosave body, for the OpenAPI document (the route checks it with autosaveBodyErrors, not class-validator). */
export class SaveAnswerDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'By type: { optionId } | { optionIds } | { value } | { text } | { language, code } | { query }',
    example: { optionId: 'b' },
  })
  response!: unknown;
}

export class ProctoringEventDto {
  @ApiProperty({ enum: PROCTORING_EVENT_TYPES, example: 'tab_hidden' })
  @IsIn(PROCTORING_EVENT_TYPES)
  type!: ProctoringEventType;

  @ApiPropertyOptional({ example: '2026-11-27T10:15:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { length: 120 } })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}

// ---- responses (documented so the web app's generated client is typed) --------------------------------

export class TakeIntroAssessmentDto {
  @ApiProperty({ example: 'Senior Back-End Engineer' })
  title!: string;

  @ApiProperty({ example: 'Back-End Engineer' })
  roleTitle!: string;

  @ApiProperty({ enum: LEVELS, example: 'senior' })
  level!: string;

  @ApiProperty({ example: 90 })
  timeLimitMinutes!: number;

  @ApiProperty({ example: 20 })
  questionCount!: number;
}

export class TakeOrganizationDto {
  @ApiProperty({ example: 'Acme Robotics' })
  name!: string;
}

export class TakeCandidateDto {
  @ApiProperty({ example: 'Ada Lovelace' })
  fullName!: string;
}

export class TakeResultDto {
  @ApiProperty({ example: 82.5 })
  percentage!: number;
}

export class TakeAccommodationsDto {
  @ApiPropertyOptional({ example: 50 })
  extraTimePercent?: number;

  @ApiPropertyOptional({ example: 10 })
  extraMinutes?: number;

  @ApiPropertyOptional({ example: false })
  untimed?: boolean;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 60,
    description: 'This candidate’s time limit in minutes, accommodations applied; null when untimed',
  })
  timeLimitMinutes!: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'with 50% extra time' })
  note!: string | null;
}

export const CANDIDATE_STATUSES = ['invited', 'in_progress', 'submitted', 'graded'] as const;

export class TakeIntroDto {
  @ApiProperty({ type: TakeIntroAssessmentDto })
  assessment!: TakeIntroAssessmentDto;

  @ApiProperty({ type: TakeOrganizationDto, description: 'Who is assessing' })
  organization!: TakeOrganizationDto;

  @ApiProperty({ type: TakeCandidateDto })
  candidate!: TakeCandidateDto;

  @ApiProperty({ type: TakeAccommodationsDto, description: 'Extra time or untimed mode for this candidate' })
  accommodations!: TakeAccommodationsDto;

  @ApiProperty({ enum: CANDIDATE_STATUSES, example: 'invited' })
  status!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  startedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  deadlineAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  submittedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-09T10:00:00.000Z' })
  expiresAt!: string;

  @ApiPropertyOptional({ type: TakeResultDto, description: 'Only when the organization shows scores' })
  result?: TakeResultDto;
}

export class CandidateOptionDto {
  @ApiProperty({ example: 'b' })
  id!: string;

  @ApiProperty({ example: 'A B-tree index on (customer_id, created_at)' })
  text!: string;
}

export class CandidateQuestionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 1 })
  position!: number;

  @ApiProperty({
    enum: ['single_choice', 'multiple_choice', 'numeric', 'short_text', 'code', 'sql', 'essay'],
    example: 'single_choice',
  })
  type!: string;

  @ApiProperty({ description: 'Markdown', example: 'Which index serves this query best?' })
  prompt!: string;

  @ApiProperty({ example: 2 })
  points!: number;

  @ApiPropertyOptional({ type: [CandidateOptionDto] })
  options?: CandidateOptionDto[];

  @ApiPropertyOptional({ type: [String], example: ['javascript', 'typescript'] })
  languages?: string[];

  @ApiPropertyOptional({ example: 'groupBy' })
  functionName?: string;

  @ApiPropertyOptional({ example: 'function groupBy(items, key) {\n}\n' })
  starterCode?: string;

  @ApiPropertyOptional({ example: 2000 })
  timeLimitMs?: number;

  @ApiPropertyOptional({
    description: 'SQL questions: the fixture (SQLite)',
    example: 'CREATE TABLE t (id INTEGER);',
  })
  schema?: string;
}

export class SavedResponseDto {
  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The response as saved',
    example: { optionId: 'b' },
  })
  response!: unknown;

  @ApiProperty({ type: String, format: 'date-time' })
  savedAt!: string;
}

export class TakeStartDto {
  @ApiProperty({ enum: CANDIDATE_STATUSES, example: 'in_progress' })
  status!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  startedAt!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  deadlineAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ type: [CandidateQuestionDto], description: 'In this candidate’s order' })
  questions!: CandidateQuestionDto[];

  @ApiProperty({ type: [SavedResponseDto], description: 'Answers saved so far (a reload resumes with them)' })
  answers!: SavedResponseDto[];
}

export class AnswerSavedDto {
  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-27T10:15:00.000Z' })
  savedAt!: string;
}

export class EventAcceptedDto {
  @ApiProperty({ example: true })
  accepted!: boolean;

  @ApiPropertyOptional({ example: 'event limit reached for this attempt' })
  reason?: string;
}

export class SubmittedDto {
  @ApiProperty({ enum: ['submitted', 'graded'], example: 'submitted' })
  status!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-27T10:45:00.000Z' })
  submittedAt!: string | null;
}

export class RunAnswerDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'code: { language, code }; sql: { query }',
    example: { language: 'javascript', code: 'function add(a, b) { return a + b; }' },
  })
  @IsDefined()
  response!: unknown;
}

export class CompileErrorDto {
  @ApiProperty({ example: "SyntaxError: expecting ')'" })
  message!: string;

  @ApiProperty({ type: Number, nullable: true, example: 3 })
  line!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 14 })
  column!: number | null;
}

export class VisibleTestResultDto {
  @ApiProperty({ description: 'Position among the visible examples', example: 0 })
  index!: number;

  @ApiProperty({ enum: CODE_TEST_STATUSES, example: 'wrong_answer' })
  status!: string;

  @ApiProperty({ example: 1.2 })
  ms!: number;

  @ApiPropertyOptional({ description: 'The example’s arguments, as JSON', example: '[[1,2,3]]' })
  input?: string;

  @ApiPropertyOptional({ example: '6' })
  expected?: string;

  @ApiPropertyOptional({ example: '5' })
  actual?: string;

  @ApiPropertyOptional({ example: 'TypeError: cannot read property of undefined' })
  message?: string;

  @ApiPropertyOptional({ description: 'console output, truncated' })
  console?: string;
}

/** "Run examples" on a code question: the visible examples only (hidden tests run only at grading). */
export class CodeRunResultDto {
  @ApiProperty({ enum: ['code'], example: 'code' })
  type!: 'code';

  @ApiProperty({
    enum: CODE_VERDICTS,
    description: '`accepted` when every visible example passes; otherwise the first failure’s status',
    example: 'wrong_answer',
  })
  verdict!: string;

  @ApiPropertyOptional({ type: CompileErrorDto, description: 'Set when the code does not compile' })
  compileError?: CompileErrorDto;

  @ApiPropertyOptional({
    description: 'Why the run gave no test results (e.g. a language the question does not allow)',
  })
  message?: string;

  @ApiProperty({ type: [VisibleTestResultDto], description: 'The visible examples, in order' })
  tests!: VisibleTestResultDto[];
}

/** "Run query" on a SQL question: the first rows of the result on the question's fixture. */
export class SqlRunResultDto {
  @ApiProperty({ enum: ['sql'], example: 'sql' })
  type!: 'sql';

  @ApiProperty({ description: 'false when the query was refused or failed (see message)', example: true })
  ok!: boolean;

  @ApiPropertyOptional({ example: 'only a read-only SELECT, WITH or VALUES query is allowed' })
  message?: string;

  @ApiProperty({ type: [String], description: 'Empty when ok is false', example: ['customer', 'total'] })
  columns!: string[];

  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: {} },
    description: 'The first rows (at most 50); empty when ok is false',
    example: [['ada', 120.5]],
  })
  rows!: unknown[][];

  @ApiProperty({ description: 'More rows exist than were returned', example: false })
  truncated!: boolean;

  @ApiPropertyOptional({ description: 'Time the query took in the sandbox', example: 0.8 })
  ms?: number;
}
