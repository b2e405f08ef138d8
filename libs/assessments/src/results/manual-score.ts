/** A hand score's verdict, by the share of the points given (the verdicts of API.md). */
export function manualVerdict(score: number, maxScore: number): 'correct' | 'partial' | 'incorrect' {
  if (maxScore <= 0 || score <= 0) return 'incorrect';
  return score >= maxScore ? 'correct' : 'partial';
}

/** Hand scores are kept to two decimals, as stored. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}
