import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { Type } from 'class-transformer';

import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { PageQuery, LEVELS, type Level } from '@assay/core';

import { MAX_EXTRA_MINUTES, MAX_EXTRA_TIME_PERCENT } from '../accommodations';

import { FORMS_MODES, type FormsMode } from '../composition/candidate-forms';

import { ASSESSMENT_STATUSES } from '../entities';
import type { AssessmentStatus } from '../entities';

export class AssessmentSettingsDto {
  @ApiPropertyOptional({ example: false, description: 'Shuffle question order per candidate' })
  @IsOptional()
  @IsBoolean()
  shuffleQuestions?: boolean;

  @ApiPropertyOptional({ example: true, description: 'Shuffle choice options per candidate' })
  @IsOptional()
  @IsBoolean()
  shuffleOptions?: boolean;

  @ApiPropertyOptional({ example: 14, description: 'Days an invitation link stays valid' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  invitationValidityDays?: number;

  @ApiPropertyOptional({
    example: false,
    description: 'Whether candidates see their own percentage once graded',
  })
  @IsOptional()
  @IsBoolean()
  showScoreToCandidate?: boolean;
}

export class CreateAssessmentDto {
  @ApiProperty({ example: 'back-end-engineer' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'roleSlug must be a role slug' })
  @MaxLength(100)
  roleSlug!: string;

  @ApiProperty({ enum: LEVELS, example: 'senior' })
  @IsIn(LEVELS)
  level!: Level;

  @ApiPropertyOptional({ example: 'Senior Back-End Engineer — Q4 hiring' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  questionCount?: number;

  @ApiPropertyOptional({ example: 60, description: 'Minutes; default from the questions\u2019 estimates' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(600)
  timeLimitMinutes?: number;

  @ApiPropertyOptional({ example: 60, description: 'Percentage needed to pass' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  passingScore?: number;

  @ApiPropertyOptional({ type: AssessmentSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssessmentSettingsDto)
  settings?: AssessmentSettingsDto;

  @ApiPropertyOptional({
    enum: FORMS_MODES,
    example: 'per_candidate',
    description:
      'per_candidate (default): questions are the pool and each candidate draws a form at start; fixed: every candidate answers the same questions',
  })
  @IsOptional()
  @IsIn(FORMS_MODES)
  forms?: FormsMode;

  @ApiPropertyOptional({ description: 'Seed for a reproducible composition', example: 'q4-2026' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  seed?: string;
}

export class UpdateAssessmentDto {
  @ApiPropertyOptional({ example: 'Senior Back-End Engineer — Q4 hiring' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ example: 75 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(600)
  timeLimitMinutes?: number;

  @ApiPropertyOptional({ example: 65 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  passingScore?: number;

  @ApiPropertyOptional({ type: AssessmentSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssessmentSettingsDto)
  settings?: AssessmentSettingsDto;

  @ApiPropertyOptional({ description: 'Question ids (catalog or own), in order; only while draft' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  questionIds?: string[];
}

export class SetQuestionsDto {
  @ApiProperty({ example: ['0193c4f2-7a1e-7cc2-9a4e-3f1b2c3d4e5f'], description: 'Question ids in order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  questionIds!: string[];
}

export class ListAssessmentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ASSESSMENT_STATUSES })
  @IsOptional()
  @IsIn(ASSESSMENT_STATUSES)
  status?: AssessmentStatus;
}

export class AccommodationsDto {
  @ApiPropertyOptional({ example: 50, minimum: 0, maximum: MAX_EXTRA_TIME_PERCENT })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EXTRA_TIME_PERCENT)
  extraTimePercent?: number;

  @ApiPropertyOptional({ example: 10, minimum: 0, maximum: MAX_EXTRA_MINUTES })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EXTRA_MINUTES)
  extraMinutes?: number;

  @ApiPropertyOptional({ example: false, description: 'No time limit (the attempt still ends after 7 days)' })
  @IsOptional()
  @IsBoolean()
  untimed?: boolean;
}

export class SetAccommodationsDto {
  @ApiProperty({ type: AccommodationsDto })
  @ValidateNested()
  @Type(() => AccommodationsDto)
  accommodations!: AccommodationsDto;
}

export class CandidateInputDto {
  @ApiProperty({ example: 'ada@example.com' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiPropertyOptional({
    type: AccommodationsDto,
    description: 'Extra time or untimed mode, applied to the deadline',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccommodationsDto)
  accommodations?: AccommodationsDto;
}

export class InviteCandidatesDto {
  @ApiProperty({ type: [CandidateInputDto], maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CandidateInputDto)
  candidates!: CandidateInputDto[];

  @ApiPropertyOptional({
    example: '2026-12-31T23:59:59Z',
    description: 'Default: the assessment\u2019s validity',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string;
}

export const CANDIDATE_SORTS = [
  '-score',
  'score',
  'submittedAt',
  '-submittedAt',
  'createdAt',
  '-createdAt',
] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

export class ListCandidatesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CANDIDATE_SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(CANDIDATE_SORTS)
  sort?: CandidateSort;

  @ApiPropertyOptional({ enum: ['invited', 'in_progress', 'submitted', 'graded', 'expired', 'revoked'] })
  @IsOptional()
  @IsIn(['invited', 'in_progress', 'submitted', 'graded', 'expired', 'revoked', 'grading_error'])
  status?: string;
}
