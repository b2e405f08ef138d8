import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AccommodationsDto, AssessmentSettingsDto } from './assessment.dto';

/*
 * What the assessment routes answer (assessment.views.ts, invitations.service.ts), described for the
 * document: the e2e tests validate every response against these schemas.
 */

const LEVELS = ['junior', 'mid', 'senior', 'lead'];
const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'numeric', 'short_text', 'code', 'sql', 'essay'];

export class AssessmentRoleDto {
  @ApiProperty({ example: 'back-end-engineer' })
  slug!: string;

  @ApiProperty({ example: 'Back-End Engineer' })
  title!: string;

  @ApiProperty({ example: 1, description: 'The role version the assessment was composed from' })
  version!: number;
}

export class AssessmentOptionDto {
  @ApiProperty({ example: 'b' })
  id!: string;

  @ApiProperty({ example: '409' })
  text!: string;
}

export class QuestionSourceDto {
  @ApiProperty({ enum: ['global', 'organization'], example: 'global' })
  library!: 'global' | 'organization';

  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiProperty({ type: Number, nullable: true, example: 2 })
  version!: number | null;
}

export class CodeExampleDto {
  @ApiProperty({ type: 'array', items: {}, example: ['1h30m'] })
  args!: unknown[];

  @ApiProperty({
    description: 'Any JSON value',
    example: 5400000,
    anyOf: [
      { type: 'string' },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'object', nullable: true },
      { type: 'array', items: {} },
    ],
  })
  expected!: unknown;
}

export class AssessmentQuestionDto {
  @ApiProperty({ format: 'uuid', description: 'This question in this assessment' })
  id!: string;

  @ApiProperty({ example: 1 })
  position!: number;

  @ApiProperty({ format: 'uuid', description: 'The bank question' })
  questionId!: string;

  @ApiProperty({ format: 'uuid', description: 'The frozen version of it' })
  questionVersionId!: string;

  @ApiProperty({ enum: QUESTION_TYPES, example: 'single_choice' })
  type!: string;

  @ApiProperty({ example: 'http-api-design' })
  skill!: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 5 })
  difficulty!: number;

  @ApiProperty({ example: 2 })
  points!: number;

  @ApiProperty({ example: 90 })
  timeEstimateSeconds!: number;

  @ApiProperty({ description: 'Markdown', example: 'Which status code…' })
  prompt!: string;

  @ApiPropertyOptional({ type: [AssessmentOptionDto] })
  options?: AssessmentOptionDto[];

  @ApiPropertyOptional({ type: [String], example: ['javascript', 'typescript'] })
  languages?: string[];

  @ApiPropertyOptional({ example: 'parseDuration' })
  functionName?: string;

  @ApiPropertyOptional({ example: 'function parseDuration(text) {\n}\n' })
  starterCode?: string;

  @ApiPropertyOptional({ example: 2000 })
  timeLimitMs?: number;

  @ApiPropertyOptional({ description: 'SQL questions: the fixture', example: 'CREATE TABLE t (id INTEGER);' })
  schema?: string;

  @ApiPropertyOptional({ type: [CodeExampleDto], description: 'Code questions: the visible examples' })
  examples?: CodeExampleDto[];

  @ApiProperty({ type: QuestionSourceDto })
  source!: QuestionSourceDto;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Only for the organization’s own questions (never the global library’s)',
    example: { optionId: 'b' },
  })
  answerKey?: Record<string, unknown>;
}

export class FrozenRequirementDto {
  @ApiProperty({ example: 'http-api-design' })
  skill!: string;

  @ApiProperty({ example: 5 })
  importance!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Expected proficiency by level',
    example: { junior: 2, mid: 3, senior: 4, lead: 5 },
  })
  expectedProficiency!: Record<string, number>;
}

export class BlueprintSeatDto {
  @ApiProperty({ example: 'http-api-design:3' })
  stratum!: string;

  @ApiProperty({ example: 2 })
  count!: number;
}

export class BlueprintDto {
  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ enum: LEVELS, example: 'senior' })
  level!: string;

  @ApiProperty({ type: [BlueprintSeatDto], description: 'Seats per stratum' })
  seats!: BlueprintSeatDto[];

  @ApiProperty({ example: 5400, description: 'Expected estimated seconds of a form' })
  expectedSeconds!: number;

  @ApiProperty({ example: 0.5, description: 'Largest share of forms an item may appear in' })
  exposureCap!: number;

  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    description: 'Enemy groups (question ids): at most one of a group per form',
  })
  enemies!: string[][];
}

export class CoverageDto {
  @ApiProperty({ example: 'http-api-design' })
  skill!: string;

  @ApiProperty({ example: 3.2, description: 'Its share of the questions by importance alone' })
  target!: number;

  @ApiProperty({ example: 3 })
  selected!: number;
}

export class StratumExposureDto {
  @ApiProperty({ example: 'http-api-design:3' })
  stratum!: string;

  @ApiProperty({ example: 2 })
  seats!: number;

  @ApiProperty({ example: 6 })
  items!: number;

  @ApiProperty({ example: 0.33, description: 'The expected share of forms that show each item' })
  exposure!: number;
}

export class CompositionDto {
  @ApiProperty({ example: 'q4-2026' })
  seed!: string;

  @ApiProperty({ type: [CoverageDto] })
  coverage!: CoverageDto[];

  @ApiProperty({ type: [String] })
  warnings!: string[];

  @ApiPropertyOptional({ type: [StratumExposureDto], description: 'Per-candidate forms only' })
  exposure?: StratumExposureDto[];
}

export class AssessmentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Senior Back-End Engineer' })
  title!: string;

  @ApiProperty({ enum: ['draft', 'open', 'closed', 'archived'], example: 'draft' })
  status!: string;

  @ApiProperty({ type: AssessmentRoleDto })
  role!: AssessmentRoleDto;

  @ApiProperty({ enum: LEVELS, example: 'senior' })
  level!: string;

  @ApiProperty({ example: 95 })
  timeLimitMinutes!: number;

  @ApiProperty({ example: 60 })
  passingScore!: number;

  @ApiProperty({ type: AssessmentSettingsDto })
  settings!: AssessmentSettingsDto;

  @ApiProperty({ enum: ['fixed', 'per_candidate'], example: 'per_candidate' })
  forms!: string;

  @ApiProperty({ example: 30, description: 'Questions in the pool' })
  questionCount!: number;

  @ApiProperty({ example: 20, description: 'Questions each candidate answers' })
  formLength!: number;

  @ApiProperty({ type: BlueprintDto, nullable: true, description: 'Per-candidate forms: how each is drawn' })
  blueprint!: BlueprintDto | null;

  @ApiProperty({ example: 60, description: 'Points of one form (every form is worth the same)' })
  maxScore!: number;

  @ApiProperty({ type: [FrozenRequirementDto] })
  requirements!: FrozenRequirementDto[];

  @ApiProperty({ type: [AssessmentQuestionDto] })
  questions!: AssessmentQuestionDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  publishedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  closedAt!: string | null;

  @ApiPropertyOptional({ type: CompositionDto, description: 'Only when composed (POST /assessments)' })
  composition?: CompositionDto;
}

export class AssessmentSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Senior Back-End Engineer' })
  title!: string;

  @ApiProperty({ enum: ['draft', 'open', 'closed', 'archived'], example: 'open' })
  status!: string;

  @ApiProperty({ type: AssessmentRoleDto })
  role!: AssessmentRoleDto;

  @ApiProperty({ enum: LEVELS, example: 'senior' })
  level!: string;

  @ApiProperty({ example: 95 })
  timeLimitMinutes!: number;

  @ApiProperty({ example: 60 })
  passingScore!: number;

  @ApiProperty({ example: 120, description: 'Questions in the pool (per-candidate forms) or in the form' })
  questionCount!: number;

  @ApiProperty({ example: 20, description: 'Questions each candidate answers' })
  formLength!: number;

  @ApiProperty({ example: 12 })
  candidateCount!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  publishedAt!: string | null;
}

export class AssessmentPageDto {
  @ApiProperty({ type: [AssessmentSummaryDto] })
  items!: AssessmentSummaryDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor!: string | null;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  fullName!: string;

  @ApiProperty({ enum: ['invited', 'expired', 'revoked'], example: 'invited' })
  status!: string;

  @ApiProperty({ description: 'The candidate’s link', example: 'https://app.example/take/3q2…' })
  url!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ example: 1, description: 'Emails sent for it so far' })
  sendCount!: number;

  @ApiProperty({ type: AccommodationsDto })
  accommodations!: AccommodationsDto;

  @ApiProperty({ type: String, nullable: true, example: '50% extra time' })
  accommodationsNote!: string | null;
}

export class CreatedInvitationDto extends InvitationDto {
  @ApiProperty({ description: 'false when the email already had an invitation (returned as it is)' })
  created!: boolean;
}

export class InvitationListDto {
  @ApiProperty({ type: [CreatedInvitationDto], description: 'In the order of the request' })
  items!: CreatedInvitationDto[];
}

export class ScoreBandDto {
  @ApiProperty({ example: 71.2 })
  low!: number;

  @ApiProperty({ example: 84.9 })
  high!: number;

  @ApiProperty({ example: 'norm group of 240 attempts' })
  basis!: string;
}

export class CandidateRowDto {
  @ApiProperty({ format: 'uuid' })
  invitationId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  attemptId!: string | null;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  fullName!: string;

  @ApiProperty({ example: 'graded' })
  status!: string;

  @ApiProperty({ type: Number, nullable: true, example: 41.5 })
  score!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 50 })
  maxScore!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 83 })
  percentage!: number | null;

  @ApiProperty({ type: Boolean, nullable: true, example: true })
  passed!: boolean | null;

  @ApiProperty({ type: String, nullable: true, example: 'senior' })
  recommendedLevel!: string | null;

  @ApiProperty({
    type: ScoreBandDto,
    nullable: true,
    description: '95 % band of the percentage (null until the norm group is large enough)',
  })
  scoreBand!: ScoreBandDto | null;

  @ApiProperty({ type: Number, nullable: true, example: null })
  percentile!: number | null;

  @ApiProperty({ format: 'date-time' })
  invitedAt!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  gradedAt!: string | null;
}

export class CandidatePageDto {
  @ApiProperty({ type: [CandidateRowDto] })
  items!: CandidateRowDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor!: string | null;
}
