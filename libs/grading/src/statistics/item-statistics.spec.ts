import fc from 'fast-check';
import {
  correlation,
  itemFlags,
  itemStatistics,
  normBin,
  NORM_BINS,
  percentileRank,
  quantile,
  reliabilityOf,
  scoreDistribution,
  type ItemObservation,
} from './item-statistics';

describe('reliabilityOf', () => {
  it('equals KR-20 on right/wrong items (worked example)', () => {
    // Totals 3, 2, 1, 0: variance 1.25; Σpq = .1875 + .25 + .1875 = .625; KR-20 = 3/2 × (1 − .625/1.25) = .75.
    const r = reliabilityOf(
      [
        [1, 1, 1],
        [1, 1, 0],
        [1, 0, 0],
        [0, 0, 0],
      ],
      [1, 1, 1],
    );
    expect(r.alpha).toBe(0.75);
    // Percentages 100, 66.7, 33.3, 0: SD = (100/3)√1.25 = 37.27; SEM = SD × √(1 − .75) = 18.63.
    expect(r.sd).toBe(37.27);
    expect(r.sem).toBe(18.63);
    expect(r).toMatchObject({ attempts: 4, items: 3, mean: 50 });
  });

  it('matches the Σpq form of KR-20 on any right/wrong matrix', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((k) =>
          fc.array(fc.array(fc.constantFrom<number>(0, 1), { minLength: k, maxLength: k }), {
            minLength: 3,
            maxLength: 40,
          }),
        ),
        (matrix) => {
          const k = matrix[0].length;
          const totals = matrix.map((r) => r.reduce((s, v) => s + v, 0));
          const mean = totals.reduce((s, v) => s + v, 0) / totals.length;
          const variance = totals.reduce((s, v) => s + (v - mean) ** 2, 0) / totals.length;
          const r = reliabilityOf(matrix, Array(k).fill(1));
          if (variance === 0) return expect(r.alpha).toBeNull();
          let pq = 0;
          for (let j = 0; j < k; j++) {
            const p = matrix.filter((row) => row[j] === 1).length / matrix.length;
            pq += p * (1 - p);
          }
          expect(r.alpha!).toBeCloseTo((k / (k - 1)) * (1 - pq / variance), 3);
          expect(r.alpha!).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('is 1 for items that always agree, and null without variance or with one item', () => {
    expect(
      reliabilityOf(
        [
          [1, 1],
          [0, 0],
          [1, 1],
        ],
        [1, 1],
      ).alpha,
    ).toBe(1);
    expect(
      reliabilityOf(
        [
          [1, 1],
          [1, 1],
        ],
        [1, 1],
      ),
    ).toMatchObject({ alpha: null, sem: null });
    expect(reliabilityOf([[1], [0]], [1]).alpha).toBeNull();
  });
});

describe('itemStatistics', () => {
  const obs = (score: number, total: number, selected?: string[], seconds?: number): ItemObservation => ({
    score,
    maxScore: 1,
    total,
    totalMax: 11,
    selected,
    seconds,
  });

  it('computes facility, item-rest point-biserial, options in the upper and lower groups and time', () => {
    // Strong candidates (high rest) pick the key 'a'; weak ones pick 'b'.
    const observations = [
      obs(1, 10, ['a'], 30),
      obs(1, 9, ['a'], 40),
      obs(1, 6, ['a'], 50),
      obs(0, 4, ['b'], 60),
      obs(0, 2, ['b'], 70),
      obs(0, 1, ['c'], 80),
    ];
    const s = itemStatistics(observations, {
      type: 'single_choice',
      difficulty: 2,
      optionIds: ['a', 'b', 'c', 'd'],
      correctOptionIds: ['a'],
    });
    expect(s.responses).toBe(6);
    expect(s.facility).toBe(0.5);
    const rest = [9, 8, 5, 4, 2, 1].map((r) => r / 10);
    expect(s.pointBiserial).toBeCloseTo(correlation([1, 1, 1, 0, 0, 0], rest)!, 4);
    expect(s.pointBiserial!).toBeGreaterThan(0.8);
    // 27 % of 6 rounds to 2 per group.
    expect(s.options.find((o) => o.optionId === 'a')).toEqual({
      optionId: 'a',
      correct: true,
      rate: 0.5,
      upperRate: 1,
      lowerRate: 0,
    });
    expect(s.options.find((o) => o.optionId === 'd')!.rate).toBe(0);
    expect(s.time).toEqual({ medianSeconds: 55, p10Seconds: 35, observed: 6 });
    // Fewer than 20 responses: no flags yet.
    expect(s.flags).toEqual([]);
  });

  it('flags a miskeyed item, an unused distractor and a facility out of its label band', () => {
    const observations: ItemObservation[] = [];
    for (let i = 0; i < 200; i++) {
      const strong = i % 2 === 0;
      // Strong candidates lose the point: negative discrimination.
      observations.push(obs(strong ? 0 : 1, strong ? 9 : 3, [strong ? 'b' : 'a']));
    }
    const s = itemStatistics(observations, {
      type: 'single_choice',
      difficulty: 1,
      optionIds: ['a', 'b', 'c'],
      correctOptionIds: ['a'],
    });
    expect(s.pointBiserial!).toBeLessThan(0);
    expect(s.flags).toEqual([
      'low_discrimination',
      'likely_miskeyed',
      'weak_distractor',
      'difficulty_mismatch',
    ]);
  });

  it('raises the facility flags at 0.15 and 0.95', () => {
    const base = {
      responses: 50,
      pointBiserial: 0.4,
      options: [],
      time: { medianSeconds: null, p10Seconds: null, observed: 0 },
      tests: [],
    };
    const meta = { type: 'numeric', difficulty: 3 };
    expect(itemFlags({ ...base, facility: 0.1 }, meta)).toEqual(['too_hard']);
    expect(itemFlags({ ...base, facility: 0.97 }, meta)).toEqual(['too_easy']);
    expect(itemFlags({ ...base, facility: 0.5 }, meta)).toEqual([]);
    // The label check needs 200 responses.
    expect(itemFlags({ ...base, responses: 200, facility: 0.9 }, meta)).toEqual(['difficulty_mismatch']);
  });

  it('reports each code test’s pass rate', () => {
    const withTests = (passed: boolean[]): ItemObservation => ({
      ...obs(0, 5),
      tests: passed.map((p, index) => ({ index, passed: p })),
    });
    const s = itemStatistics([withTests([true, false]), withTests([true, true]), withTests([true, false])], {
      type: 'code',
      difficulty: 3,
    });
    expect(s.tests).toEqual([
      { index: 0, passRate: 1 },
      { index: 1, passRate: 0.3333 },
    ]);
  });
});

describe('norms and distributions', () => {
  it('ranks a score at its mid-rank in the group, from 100 attempts', () => {
    const counts = new Array<number>(NORM_BINS).fill(0);
    for (let p = 0; p < 100; p++) counts[normBin(p)] += 1; // one attempt at each of 0, 1, …, 99 %
    expect(percentileRank(counts, 50)).toBe(50.5); // 50 below, 1 equal
    expect(percentileRank(counts, 100)).toBe(100);
    expect(percentileRank(counts, 0)).toBe(0.5);
    counts[normBin(50)] -= 1;
    expect(percentileRank(counts, 50)).toBeNull(); // 99 attempts
  });

  it('bins scores by tenths and by tens', () => {
    expect([0, 12.34, 12.36, 100, -5, 130].map(normBin)).toEqual([0, 123, 124, 1000, 0, 1000]);
    expect(scoreDistribution([0, 9.99, 10, 100, 55]).map((b) => b.count)).toEqual([
      2, 1, 0, 0, 0, 1, 0, 0, 0, 1,
    ]);
  });

  it('interpolates quantiles', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([0, 10], 0.1)).toBe(1);
  });
});
