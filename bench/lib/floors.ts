import { fmt } from './load';

export interface RatioCheck {
  figure: string;
  ratio: number;
  floor: number;
}

/** Every ratio checked in this run; bench/run.ts exits non-zero when one is under its floor. */
export const ratioChecks: RatioCheck[] = [];

/** Prints a figure as a ratio to its baseline measured in the same run and records it against its floor. */
export function checkRatio(figure: string, ours: number, baseline: number, floor: number): number {
  const ratio = ours / baseline;
  ratioChecks.push({ figure, ratio, floor });
  console.log(
    `RATIO ${figure}: ${fmt(ratio, 2)}× its baseline (floor ${fmt(floor, 1)}×: ${ratio >= floor ? 'ok' : 'UNDER FLOOR'})`,
  );
  return ratio;
}
