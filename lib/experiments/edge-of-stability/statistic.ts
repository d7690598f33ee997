// Reduces a sharpness trace to the EoS observables (EXPERIMENTS.md §2).
import { median } from "../core/stats";
import { CROSSING_FRACTION, SETTLE_STEPS } from "./spec";

export interface EosStatistics {
  /** λ at the first measurement divided by 2/η. */
  initialRatio: number;
  /** First measured step with λ ≥ CROSSING_FRACTION·2/η; NaN if none. */
  crossingStep: number;
  /** Median of λ/(2/η) over steps ≥ crossingStep + SETTLE_STEPS; NaN if there are none yet. */
  sharpnessRatio: number;
}

export function eosStatistics(steps: readonly number[], lambda: readonly number[], threshold: number): EosStatistics {
  const initialRatio = lambda.length > 0 ? lambda[0] / threshold : NaN;
  const first = lambda.findIndex((l) => l >= CROSSING_FRACTION * threshold);
  const crossingStep = first < 0 ? NaN : steps[first];
  const late = lambda.filter((_, i) => steps[i] >= crossingStep + SETTLE_STEPS).map((l) => l / threshold);
  // A diverged run (NaN sharpness) has no meaningful late statistic.
  const sharpnessRatio = late.length > 0 && late.every(Number.isFinite) ? median(late) : NaN;
  return { initialRatio, crossingStep, sharpnessRatio };
}
