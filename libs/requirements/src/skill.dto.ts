import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class SkillDto {
  @ApiProperty({ example: 'http-api-design' })
  slug!: string;

  @ApiProperty({ example: 'HTTP & API Design' })
  name!: string;

  @ApiProperty({ example: 'backend' })
  category!: string;

  @ApiProperty({
    example: 'Resource modelling, status codes, caching headers, pagination and versioning of HTTP APIs.',
  })
  description!: string;
}

export class SkillListDto {
  @ApiProperty({ type: [SkillDto] })
  items!: SkillDto[];
}

export class CreateSkillDto {
  @ApiProperty({ example: 'graphql', description: 'kebab-case, stable forever' })
  @IsString()
  @MaxLength(64)
  @Matches(SLUG, { message: 'slug must be kebab-case (a-z, 0-9 and single hyphens)' })
  slug!: string;

  @ApiProperty({ example: 'GraphQL' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: 'backend' })
  @IsString()
  @MaxLength(64)
  @Matches(SLUG, { message: 'category must be kebab-case (a-z, 0-9 and single hyphens)' })
  category!: string;

  @ApiProperty({ example: 'Schema design, resolvers, batching and the N+1 problem, persisted queries.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  description!: string;
}

export class UpdateSkillDto {
  @ApiPropertyOptional({ example: 'GraphQL APIs' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ example: 'backend' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(SLUG, { message: 'category must be kebab-case (a-z, 0-9 and single hyphens)' })
  category?: string;

  @ApiPropertyOptional({ example: 'Schema design, resolvers, batching, persisted queries and federation.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  description?: string;
}
