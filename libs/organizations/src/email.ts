import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

/** Emails are compared case-insensitively: trimmed and lower-cased on the way in, stored that way. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** A DTO email field: normalized, then validated. */
export function EmailField(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeEmail(value) : value)),
    IsString(),
    MaxLength(254),
    IsEmail({}, { message: 'email must be an email address' }),
  );
}

/** Trims a free-text field (names), so "  " counts as empty. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
