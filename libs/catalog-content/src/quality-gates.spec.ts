import fc from 'fast-check';
import {
  GATES,
  choiceGateFailures,
  correctCountSkew,
  giveawayKeys,
  jaccard,
  longestOptionScore,
  testWisePassRate,
  testWiseResponse,
  thinSkills,
  tokens,
  undeclaredNearDuplicates,
  type GateItem,
} from './quality-gates';

const single = (key: string, texts: string[], correct: number, skill = 's'): GateItem => ({
  key,
  skill,
  type: 'single_choice',
  difficulty: 2,
  prompt: `Prompt ${key}`,
  options: texts.map((text, i) => ({ id: 'abcde'[i], text })),
  answerKey: { optionId: 'abcde'[correct] },
  points: 1,
});
const multiple = (key: string, correct: number, skill = 's'): GateItem => ({
  key,
  skill,
  type: 'multiple_choice',
  difficulty: 2,
  prompt: `Select all that apply ${key}`,
  options: ['one', 'two', 'three', 'four', 'five'].map((text, i) => ({ id: 'abcde'[i], text })),
  answerKey: { optionIds: ['a', 'b', 'c', 'd', 'e'].slice(0, correct) },
  points: 1,
});

describe('near-duplicates', () => {
  const a: GateItem = {
    key: 'x-001',
    skill: 'x',
    type: 'numeric',
    difficulty: 2,
    prompt: 'How many replicas does the checkout service need for a quorum of three zones?',
  };
  const b: GateItem = {
    key: 'y-001',
    skill: 'y',
    type: 'numeric',
    difficulty: 2,
    prompt: 'How many replicas does the checkout service need for a quorum across three zones?',
  };
  const c: GateItem = {
    key: 'z-001',
    skill: 'z',
    type: 'numeric',
    difficulty: 2,
    prompt: 'Which HTTP status code tells a client its request body was too large?',
  };

  it('uses the words of prompt and options (three letters or more)', () => {
    expect(
      [...tokens({ prompt: 'A DB is an API', options: [{ id: 'a', text: 'SQL & NoSQL' }] })].sort(),
    ).toEqual(['api', 'nosql', 'sql']);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
  });

  it('flags a reworded pair unless an enemy group declares it', () => {
    expect(undeclaredNearDuplicates([a, b, c], [])).toEqual([
      { a: 'x-001', b: 'y-001', similarity: expect.any(Number) },
    ]);
    expect(undeclaredNearDuplicates([a, b, c], [['y-001', 'q-009', 'x-001']])).toEqual([]);
    expect(undeclaredNearDuplicates([a, c], [])).toEqual([]);
  });

  it('is symmetric and never flags a pair below the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{3,6}$/), { maxLength: 12 }),
        fc.array(fc.stringMatching(/^[a-z]{3,6}$/), { maxLength: 12 }),
        (x, y) => {
          const s = jaccard(new Set(x), new Set(y));
          expect(s).toBeCloseTo(jaccard(new Set(y), new Set(x)));
          const found = undeclaredNearDuplicates(
            [
              { ...a, prompt: x.join(' ') },
              { ...b, prompt: y.join(' ') },
            ],
            [],
          );
          expect(found.length > 0).toBe(s >= GATES.nearDuplicateSimilarity && new Set([...x, ...y]).size > 0);
        },
      ),
    );
  });
});

describe('choice giveaways', () => {
  it('scores "always pick the longest option", ties shared', () => {
    const items = [
      single('s-001', ['short', 'the much longer right answer', 'mid length'], 1),
      single('s-002', ['short', 'a long wrong distractor text', 'right'], 2),
      single('s-003', ['same', 'size'], 0), // tie: half a point
      multiple('s-004', 2),
    ];
    expect(longestOptionScore(items)).toBeCloseTo(1.5 / 3);
  });

  it('finds keys at least 1.5× the longest distractor, and fails a skill where they are ≥ 10%', () => {
    const items = [
      single('s-001', ['aaaa', 'bbbbbb'], 1), // 6 vs 4: 1.5×
      ...Array.from({ length: 9 }, (_, i) => single(`s-1${i}`, ['aaaa', 'bbbbb'], 1)),
    ];
    expect(giveawayKeys(items)).toEqual(['s-001']);
    expect(choiceGateFailures(items)).toEqual([expect.stringMatching(/^s: 1\/10 keys ≥ 1.5×/)]);
    expect(choiceGateFailures(items.slice(1))).toEqual([]);
  });

  it('fails a skill where more than half of the multiple-choice items have the same number of correct options', () => {
    expect(correctCountSkew([multiple('a', 2), multiple('b', 2), multiple('c', 3)])).toEqual({
      count: 2,
      share: 2 / 3,
      items: 3,
    });
    expect(choiceGateFailures([multiple('a', 2), multiple('b', 2), multiple('c', 3)])).toEqual([
      's: 67% of 3 multiple-choice items have 2 correct option(s)',
    ]);
    expect(
      choiceGateFailures([multiple('a', 2), multiple('b', 1), multiple('c', 3), multiple('d', 2)]),
    ).toEqual([]);
    expect(choiceGateFailures([multiple('a', 2), multiple('b', 2)])).toEqual([]); // too few to judge
  });
});

describe('thin skills', () => {
  it('needs ≥ 20 items and ≥ 4 at each difficulty', () => {
    const items = [1, 2, 3, 4, 5].flatMap((d) =>
      Array.from({ length: 4 }, (_, k) => ({ ...single(`s-${d}${k}`, ['a', 'b'], 0), difficulty: d })),
    );
    expect(thinSkills(items, ['s'])).toEqual([]);
    expect(thinSkills(items.slice(1), ['s'])).toEqual(['s: 19 items, by difficulty 3/4/4/4/4']);
    expect(thinSkills(items, ['s', 'other'])).toEqual(['other: 0 items, by difficulty 0/0/0/0/0']);
  });
});

describe('the zero-knowledge test-wise candidate', () => {
  const grade = (item: GateItem, response: unknown): number => {
    const key = item.answerKey as { optionId?: string; optionIds?: string[] };
    const r = response as { optionId?: string; optionIds?: string[] };
    if (key.optionId) return r.optionId === key.optionId ? (item.points ?? 0) : 0;
    const right = new Set(key.optionIds);
    return r.optionIds?.length === right.size && r.optionIds.every((id) => right.has(id))
      ? (item.points ?? 0)
      : 0;
  };
  const random = (): (() => number) => {
    let s = 42;
    return () => (s = (s * 16807) % 2147483647) / 2147483647;
  };

  it('answers by the longest option, a random subset, and leaves the rest blank', () => {
    expect(testWiseResponse(single('s', ['x', 'longest', 'mid'], 0), random())).toEqual({ optionId: 'b' });
    const picked = testWiseResponse(multiple('m', 2), random()) as { optionIds: string[] };
    expect(picked.optionIds.length).toBeGreaterThan(0);
    expect(
      testWiseResponse({ ...single('n', [], 0), type: 'numeric', options: undefined }, random()),
    ).toBeNull();
  });

  it('passes every form whose keys are the longest options, and none where they never are', () => {
    const giveaway = Array.from({ length: 10 }, (_, i) =>
      single(`g${i}`, ['no', 'the right one', 'nope'], 1),
    );
    const fair = Array.from({ length: 10 }, (_, i) =>
      single(`f${i}`, ['right', 'a longer wrong one', 'wrong'], 0),
    );
    expect(testWisePassRate([giveaway, giveaway], grade, 60, random())).toBe(1);
    expect(testWisePassRate([fair, fair], grade, 60, random())).toBe(0);
    // A blank practical task carrying most of the points sinks the test-wise candidate.
    const withTask = [
      ...giveaway.slice(0, 5),
      { ...single('code', [], 0), type: 'code', options: undefined, points: 10 },
    ];
    expect(testWisePassRate([withTask], grade, 60, random())).toBe(0);
  });
});
