import fc from 'fast-check';
import { ValidationProblem } from './problem';
import { decodeCursor, encodeCursor, isTimestamp } from './pagination';

const anyString = (v: unknown): v is string => typeof v === 'string';

describe('cursors', () => {
  it('round-trips what encodeCursor made', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        fc.pre(!value.includes('\u0000'));
        expect(decodeCursor(encodeCursor(value), anyString)).toBe(value);
      }),
    );
  });

  it('refuses garbage, NUL characters and values the check rejects with a 400 naming the cursor', () => {
    for (const cursor of [
      'not base64 json',
      encodeCursor({ id: 1 }),
      encodeCursor('a\u0000b'),
      Buffer.from('{"v":').toString('base64url'),
    ]) {
      let caught: unknown;
      try {
        decodeCursor(cursor, anyString);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ValidationProblem);
      expect((caught as ValidationProblem).extra.errors).toEqual([
        { field: 'cursor', message: 'cursor is not valid' },
      ]);
    }
  });
});

describe('isTimestamp', () => {
  it('accepts every ISO string and PostgreSQL text form of a real instant', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString();
          expect(isTimestamp(iso)).toBe(true);
          expect(isTimestamp(iso.replace('T', ' ').replace('Z', '+00'))).toBe(true);
        },
      ),
    );
  });

  it('refuses what Date.parse takes but PostgreSQL does not', () => {
    for (const bad of [
      '1',
      'Tue',
      '2026-02-30T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-12-02T24:00:00Z',
      '2026-12-02T10:00:00+99',
      '0000-01-01T00:00:00Z',
      '2026-12-02',
      'December 2, 2026',
    ]) {
      expect(isTimestamp(bad)).toBe(false);
    }
  });

  it('accepts only strings it can describe by the pattern (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        if (isTimestamp(s))
          expect(Number.isNaN(Date.parse(s.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')))).toBe(false);
      }),
    );
  });
});
