import { readFileSync } from 'node:fs';
import path from 'node:path';
import { registerDecorator, ValidationOptions } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

let common: ReadonlySet<string> | null = null;

/** The 1,000 most common passwords (data/common-passwords.txt), lower-cased; loaded once, lazily. */
function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    const text = readFileSync(path.join(__dirname, 'data', 'common-passwords.txt'), 'utf8');
    common = new Set(
      text
        .split('\n')
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line && !line.startsWith('#')),
    );
  }
  return common;
}

/**
 * Why a password is refused, or null when it is acceptable. Length counts characters (code points), as
 * a person does. A common password with digits or symbols appended ("password123!") is as weak as the
 * password itself, so the list is checked with and without such a suffix.
 */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'password must be a string';
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  const list = commonPasswords();
  if (list.has(lower) || (stem.length > 0 && list.has(stem))) {
    return 'password is too common; choose a less guessable one';
  }
  if (/^(.)\1+$/u.test(password)) return 'password must not repeat a single character';
  return null;
}

/** class-validator decorator applying passwordProblem(), so bad passwords are listed with the other fields. */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => passwordProblem(value) === null,
        defaultMessage: (args) => passwordProblem(args?.value) ?? 'password is not acceptable',
      },
    });
  };
}
