import { accommodationSentence, timeLimitText } from './accommodations';

describe('what the intro page says about a candidate’s time', () => {
  it('extra time: the candidate’s minutes against the assessment’s', () => {
    const acc = { extraTimePercent: 50, timeLimitMinutes: 75, note: 'with 50% extra time' };
    expect(accommodationSentence(acc, 50)).toBe('You have 50% extra time: 75 minutes instead of 50.');
    expect(timeLimitText(acc, 50)).toBe('75 minutes, from when you press Start');
  });

  it('percentage and minutes together', () => {
    const acc = {
      extraTimePercent: 10,
      extraMinutes: 5,
      timeLimitMinutes: 60,
      note: 'with 10% extra time and 5 extra minutes',
    };
    expect(accommodationSentence(acc, 50)).toBe(
      'You have 10% extra time and 5 extra minutes: 60 minutes instead of 50.',
    );
  });

  it('untimed', () => {
    const acc = { untimed: true, timeLimitMinutes: null, note: 'untimed' };
    expect(accommodationSentence(acc, 50)).toMatch(/^You take this assessment untimed/);
    expect(timeLimitText(acc, 50)).toBe('Untimed');
  });

  it('no accommodations: no sentence, the assessment’s own limit', () => {
    const acc = { timeLimitMinutes: 50, note: null };
    expect(accommodationSentence(acc, 50)).toBeNull();
    expect(timeLimitText(acc, 50)).toBe('50 minutes, from when you press Start');
  });
});
