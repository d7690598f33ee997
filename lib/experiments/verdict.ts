// Turns per-seed measurements of one observable into a verdict against theory.
import { mean, median } from "./core/stats";
import type { ObservableSpec, Tolerance } from "./types";

export type Verdict = "reproduced" | "not-reproduced" | "inconclusive";

export interface ObservableResult {
  key: string;
  /** The reduced statistic compared with theory (over the finite per-seed values). */
  measured: number;
  perSeed: number[];
  predicted: number;
  tolerance: Tolerance;
  verdict: Verdict;
}

export function reduceValues(values: number[], how: ObservableSpec["reduce"]): number {
  if (values.length === 0) return NaN;
  switch (how) {
    case "median":
      return median(values);
    case "mean":
      return mean(values);
    case "min":
      return Math.min(...values);
    case "max":
      return Math.max(...values);
  }
}

export function withinTolerance(measured: number, predicted: number, tol: Tolerance): boolean {
  switch (tol.kind) {
    case "relative":
      return Math.abs(measured - predicted) <= tol.rel * Math.abs(predicted);
    case "absolute":
      return Math.abs(measured - predicted) <= tol.abs;
    case "range":
      return tol.min <= measured && measured <= tol.max;
  }
}

/**
 * A non-finite value from any seed means a precondition failed (e.g. a threshold was never
 * crossed), so the verdict is "inconclusive" rather than a silent pass or fail.
 * A range tolerance does not need a finite prediction: the prediction is shown for context only.
 */
export function judge(spec: ObservableSpec, perSeed: number[], predicted: number): ObservableResult {
  const finite = perSeed.filter(Number.isFinite);
  const measured = reduceValues(finite, spec.reduce);
  const needsPrediction = spec.tolerance.kind !== "range";
  const conclusive =
    perSeed.length > 0 && finite.length === perSeed.length && (!needsPrediction || Number.isFinite(predicted));
  const verdict: Verdict = !conclusive
    ? "inconclusive"
    : withinTolerance(measured, predicted, spec.tolerance)
      ? "reproduced"
      : "not-reproduced";
  return { key: spec.key, measured, perSeed, predicted, tolerance: spec.tolerance, verdict };
}
