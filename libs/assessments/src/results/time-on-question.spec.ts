import { timeOnQuestions } from './time-on-question';

const at = (s: number) => new Date(Date.UTC(2026, 11, 2, 10, 0, s));
const viewed = (questionId: string, s: number) => ({ type: 'viewed', at: at(s), data: { questionId } });

describe('timeOnQuestions', () => {
  it('sums the visits of each question, each ending at the next view', () => {
    const spent = timeOnQuestions({
      events: [
        viewed('a', 0),
        { type: 'tab_hidden', at: at(5), data: null },
        viewed('b', 30),
        viewed('a', 50),
        viewed('c', 70),
      ],
      savedAt: new Map([['c', at(95)]]),
      end: at(120),
    });
    // a: 0–30 and 50–70; b: 30–50; c: 70 until its last save at 95 (not the end at 120).
    expect(Object.fromEntries(spent!)).toEqual({ a: 50, b: 20, c: 25 });
  });

  it('ends the last visit at the end of the attempt when the answer was not saved later', () => {
    const spent = timeOnQuestions({ events: [viewed('a', 0)], savedAt: new Map(), end: at(40) });
    expect(spent!.get('a')).toBe(40);
  });

  it('knows nothing without viewed events', () => {
    expect(timeOnQuestions({ events: [], savedAt: new Map([['a', at(3)]]), end: at(9) })).toBeNull();
  });
});
