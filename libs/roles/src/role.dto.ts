import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LEVELS, PageQuery } from '@assay/core';

/*
 * Role bodies are validated as a whole by validateRoleContent (one list of every bad field, the same rules
 * the shipped catalog files pass); the classes here document them and whitelist their fields.
 */

export class YearsOfExperienceDto {
  @ApiProperty({ example: 2 })
  min!: number;

  @ApiProperty({ example: 5, nullable: true, type: Number, description: 'null = open-ended' })
  max!: number | null;
}

export class RoleLevelDto {
  @ApiProperty({ enum: LEVELS, example: 'mid' })
  level!: string;

  @ApiProperty({ example: 'Mid-Level Back-End Engineer' })
  title!: string;

  @ApiProperty({ example: 'Owns features end to end, from API contract to production metrics.' })
  summary!: string;

  @ApiProperty({ type: YearsOfExperienceDto })
  yearsOfExperience!: YearsOfExperienceDto;
}

export class ExpectedProficiencyDto {
  @ApiProperty({ minimum: 0, maximum: 4, example: 1 })
  junior!: number;

  @ApiProperty({ minimum: 0, maximum: 4, example: 2 })
  mid!: number;

  @ApiProperty({ minimum: 0, maximum: 4, example: 3 })
  senior!: number;

  @ApiProperty({ minimum: 0, maximum: 4, example: 4 })
  lead!: number;
}

export class RoleRequirementInputDto {
  @ApiProperty({ example: 'http-api-design', description: 'Skill slug' })
  skill!: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 5 })
  importance!: number;

  @ApiProperty({ example: 'Designs consistent, evolvable HTTP APIs.' })
  description!: string;

  @ApiProperty({
    type: ExpectedProficiencyDto,
    description: '0 none … 4 expert; never lower at a higher level',
  })
  expectedProficiency!: ExpectedProficiencyDto;
}

const EXAMPLE_LEVELS = [
  {
    level: 'junior',
    title: 'Junior Platform Engineer',
    summary: 'Works on well-scoped tasks.',
    yearsOfExperience: { min: 0, max: 2 },
  },
  {
    level: 'mid',
    title: 'Platform Engineer',
    summary: 'Owns features end to end.',
    yearsOfExperience: { min: 2, max: 5 },
  },
  {
    level: 'senior',
    title: 'Senior Platform Engineer',
    summary: 'Designs systems.',
    yearsOfExperience: { min: 5, max: 8 },
  },
  {
    level: 'lead',
    title: 'Lead Platform Engineer',
    summary: 'Sets direction.',
    yearsOfExperience: { min: 8, max: null },
  },
];

export class RoleEditDto {
  @ApiPropertyOptional({ example: 'Platform Engineer' })
  @Allow()
  title?: string;

  @ApiPropertyOptional({ example: 'infrastructure' })
  @Allow()
  category?: string;

  @ApiPropertyOptional({ example: 'Builds the internal platform product teams ship on.' })
  @Allow()
  summary?: string;

  @ApiPropertyOptional({ example: 'A Platform Engineer builds paved roads…' })
  @Allow()
  description?: string;

  @ApiPropertyOptional({ type: [String], example: ['Run the deployment pipeline.'] })
  @Allow()
  responsibilities?: string[];

  @ApiPropertyOptional({
    type: [RoleLevelDto],
    description: 'Exactly junior, mid, senior, lead in this order',
    example: EXAMPLE_LEVELS,
  })
  @Allow()
  levels?: RoleLevelDto[];

  @ApiPropertyOptional({ type: [RoleRequirementInputDto] })
  @Allow()
  requirements?: RoleRequirementInputDto[];
}

export class CreateRoleDto extends RoleEditDto {
  @ApiProperty({ example: 'platform-engineer', description: 'kebab-case; the public URL of the role page' })
  @IsString()
  @MaxLength(80)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be kebab-case (a-z, 0-9 and single hyphens)' })
  slug!: string;
}

export class RoleListQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: 'engineer', description: 'Searches title and summary (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: 'engineering' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  category?: string;
}

export class SkillRefDto {
  @ApiProperty({ example: 'http-api-design' })
  slug!: string;

  @ApiProperty({ example: 'HTTP & API Design' })
  name!: string;

  @ApiProperty({ example: 'backend' })
  category!: string;
}

export class RoleRequirementDto {
  @ApiProperty({ type: SkillRefDto })
  skill!: SkillRefDto;

  @ApiProperty({ example: 5 })
  importance!: number;

  @ApiProperty({ example: 'Designs consistent, evolvable HTTP APIs.' })
  description!: string;

  @ApiProperty({ type: ExpectedProficiencyDto })
  expectedProficiency!: ExpectedProficiencyDto;
}

export class RoleListItemDto {
  @ApiProperty({ example: 'back-end-engineer' })
  slug!: string;

  @ApiProperty({ example: 'Back-End Engineer' })
  title!: string;

  @ApiProperty({ example: 'engineering' })
  category!: string;

  @ApiProperty({ example: 'Builds and runs the services, APIs and data stores behind a product.' })
  summary!: string;

  @ApiProperty({ example: ['junior', 'mid', 'senior', 'lead'] })
  levels!: string[];
}

export class RoleListDto {
  @ApiProperty({ type: [RoleListItemDto] })
  items!: RoleListItemDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class RolePageDto {
  @ApiProperty({ example: 'back-end-engineer' })
  slug!: string;

  @ApiProperty({ example: 'Back-End Engineer' })
  title!: string;

  @ApiProperty({ example: 'engineering' })
  category!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ description: 'Markdown' })
  description!: string;

  @ApiProperty({ type: [String] })
  responsibilities!: string[];

  @ApiProperty({ type: [RoleRequirementDto] })
  requirements!: RoleRequirementDto[];

  @ApiProperty({ type: [RoleLevelDto] })
  levels!: RoleLevelDto[];

  @ApiProperty({ example: 3, description: 'The published version' })
  version!: number;

  @ApiProperty({ example: '2026-11-27T21:00:00.000Z' })
  publishedAt!: string;
}

export class RoleVersionDto extends RoleEditDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ nullable: true, type: Number, description: 'null while a draft' })
  version!: number | null;

  @ApiProperty({ enum: ['draft', 'published'] })
  status!: string;

  @ApiProperty({ nullable: true, type: String })
  publishedAt!: string | null;

  @ApiProperty()
  updatedAt!: string;
}

export class AdminRoleDto {
  @ApiProperty({ example: 'platform-engineer' })
  slug!: string;

  @ApiProperty()
  archived!: boolean;

  @ApiProperty({ type: RoleVersionDto, nullable: true })
  published!: RoleVersionDto | null;

  @ApiProperty({ type: RoleVersionDto, nullable: true })
  draft!: RoleVersionDto | null;
}

export class AdminRoleListDto {
  @ApiProperty({ type: [AdminRoleDto] })
  items!: AdminRoleDto[];
}
