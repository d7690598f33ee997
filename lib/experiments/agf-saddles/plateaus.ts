// Reads plateaus and the learning order off a recorded run.
import { median } from "../core/stats";

/** A frequency counts as learned once the output carries half of the target's power at it. */
export const LEARNED_SHARE = 0.5;

/**
 * Loss counts as flat where |d ln L/dt| < FLAT_RATE, with t = lr·step so the threshold does not
 * depend on the learning rate. Plateaus drift by ~1e-5 per unit time, drops by ≳ 1e-2.
 */
export const FLAT_RATE = 1e-3;

/**
 * Median loss over the flat records taken while exactly c frequencies were learned, for
 * c = 0..levels−1; NaN where there is none.
 */
export function plateauMedians(times: number[], losses: number[], learnedCounts: number[], levels: number): number[] {
  const buckets: number[][] = Array.from({ length: levels }, () => []);
  for (let i = 1; i + 1 < losses.length; i++) {
    const rate = Math.abs(Math.log(losses[i + 1] / losses[i - 1])) / (times[i + 1] - times[i - 1]);
    const c = learnedCounts[i];
    if (rate < FLAT_RATE && c < levels) buckets[c].push(losses[i]);
  }
  return buckets.map((b) => (b.length > 0 ? median(b) : NaN));
}

/**
 * 1 if the frequencies learned so far (ordered by when they were first learned) are the first
 * ones of the predicted order, 0 if not, NaN while fewer than two are learned (no order yet).
 */
export function orderMatches(firstLearned: Map<number, number>, predicted: number[]): number {
  const observed = [...firstLearned.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
  if (observed.length < 2) return NaN;
  return Number(observed.every((k, i) => k === predicted[i]));
}
