// Parameters, observables and plots of the Saxe deep-linear experiment (EXPERIMENTS.md §1).
import { z } from "@/lib/zod";
import type { ObservableSpec, PlotSpec, Tolerance } from "../types";

/** Mode strengths relative to the top one: s = topStrength·(1, 0.6, 0.4, 0.2, 0.1, 0.05) = (5, 3, 2, 1, 0.5, 0.25). */
export const MODE_RATIOS = [1, 0.6, 0.4, 0.2, 0.1, 0.05] as const;
export const MODE_COUNT = MODE_RATIOS.length;

export const params = z.object({
  init: z.enum(["decoupled", "random"]).default("decoupled"),
  topStrength: z.number().min(0.5).max(6).default(5),
  a0: z.number().min(1e-5).max(0.05).default(1e-3),
  learningRate: z.number().min(0.0005).max(0.02).default(0.005),
  // 6000 steps (t = 30) lets the weakest mode (s = 0.25, t_half ≈ 24.9) finish rising.
  steps: z.number().int().min(100).max(50_000).default(6000),
  hiddenWidth: z.number().int().min(MODE_COUNT).max(64).default(16),
  inputDim: z.number().int().min(MODE_COUNT).max(32).default(8),
  outputDim: z.number().int().min(MODE_COUNT).max(32).default(8),
});

export type Params = z.infer<typeof params>;

export function singularValues(p: Params): number[] {
  return MODE_RATIOS.map((r) => r * p.topStrength);
}

export const tHalfKey = (k: number) => `tHalf${k + 1}`;
export const strengthKey = (k: number) => `u${k + 1}`;
export const theoryStrengthKey = (k: number) => `u${k + 1}Theory`;

export const observables: ObservableSpec[] = [
  ...MODE_RATIOS.map(
    (r, k): ObservableSpec => ({
      key: tHalfKey(k),
      label: `t½ of mode ${k + 1} (s = ${r} × top strength)`,
      description:
        "Time t = η·step at which the mode strength uₖᵀW₂W₁vₖ first reaches sₖ/2, against the gradient-flow value ln(s/u₀ − 1)/(2s).",
      tolerance: { kind: "relative", rel: 0.03 },
      reduce: "median",
      role: "prediction",
    }),
  ),
  {
    key: "modesInOrder",
    label: "Modes learned strongest first",
    description: "1 when every seed's half-rise times increase as the singular value decreases.",
    tolerance: { kind: "range", min: 1, max: 1 },
    reduce: "min",
    role: "prediction",
  },
];

export const plots: PlotSpec[] = [
  {
    id: "strengths",
    title: "Mode strengths: one sigmoid per singular value",
    xLabel: "t = η·step",
    yLabel: "uₖ(t)",
    series: MODE_RATIOS.map((_, k) => strengthKey(k)),
    theorySeries: MODE_RATIOS.map((_, k) => theoryStrengthKey(k)),
  },
  {
    id: "loss",
    title: "Loss: a staircase, one drop per mode",
    xLabel: "t = η·step",
    yLabel: "½‖W₂W₁ − S‖²",
    logY: true,
    series: ["loss"],
    theorySeries: ["lossTheory"],
  },
];

/**
 * Random init scatters each mode's u₀ like χ²_{h−k}, so single seeds' t½ spread by ~3% (h = 16);
 * EXPERIMENTS.md §1 allows 10% there. Decoupled init is deterministic up to GD discretisation.
 */
export function tolerances(p: Params): Partial<Record<string, Tolerance>> {
  if (p.init === "decoupled") return {};
  return Object.fromEntries(MODE_RATIOS.map((_, k) => [tHalfKey(k), { kind: "relative", rel: 0.1 } as const]));
}

export const controls = ["init", "topStrength", "a0", "learningRate", "steps"] as const;
