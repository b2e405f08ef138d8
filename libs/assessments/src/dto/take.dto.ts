import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsObject, IsOptional } from 'class-validator';
import { PROCTORING_EVENT_TYPES } from '../entities';
import type { ProctoringEventType } from '../entities';

export class ProctoringEventDto {
  @ApiProperty({ enum: PROCTORING_EVENT_TYPES, example: 'tab_hidden' })
  @IsIn(PROCTORING_EVENT_TYPES)
  type!: ProctoringEventType;

  @ApiPropertyOptional({ example: '2026-11-27T10:15:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @ApiPropertyOptional({ example: { length: 120 } })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}
