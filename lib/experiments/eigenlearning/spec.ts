// Parameters, observables and plots of the eigenlearning / double-descent experiment (EXPERIMENTS.md §4).
import { z } from "@/lib/zod";
import type { ObservableSpec, PlotSpec } from "../types";

/** Training-set sizes; the 7% tolerance applies from n = 30 (n = 10 is drawn, not judged). */
export const N_VALUES = [10, 30, 100, 300] as const;
/** Samples drawn per trial; every n above divides it into disjoint datasets. */
export const N_TOTAL = 300;
export const CHECKED_N = [30, 100, 300] as const;
/** Double descent: n = 40 samples, p features on both sides, skipping |p − n| ≤ 2 (heavy tails). */
export const DD_SAMPLES = 40;
export const DD_P_VALUES = [5, 10, 20, 30, 35, 45, 50, 60, 80, 120, 160] as const;

export const params = z.object({
  alpha: z.number().min(1.1).max(3).default(1.5),
  beta: z.number().min(1.1).max(4).default(1.8),
  modes: z.number().int().min(400).max(4000).default(2000),
  ridge: z.number().min(0).max(1).default(1e-3),
  noise: z.number().min(0).max(1).default(0),
  trials: z.number().int().min(2).max(100).default(20),
  ddNoise: z.number().min(0).max(2).default(0.5),
  ddTrials: z.number().int().min(10).max(1000).default(100),
});

export type Params = z.infer<typeof params>;

export const mseKey = (n: number) => `mse_n${n}`;
export const learnabilityKey = (n: number) => `learnability_n${n}`;
export const learnabilityTheoryKey = (n: number) => `learnabilityTheory_n${n}`;
export const ddKey = "ddWorstZ";

export const observables: ObservableSpec[] = [
  ...CHECKED_N.map(
    (n): ObservableSpec => ({
      key: mseKey(n),
      label: `Test MSE at n = ${n}`,
      description:
        "Mean test MSE of kernel ridge regression over the trials' disjoint datasets of size n, against E0·(Σ(1 − L_k)²v_k² + ε²) with κ from Σλ_k/(λ_k + κ) + δ/κ = n.",
      tolerance: { kind: "relative", rel: 0.07 },
      reduce: "median",
      role: "prediction",
    }),
  ),
  {
    key: ddKey,
    label: "Double descent: worst deviation in standard errors",
    description:
      "Largest |mean − theory|/SE of the min-norm least-squares excess risk ‖β̂ − β‖² (test error minus σ²) over p (n = 40, |p − n| > 2); theory σ²p/(n−p−1) below and (1 − n/p) + σ²n/(p−n−1) above the threshold.",
    tolerance: { kind: "range", min: 0, max: 3 },
    reduce: "median",
    role: "prediction",
  },
];

export const plots: PlotSpec[] = [
  {
    id: "mse",
    title: "Test error against training-set size",
    xLabel: "n",
    yLabel: "test MSE",
    logX: true,
    logY: true,
    series: ["mse"],
    theorySeries: ["mseTheory"],
  },
  {
    id: "learnability",
    title: "Learnability of each mode, E[v̂_k]/v_k",
    xLabel: "mode k",
    yLabel: "L_k",
    logX: true,
    series: N_VALUES.map(learnabilityKey),
    theorySeries: N_VALUES.map(learnabilityTheoryKey),
  },
  {
    id: "double-descent",
    title: "Double descent of min-norm least squares (n = 40)",
    xLabel: "features p",
    yLabel: "‖β̂ − β‖²",
    logY: true,
    series: ["ddRisk"],
    theorySeries: ["ddTheory"],
  },
];

export const controls = ["alpha", "beta", "ridge", "noise", "trials"] as const;

/** About 60 log-spaced mode indices (0-based) at which learnability curves are drawn. */
export function sampledModes(modes: number): number[] {
  const ks = new Set<number>();
  for (let i = 0; i < 60; i++) ks.add(Math.round(modes ** (i / 59)) - 1);
  return [...ks];
}
