import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ScoreAnswerDto {
  @ApiProperty({
    example: 7.5,
    minimum: 0,
    description: 'Points given, from 0 to the question’s points (two decimals kept)',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1_000_000)
  score!: number;

  @ApiPropertyOptional({
    example: 'Covers retries and idempotency keys; misses the outbox.',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class RegradeRequestedDto {
  @ApiProperty({ format: 'uuid' })
  attemptId!: string;

  @ApiProperty({ enum: ['regrade_requested'], example: 'regrade_requested' })
  status!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-27T11:00:00.000Z' })
  requestedAt!: string;
}
