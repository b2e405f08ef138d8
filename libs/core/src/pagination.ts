import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ValidationProblem } from './problem';

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from a previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * The cursor's value if it is well formed and passes `check`; otherwise a 400 naming `cursor`. A NUL
 * character anywhere is refused up front: PostgreSQL rejects it in text, which would surface as a 500.
 */
export function decodeCursor<T>(cursor: string | undefined, check: (v: unknown) => v is T): T | undefined {
  if (!cursor) return undefined;
  try {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    const value: unknown = JSON.parse(text);
    if (!JSON.stringify(value).includes('\\u0000') && check(value)) return value;
  } catch {
    // fall through
  }
  throw new ValidationProblem([{ field: 'cursor', message: 'cursor is not valid' }]);
}

// ISO 8601 (`2026-12-02T15:33:56.123Z`) or PostgreSQL's text form of timestamptz (`2026-12-02 15:33:56.123+00`).
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * A timestamp PostgreSQL reads as `timestamptz`, with every part in range. `Date.parse` alone is too
 * lenient for cursors: it takes "1", "Tue" or February 30th, which PostgreSQL refuses (a 500, not a 400).
 */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const offset = /^[+-](\d{2}):?(\d{2})?$/.exec(m[8]);
  if (offset && (Number(offset[1]) > 15 || Number(offset[2] ?? 0) > 59)) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0–99 as 1900–1999
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}
