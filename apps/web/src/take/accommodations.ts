import type { Schemas } from '../api/client';

type Accommodations = Schemas['TakeAccommodationsDto'];

/**
 * What the intro page tells a candidate about their own time: "You have 50% extra time: 75 minutes
 * instead of 50.", "You take this assessment untimed." or null when nothing applies.
 */
export function accommodationSentence(acc: Accommodations, baseMinutes: number): string | null {
  if (acc.untimed) {
    return 'You take this assessment untimed: there is no countdown, submit when you are done.';
  }
  if (!acc.note || acc.timeLimitMinutes === null) return null;
  const what = acc.note.replace(/^with /, '');
  return `You have ${what}: ${acc.timeLimitMinutes} minutes instead of ${baseMinutes}.`;
}

/** The time-limit fact on the intro page, with the accommodations applied. */
export function timeLimitText(acc: Accommodations, baseMinutes: number): string {
  if (acc.untimed) return 'Untimed';
  return `${acc.timeLimitMinutes ?? baseMinutes} minutes, from when you press Start`;
}
