import { LEVEL_DIFFICULTY_BANDS, type Level } from '@assay/core';
import type { AnswerGrade } from '../grading.types';

/**
 * Synthetic candidates for checking the scoring model against known truth (docs/decisions/0120): a
 * two-parameter logistic (2PL) IRT model, P(correct | θ) = 1 / (1 + e^(−a(θ − b))), over real questions.
 * The authored difficulty label (1–5) sets b = difficulty − 3 (so θ = 0 is a typical mid/senior boundary
 * candidate), and each question gets a seeded discrimination a around 1.2 (log-normal, σ 0.3), the range
 * usually seen for well-written items. Pure and seeded: the same seed gives the same candidates.
 */

export interface SimulatedItem {
  id: string;
  difficulty: number;
  points: number;
}

export interface ItemParameters {
  /** Discrimination. */
  a: number;
  /** Difficulty on the θ scale. */
  b: number;
}

/** A 32-bit PRNG (mulberry32) yielding floats in [0, 1), seeded by a string. */
export function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
  state >>>= 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
export function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The item's 2PL parameters, fixed per item id under a seed. */
export function itemParameters(item: SimulatedItem, seed = 'assay-2pl'): ItemParameters {
  const random = seededRandom(`${seed}\u0000${item.id}`);
  const difficulty = Number.isFinite(item.difficulty) ? item.difficulty : 3;
  return { a: 1.2 * Math.exp(0.3 * normal(random)), b: difficulty - 3 };
}

export function probabilityCorrect(theta: number, p: ItemParameters): number {
  return 1 / (1 + Math.exp(-p.a * (theta - p.b)));
}

/** θ at the centre of a level's difficulty band (junior −1.5, mid −0.5, senior 0.5, lead 1.5). */
export function levelCentreTheta(level: Level): number {
  const [lo, hi] = LEVEL_DIFFICULTY_BANDS[level];
  return (lo + hi) / 2 - 3;
}

/**
 * One candidate's grades on a form: each question right (full points) or wrong (0) by the 2PL model.
 * `invert` lists questions whose recorded outcome is flipped — a miskeyed item, where the key credits a
 * wrong answer, so strong candidates lose the point and weak ones gain it.
 */
export function simulateGrades(
  items: readonly SimulatedItem[],
  theta: number,
  random: () => number,
  options: { seed?: string; invert?: ReadonlySet<string> } = {},
): Record<string, AnswerGrade> {
  const grades: Record<string, AnswerGrade> = {};
  for (const item of items) {
    const correct = random() < probabilityCorrect(theta, itemParameters(item, options.seed));
    const credited = options.invert?.has(item.id) ? !correct : correct;
    grades[item.id] = {
      score: credited ? item.points : 0,
      maxScore: item.points,
      verdict: credited ? 'correct' : 'incorrect',
      details: {},
    };
  }
  return grades;
}

/** Everything correct: the grades of a perfect attempt. */
export function perfectGrades(items: readonly SimulatedItem[]): Record<string, AnswerGrade> {
  return Object.fromEntries(
    items.map((i) => [i.id, { score: i.points, maxScore: i.points, verdict: 'correct', details: {} }]),
  );
}
