export type AccommodationMode = 'none' | 'extra' | 'untimed';

export interface AccommodationInput {
  mode: AccommodationMode;
  percent: string;
  minutes: string;
}

export const NO_ACCOMMODATIONS: AccommodationInput = { mode: 'none', percent: '', minutes: '' };

/** The API's limits (libs/assessments accommodations.ts). */
const MAX_PERCENT = 400;
const MAX_MINUTES = 24 * 60;

export interface AccommodationsBody {
  extraTimePercent?: number;
  extraMinutes?: number;
  untimed?: boolean;
}

/** The request body's accommodations, or the field errors that keep the form from sending. */
export function accommodationsOf(input: AccommodationInput): {
  body?: AccommodationsBody;
  errors: { percent?: string; minutes?: string };
} {
  if (input.mode === 'none') return { errors: {} };
  if (input.mode === 'untimed') return { body: { untimed: true }, errors: {} };
  const errors: { percent?: string; minutes?: string } = {};
  const whole = (text: string, max: number, name: string) => {
    if (text.trim() === '') return 0;
    if (!/^\d+$/.test(text.trim()) || Number(text) > max) {
      errors[name as 'percent' | 'minutes'] = `Enter a whole number from 0 to ${max}.`;
      return 0;
    }
    return Number(text);
  };
  const extraTimePercent = whole(input.percent, MAX_PERCENT, 'percent');
  const extraMinutes = whole(input.minutes, MAX_MINUTES, 'minutes');
  if (!errors.percent && !errors.minutes && extraTimePercent === 0 && extraMinutes === 0) {
    errors.percent = 'Give extra time as a percentage, in minutes, or both.';
  }
  const body: AccommodationsBody = {};
  if (extraTimePercent) body.extraTimePercent = extraTimePercent;
  if (extraMinutes) body.extraMinutes = extraMinutes;
  return { body, errors };
}
