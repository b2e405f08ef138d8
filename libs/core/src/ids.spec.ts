import { validate, version } from 'uuid';
import { isUuid, newId } from './ids';

/** The 48-bit millisecond timestamp a v7 id carries in its first 12 hex digits. */
const timeOf = (id: string) => parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

describe('newId', () => {
  afterEach(() => jest.restoreAllMocks());

  it('makes RFC 9562 version 7 UUIDs carrying the current time', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(validate(id)).toBe(true);
    expect(version(id)).toBe(7);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(timeOf(id)).toBeGreaterThanOrEqual(before);
    expect(timeOf(id)).toBeLessThanOrEqual(after);
    expect(isUuid(id)).toBe(true);
  });

  it('sorts in the order it made them, many per millisecond, and never repeats', () => {
    const ids = Array.from({ length: 50_000 }, () => newId());
    for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1]).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays ordered past 4,096 ids in one millisecond, its time at most 4 ms ahead of the clock', () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2030, 0, 1));
    const ids = Array.from({ length: 10_000 }, () => newId());
    for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1]).toBe(true);
    expect(timeOf(ids[0])).toBe(Date.UTC(2030, 0, 1));
    // However the sequence is kept, the time an id carries must not run away from the clock.
    expect(timeOf(ids.at(-1)!) - timeOf(ids[0])).toBeLessThanOrEqual(4);
  });

  it('stays ordered when the clock steps back', () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2031, 0, 1, 0, 0, 1));
    const first = newId();
    now.mockReturnValue(Date.UTC(2031, 0, 1)); // one second earlier
    const second = newId();
    expect(second > first).toBe(true);
    expect(version(second)).toBe(7);
  });

  it('ids made in the same millisecond differ in their random part', () => {
    // The random part (after the version and sequence) of consecutive ids is not a counter.
    const tails = new Set(Array.from({ length: 1000 }, () => newId().slice(19)));
    expect(tails.size).toBe(1000);
  });
});
