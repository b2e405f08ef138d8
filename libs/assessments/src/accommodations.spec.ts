import fc from 'fast-check';
import {
  UNTIMED_CAP_MINUTES,
  allowedMilliseconds,
  deadlineFor,
  describeAccommodations,
  effectiveTimeLimitMinutes,
  normalizeAccommodations,
  percentileNote,
} from './accommodations';

describe('accommodations', () => {
  const start = new Date('2026-12-02T10:00:00.000Z');

  it('adds the percentage, then the minutes, to the time limit', () => {
    expect(deadlineFor(start, 60, {}).toISOString()).toBe('2026-12-02T11:00:00.000Z');
    expect(deadlineFor(start, 60, { extraTimePercent: 50 }).toISOString()).toBe('2026-12-02T11:30:00.000Z');
    expect(deadlineFor(start, 60, { extraMinutes: 15 }).toISOString()).toBe('2026-12-02T11:15:00.000Z');
    expect(deadlineFor(start, 40, { extraTimePercent: 25, extraMinutes: 5 }).toISOString()).toBe(
      '2026-12-02T10:55:00.000Z',
    );
  });

  it('gives an untimed attempt the cap, whatever else is set', () => {
    expect(allowedMilliseconds(60, { untimed: true, extraTimePercent: 50 })).toBe(
      UNTIMED_CAP_MINUTES * 60_000,
    );
    expect(effectiveTimeLimitMinutes(60, { untimed: true })).toBeNull();
  });

  it('rounds the shown limit up to whole minutes', () => {
    expect(effectiveTimeLimitMinutes(45, { extraTimePercent: 33 })).toBe(60); // 59.85 → 60
    expect(effectiveTimeLimitMinutes(45, {})).toBe(45);
  });

  it('names them as the report shows them', () => {
    expect(describeAccommodations({ extraTimePercent: 50 })).toBe('with 50% extra time');
    expect(describeAccommodations({ extraMinutes: 1 })).toBe('with 1 extra minute');
    expect(describeAccommodations({ extraTimePercent: 25, extraMinutes: 10 })).toBe(
      'with 25% extra time and 10 extra minutes',
    );
    expect(describeAccommodations({ untimed: true })).toBe('untimed');
    expect(describeAccommodations({})).toBeNull();
  });

  it('notes accommodations on a percentile, and nothing else', () => {
    expect(percentileNote(72, { extraTimePercent: 50 })).toBe(
      'earned with 50% extra time; compared with all candidates',
    );
    expect(percentileNote(72, { untimed: true })).toBe('earned untimed; compared with all candidates');
    expect(percentileNote(null, { extraTimePercent: 50 })).toBeNull();
    expect(percentileNote(72, {})).toBeNull();
  });

  it('normalizes "none" to an empty object', () => {
    expect(normalizeAccommodations({ extraTimePercent: 0, extraMinutes: 0, untimed: false })).toEqual({});
    expect(normalizeAccommodations(null)).toEqual({});
  });

  it('never gives less than the limit and grows with each kind of extra time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 1440 }),
        (limit, percent, minutes) => {
          const base = allowedMilliseconds(limit, {});
          const withPercent = allowedMilliseconds(limit, { extraTimePercent: percent });
          const both = allowedMilliseconds(limit, { extraTimePercent: percent, extraMinutes: minutes });
          expect(base).toBe(limit * 60_000);
          expect(withPercent).toBeGreaterThanOrEqual(base);
          expect(both - withPercent).toBe(minutes * 60_000);
          expect(Math.abs(withPercent - base * (1 + percent / 100))).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });
});
