import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@assay/core';
import { AUDIT_ACTOR_TYPES } from './audit-log.entity';
import type { AuditActorType } from './audit-log.entity';

export class AuditLogQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'assessment.published', description: 'Exact action name' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z_]+\.[a-z_]+$/, { message: 'action must look like "assessment.published"' })
  action?: string;

  @ApiPropertyOptional({ description: 'The acting user’s or API key’s id' })
  @IsOptional()
  @IsUUID('all', { message: 'actor must be a UUID' })
  actor?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTOR_TYPES })
  @IsOptional()
  @IsIn(AUDIT_ACTOR_TYPES)
  actorType?: AuditActorType;

  @ApiPropertyOptional({ example: 'assessment' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z_]+$/, { message: 'targetType must be lower-case letters and underscores' })
  targetType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[\w.:@-]+$/, { message: 'targetId must be an id' })
  targetId?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'From this instant (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31T00:00:00Z', description: 'Before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export interface AuditEntryView {
  id: string;
  at: string;
  actor: { type: AuditActorType; id: string | null; email?: string };
  action: string;
  target: { type: string; id: string };
  ip: string | null;
  details: Record<string, unknown>;
}

export class AuditActorViewDto {
  @ApiProperty({ enum: AUDIT_ACTOR_TYPES, example: 'user' })
  type!: AuditActorType;

  @ApiProperty({ type: String, nullable: true, description: 'The user’s or API key’s id; null for system' })
  id!: string | null;

  @ApiPropertyOptional({ example: 'owner@example.com', description: 'A user’s email' })
  email?: string;
}

export class AuditTargetViewDto {
  @ApiProperty({ example: 'assessment' })
  type!: string;

  @ApiProperty({ example: '0193c4f2-7a1e-7cc2-9a4e-bbbbbbbbbbbb' })
  id!: string;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: AuditActorViewDto })
  actor!: AuditActorViewDto;

  @ApiProperty({ example: 'assessment.published' })
  action!: string;

  @ApiProperty({ type: AuditTargetViewDto })
  target!: AuditTargetViewDto;

  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' })
  ip!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, example: {} })
  details!: Record<string, unknown>;
}

export class AuditLogPageDto {
  @ApiProperty({ type: [AuditEntryDto], description: 'Newest first' })
  items!: AuditEntryDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor!: string | null;
}
