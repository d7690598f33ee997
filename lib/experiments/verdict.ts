// Turns per-seed measurements of one observable into a verdict against theory.
import { mean, median } from "./core/stats";
import type { ObservableSpec, Tolerance } from "./types";

export type Verdict = "reproduced" | "not-reproduced" | "inconclusive";
/** A precondition is met or not; it never reproduces or refutes anything by itself. */
export type PreconditionVerdict = "met" | "not-met" | "inconclusive";

export interface ObservableResult {
  key: string;
  role: ObservableSpec["role"];
  /** The reduced statistic compared with theory (over the finite per-seed values). */
  measured: number;
  perSeed: number[];
  predicted: number;
  tolerance: Tolerance;
  verdict: Verdict | PreconditionVerdict;
  /** Why a verdict is inconclusive, in words (e.g. which precondition was not met). */
  reason?: string;
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
  const within = conclusive && withinTolerance(measured, predicted, spec.tolerance);
  const base = { key: spec.key, role: spec.role, measured, perSeed, predicted, tolerance: spec.tolerance };
  if (!conclusive) {
    const missing = perSeed.length - finite.length;
    const reason =
      perSeed.length === 0
        ? "no seed was run"
        : missing > 0
          ? `not measurable for ${missing} of ${perSeed.length} seeds`
          : "the theory gives no finite prediction for these parameters";
    return { ...base, verdict: "inconclusive", reason };
  }
  if (spec.role === "precondition") return { ...base, verdict: within ? "met" : "not-met" };
  return { ...base, verdict: within ? "reproduced" : "not-reproduced" };
}

/** The preconditions a prediction depends on: its own list, or every precondition of the experiment. */
export function requiredPreconditions(spec: ObservableSpec, all: ObservableSpec[]): string[] {
  if (spec.role === "precondition") return [];
  return spec.requires ?? all.filter((o) => o.role === "precondition").map((o) => o.key);
}

/**
 * Judges every observable, then makes each prediction whose preconditions are not all met
 * inconclusive, naming the precondition and its number: a run outside the theory's setting
 * says nothing either way, so it must never read as "not reproduced".
 */
export function judgeAll(
  specs: ObservableSpec[],
  perSeed: (key: string) => number[],
  predicted: (key: string) => number,
): ObservableResult[] {
  const results = specs.map((s) => judge(s, perSeed(s.key), predicted(s.key)));
  const byKey = new Map(results.map((r) => [r.key, r]));
  return results.map((r, i) => {
    if (r.role === "precondition") return r;
    const unmet = requiredPreconditions(specs[i], specs)
      .map((k) => byKey.get(k))
      .filter((p): p is ObservableResult => p !== undefined && p.verdict !== "met");
    if (unmet.length === 0) return r;
    const reason = unmet.map((p) => preconditionFailure(p, specs)).join("; ");
    return { ...r, verdict: "inconclusive", reason };
  });
}

function preconditionFailure(p: ObservableResult, specs: ObservableSpec[]): string {
  const label = specs.find((s) => s.key === p.key)?.label ?? p.key;
  if (p.verdict === "inconclusive") return `precondition "${label}" could not be checked (${p.reason})`;
  return `precondition "${label}" not met: measured ${formatValue(p.measured)}, needs ${describeTolerance(p.tolerance, p.predicted)}`;
}

/** Short plain-text form of a tolerance, e.g. "in [0, 0.8]" or "within ±5% of 1.2". */
export function describeTolerance(t: Tolerance, predicted: number): string {
  switch (t.kind) {
    case "range":
      return `in [${formatValue(t.min)}, ${formatValue(t.max)}]`;
    case "relative":
      return `within ±${formatValue(t.rel * 100)}% of ${formatValue(predicted)}`;
    case "absolute":
      return `within ±${formatValue(t.abs)} of ${formatValue(predicted)}`;
  }
}

export function formatValue(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(3) : String(+x.toPrecision(4));
}

/**
 * One verdict for a set of prediction verdicts: any refuted prediction refutes the whole, all
 * reproduced reproduce it, anything else (including no predictions at all) is inconclusive.
 */
export function overallVerdict(verdicts: Verdict[]): Verdict {
  if (verdicts.includes("not-reproduced")) return "not-reproduced";
  if (verdicts.length > 0 && verdicts.every((v) => v === "reproduced")) return "reproduced";
  return "inconclusive";
}
