import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from './email';
import type { ApiKeyEntity } from './api-key.entity';

export class CreateApiKeyDto {
  @ApiProperty({ description: 'What the key is for', example: 'ATS integration', maxLength: 100 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid', example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a71' })
  id!: string;

  @ApiProperty({ example: 'ATS integration' })
  name!: string;

  @ApiProperty({ description: 'The first characters of the key, to recognise it', example: 'ak_Vq3pZ9kQ' })
  prefix!: string;

  @ApiProperty({ example: '2026-11-27T10:15:00.000Z' })
  createdAt!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Last use, to the minute',
    example: '2026-11-28T08:00:00.000Z',
  })
  lastUsedAt!: string | null;

  static from(k: ApiKeyEntity): ApiKeyDto {
    return {
      id: k.id,
      name: k.name,
      prefix: k.prefix,
      createdAt: k.createdAt.toISOString(),
      lastUsedAt: k.lastUsedAt ? k.lastUsedAt.toISOString() : null,
    };
  }
}

export class ApiKeyCreatedDto {
  @ApiProperty({ format: 'uuid', example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a71' })
  id!: string;

  @ApiProperty({ example: 'ATS integration' })
  name!: string;

  @ApiProperty({
    description: 'The key. Shown only in this response: store it now.',
    example: 'ak_Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM',
  })
  key!: string;

  @ApiProperty({ example: 'ak_Vq3pZ9kQ' })
  prefix!: string;

  @ApiProperty({ example: '2026-11-27T10:15:00.000Z' })
  createdAt!: string;
}

export class ApiKeyPageDto {
  @ApiProperty({ type: [ApiKeyDto] })
  items!: ApiKeyDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor!: string | null;
}
