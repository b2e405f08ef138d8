import {
  INTEGRITY,
  codeOverlap,
  codeTokens,
  fastAnswerFlags,
  fingerprints,
  median,
  secondsPerAnswer,
  similarityFlags,
} from './integrity-signals';

const original = `function mergeWindows(windows) {
  // sort by start, then merge touching windows
  const valid = windows.filter(([start, end]) => end > start).map(([start, end]) => [start, end]);
  valid.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const w of valid) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return merged;
}`;
// The same program with every name changed, comments gone and the layout squashed.
const renamed = `function mergeWindows(ws){const ok=ws.filter(([s,e])=>e>s).map(([s,e])=>[s,e]);
ok.sort((p,q)=>p[0]-q[0]||p[1]-q[1]);const out=[];for(const x of ok){const prev=out[out.length-1];
if(prev&&x[0]<=prev[1])prev[1]=Math.max(prev[1],x[1]);else out.push(x);}return out;}`;
const different = `function mergeWindows(windows) {
  const points = [];
  for (const [a, b] of windows) if (b > a) { points.push([a, 1]); points.push([b, -1]); }
  points.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const result = [];
  let depth = 0;
  let open = 0;
  for (const [at, delta] of points) {
    if (depth === 0 && delta === 1) {
      if (result.length && result[result.length - 1][1] === at) { open = result.pop()[0]; } else open = at;
    }
    depth += delta;
    if (depth === 0) result.push([open, at]);
  }
  return result;
}`;
const starter = 'function mergeWindows(windows) {\n  // your code here\n}\n';

describe('code similarity (winnowing)', () => {
  it('abstracts names, literals and comments away', () => {
    expect(codeTokens('const total = 42; // sum\nlet s = "x" + total;')).toEqual([
      'const',
      'id',
      '=',
      'num',
      ';',
      'let',
      'id',
      '=',
      'str',
      '+',
      'id',
      ';',
    ]);
  });

  it('finds a renamed copy and not an independent solution', () => {
    const base = fingerprints(original);
    expect(codeOverlap(base, fingerprints(renamed), fingerprints(starter))).toBeGreaterThanOrEqual(0.95);
    expect(codeOverlap(base, fingerprints(different), fingerprints(starter))!).toBeLessThan(
      INTEGRITY.similarity,
    );
    expect(codeOverlap(fingerprints(starter), fingerprints(starter))).toBeNull(); // too little to judge
  });

  it('flags both sides and never names another organization’s attempt', () => {
    const flags = similarityFlags('q1', original, starter, [
      { attemptId: 'mine-2', sameOrganization: true, code: renamed },
      { attemptId: 'theirs-9', sameOrganization: false, code: renamed },
      { attemptId: 'mine-3', sameOrganization: true, code: different },
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence.matches).toEqual([
      { overlap: expect.any(Number), attemptId: 'mine-2', sameOrganization: true },
      { overlap: expect.any(Number), attemptId: null, sameOrganization: false },
    ]);
    expect(JSON.stringify(flags)).not.toContain('theirs-9');
    // The copied side is flagged against the original too.
    expect(
      similarityFlags('q1', renamed, starter, [{ attemptId: 'a', sameOrganization: true, code: original }]),
    ).toHaveLength(1);
  });
});

describe('fast answers', () => {
  it('estimates each answer’s time from first saves', () => {
    const start = new Date('2026-12-01T10:00:00Z');
    expect(
      secondsPerAnswer(start, [
        { questionId: 'b', at: new Date('2026-12-01T10:03:00Z') },
        { questionId: 'a', at: new Date('2026-12-01T10:01:00Z') },
      ]),
    ).toEqual([
      { questionId: 'a', seconds: 60 },
      { questionId: 'b', seconds: 120 },
    ]);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('flags an answer under 10% of the median, only when the median rests on ≥ 5 answers', () => {
    const medians = new Map([
      ['a', { median: 100, answers: 12 }],
      ['b', { median: 100, answers: 4 }],
    ]);
    expect(
      fastAnswerFlags(
        [
          { questionId: 'a', seconds: 9 },
          { questionId: 'b', seconds: 1 },
        ],
        medians,
      ),
    ).toEqual([
      {
        type: 'fast_answer',
        questionId: 'a',
        evidence: { seconds: 9, medianSeconds: 100, answers: 12, threshold: 0.1 },
      },
    ]);
    expect(fastAnswerFlags([{ questionId: 'a', seconds: 10 }], medians)).toEqual([]);
  });
});
