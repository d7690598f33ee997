// Parameters, observables and plots of the scaling-exponent experiment (EXPERIMENTS.md §5).
import { z } from "@/lib/zod";
import type { ObservableSpec, PlotSpec } from "../types";

/** (a) Ridgeless KRR at 6 doubling sizes spanning 1.5 decades (the doc's fit needs ≥ 6 points). */
export const DATA_N = [10, 20, 40, 80, 160, 320] as const;
export const DATA_N_TOTAL = 320;
/** (b) Loss is read at this many log-spaced times inside the fit window. */
export const TIME_POINTS = 16;
/** A fit must span at least 1.5 decades. */
export const MIN_DECADES = 1.5;

export const params = z.object({
  alpha: z.number().min(1.1).max(3).default(1.5),
  beta: z.number().min(1.1).max(4).default(1.8),
  // (a) data scaling
  modes: z.number().int().min(400).max(4000).default(2000),
  trials: z.number().int().min(4).max(100).default(20),
  // (b) online SGD on x ~ N(0, diag λ)
  dim: z.number().int().min(50).max(5000).default(1000),
  batch: z.number().int().min(1).max(1024).default(128),
  learningRate: z.number().min(0.001).max(1.5).default(0.3),
  steps: z.number().int().min(100).max(20_000).default(3000),
  sgdRuns: z.number().int().min(2).max(64).default(4),
  tMin: z.number().min(0.1).max(1000).default(10),
  tMax: z.number().min(1).max(30_000).default(900),
});

export type Params = z.infer<typeof params>;

export const observables: ObservableSpec[] = [
  {
    key: "dataExponent",
    label: "Data exponent a (L ∝ n^−a)",
    description:
      "Exponent of L = A·n^−a + C fitted to ridgeless KRR test error at n = 10…320, against the same fit to the eigenlearning curve at the same n (asymptote β − 1).",
    tolerance: { kind: "absolute", abs: 0.05 },
    reduce: "median",
    role: "prediction",
    requires: ["dataExponentCi"],
  },
  {
    key: "timeExponent",
    label: "Time exponent b (L ∝ t^−b)",
    description:
      "Exponent of L = A·t^−b + C fitted to the online-SGD population loss over t = η·step in [tMin, tMax], against the same fit to Σ_k v_k²·e^{−2λ_k t} over the run's d modes (asymptote (β − 1)/α).",
    tolerance: { kind: "absolute", abs: 0.03 },
    reduce: "median",
    role: "prediction",
    requires: ["timeExponentCi"],
  },
  {
    key: "dataExponentCi",
    label: "Precision of a: 95% bootstrap CI half-width",
    description: "Half-width of a seed's bootstrap CI of a over its trials; must be below the 0.05 tolerance for the comparison to mean anything.",
    tolerance: { kind: "range", min: 0, max: 0.05 },
    reduce: "max",
    role: "precondition",
  },
  {
    key: "timeExponentCi",
    label: "Precision of b: 95% bootstrap CI half-width",
    description: "Half-width of a seed's bootstrap CI of b over its SGD runs; must be below the 0.03 tolerance for the comparison to mean anything.",
    tolerance: { kind: "range", min: 0, max: 0.03 },
    reduce: "max",
    role: "precondition",
  },
];

export const plots: PlotSpec[] = [
  {
    id: "data",
    title: "Test error against data (ridgeless)",
    xLabel: "n",
    yLabel: "test MSE",
    logX: true,
    logY: true,
    series: ["dataLoss"],
    theorySeries: ["dataLossTheory"],
  },
  {
    id: "time",
    title: "Population loss against time (online SGD)",
    xLabel: "t = η·step",
    yLabel: "L(t)",
    logX: true,
    logY: true,
    series: ["timeLoss"],
    theorySeries: ["timeLossTheory"],
  },
];

export const controls = ["alpha", "beta", "batch", "learningRate", "steps"] as const;

/** Log-spaced SGD steps whose times η·step cover [tMin, min(tMax, η·steps)]; empty if under 1.5 decades. */
export function fitSteps(p: Params): number[] {
  const tHi = Math.min(p.tMax, p.learningRate * p.steps);
  if (!(Math.log10(tHi / p.tMin) >= MIN_DECADES - 1e-9)) return [];
  const steps = Array.from({ length: TIME_POINTS }, (_, i) =>
    Math.round((p.tMin * (tHi / p.tMin) ** (i / (TIME_POINTS - 1))) / p.learningRate),
  );
  return [...new Set(steps)];
}

/** About 100 log-spaced steps from 1 to `steps` at which the loss curve is drawn. */
export function plotSteps(steps: number): number[] {
  return [...new Set(Array.from({ length: 100 }, (_, i) => Math.round(steps ** (i / 99))))];
}
