import { createHash } from 'node:crypto';

/**
 * Integrity signals shown in a report (docs/decisions/0414-integrity-signals.md). Pure: the repository
 * gathers the answers, these decide.
 *
 * Code similarity uses winnowing (Schleimer, Wilkerson, Aiken 2003): the code is reduced to tokens with
 * every identifier, string and number replaced by a placeholder (renaming variables changes nothing), every
 * k consecutive tokens are hashed, and in each window of w hashes the smallest is kept. Two answers'
 * overlap is |A ∩ B| / min(|A|, |B|) of their fingerprints, after removing the starter code's.
 */

export const INTEGRITY = {
  kgram: 5,
  window: 4,
  /** Overlap at or above which two code answers are flagged. */
  similarity: 0.8,
  /** Fingerprints an answer needs before similarity means anything (tiny answers are alike by nature). */
  minFingerprints: 8,
  /** An answer saved in less than this share of the question's median time is flagged… */
  fastShare: 0.1,
  /** …when the median comes from at least this many answers. */
  minTimedAnswers: 5,
} as const;

const KEYWORDS = new Set(
  (
    'break case catch class const continue default delete do else export extends false finally for function ' +
    'if in instanceof let new null of return super switch this throw true try typeof undefined var void while ' +
    'yield async await'
  ).split(' '),
);

/** Tokens of JavaScript/TypeScript with comments dropped and identifiers, strings and numbers abstracted. */
export function codeTokens(code: string): string[] {
  const text = code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
  const pattern = /[A-Za-z_$][\w$]*|\d[\d._]*|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`|[^\s\w]/g;
  const out: string[] = [];
  for (const [token] of text.matchAll(pattern)) {
    if (/^[A-Za-z_$]/.test(token)) out.push(KEYWORDS.has(token) ? token : 'id');
    else if (/^\d/.test(token)) out.push('num');
    else if (/^["'`]/.test(token)) out.push('str');
    else out.push(token);
  }
  return out;
}

/** Winnowed fingerprints of `code`. */
export function fingerprints(
  code: string,
  k: number = INTEGRITY.kgram,
  w: number = INTEGRITY.window,
): Set<string> {
  const tokens = codeTokens(code);
  const hashes: string[] = [];
  for (let i = 0; i + k <= tokens.length; i++) {
    hashes.push(
      createHash('sha1')
        .update(tokens.slice(i, i + k).join(' '))
        .digest('hex')
        .slice(0, 12),
    );
  }
  const kept = new Set<string>();
  if (hashes.length && hashes.length < w) kept.add([...hashes].sort()[0]);
  for (let i = 0; i + w <= hashes.length; i++) kept.add(hashes.slice(i, i + w).sort()[0]);
  return kept;
}

/** Overlap of two fingerprint sets, ignoring the starter code's; null when either is too small to judge. */
export function codeOverlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  starter: ReadonlySet<string> = new Set(),
): number | null {
  const own = (s: ReadonlySet<string>) => new Set([...s].filter((f) => !starter.has(f)));
  const [x, y] = [own(a), own(b)];
  if (Math.min(x.size, y.size) < INTEGRITY.minFingerprints) return null;
  let shared = 0;
  for (const f of x) if (y.has(f)) shared++;
  return shared / Math.min(x.size, y.size);
}

export interface OtherSubmission {
  attemptId: string;
  /** Whether it belongs to the report's organization: another organization's attempt is never named. */
  sameOrganization: boolean;
  code: string;
}

export interface IntegrityFlag {
  type: 'code_similarity' | 'fast_answer';
  questionId: string;
  evidence: Record<string, unknown>;
}

/** Flags for one code answer: every other submission to the same question version it overlaps ≥ 80 % with. */
export function similarityFlags(
  questionId: string,
  code: string,
  starterCode: string,
  others: readonly OtherSubmission[],
): IntegrityFlag[] {
  const starter = fingerprints(starterCode);
  const mine = fingerprints(code);
  const matches = others.flatMap((o) => {
    const overlap = codeOverlap(mine, fingerprints(o.code), starter);
    return overlap !== null && overlap >= INTEGRITY.similarity ? [{ o, overlap }] : [];
  });
  if (!matches.length) return [];
  return [
    {
      type: 'code_similarity',
      questionId,
      evidence: {
        matches: matches
          .sort((a, b) => b.overlap - a.overlap)
          .slice(0, 10)
          .map(({ o, overlap }) => ({
            overlap: Math.round(overlap * 100) / 100,
            attemptId: o.sameOrganization ? o.attemptId : null,
            sameOrganization: o.sameOrganization,
          })),
        threshold: INTEGRITY.similarity,
      },
    },
  ];
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Seconds spent on each answered question, estimated from when each answer was first saved: the time since
 * the previous first save in the attempt (or since the start for the first one).
 */
export function secondsPerAnswer(startedAt: Date, firstSaves: readonly { questionId: string; at: Date }[]) {
  const sorted = [...firstSaves].sort((a, b) => a.at.getTime() - b.at.getTime());
  let previous = startedAt.getTime();
  return sorted.map(({ questionId, at }) => {
    const seconds = Math.max(0, (at.getTime() - previous) / 1000);
    previous = at.getTime();
    return { questionId, seconds };
  });
}

/** Answers saved in under 10 % of their question's median time (medians from ≥ 5 answers only). */
export function fastAnswerFlags(
  spent: readonly { questionId: string; seconds: number }[],
  medians: ReadonlyMap<string, { median: number; answers: number }>,
): IntegrityFlag[] {
  return spent.flatMap(({ questionId, seconds }) => {
    const m = medians.get(questionId);
    if (!m || m.answers < INTEGRITY.minTimedAnswers || m.median <= 0) return [];
    if (seconds >= INTEGRITY.fastShare * m.median) return [];
    return [
      {
        type: 'fast_answer' as const,
        questionId,
        evidence: {
          seconds: Math.round(seconds),
          medianSeconds: Math.round(m.median),
          answers: m.answers,
          threshold: INTEGRITY.fastShare,
        },
      },
    ];
  });
}
