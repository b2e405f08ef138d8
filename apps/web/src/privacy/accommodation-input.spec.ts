import { accommodationsOf } from './accommodation-input';

describe('accommodationsOf', () => {
  it('sends nothing for none, and only the flag for untimed', () => {
    expect(accommodationsOf({ mode: 'none', percent: '50', minutes: '' })).toEqual({ errors: {} });
    expect(accommodationsOf({ mode: 'untimed', percent: '50', minutes: '10' })).toEqual({
      body: { untimed: true },
      errors: {},
    });
  });

  it('sends the percentage and the minutes given, leaving out empty ones', () => {
    expect(accommodationsOf({ mode: 'extra', percent: '50', minutes: '' })).toEqual({
      body: { extraTimePercent: 50 },
      errors: {},
    });
    expect(accommodationsOf({ mode: 'extra', percent: ' 25 ', minutes: '10' })).toEqual({
      body: { extraTimePercent: 25, extraMinutes: 10 },
      errors: {},
    });
  });

  it('names each field that is not a whole number within the API’s limits', () => {
    expect(accommodationsOf({ mode: 'extra', percent: '401', minutes: '1.5' }).errors).toEqual({
      percent: 'Enter a whole number from 0 to 400.',
      minutes: 'Enter a whole number from 0 to 1440.',
    });
    expect(accommodationsOf({ mode: 'extra', percent: '-5', minutes: '1441' }).errors).toEqual({
      percent: 'Enter a whole number from 0 to 400.',
      minutes: 'Enter a whole number from 0 to 1440.',
    });
  });

  it('asks for some extra time when extra time is chosen with none given', () => {
    expect(accommodationsOf({ mode: 'extra', percent: '', minutes: '0' }).errors).toEqual({
      percent: 'Give extra time as a percentage, in minutes, or both.',
    });
  });
});
