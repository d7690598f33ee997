// Parameters, observables and plots of the GD-vs-flow experiment (EXPERIMENTS.md §10).
import { z } from "@/lib/zod";
import type { ObservableSpec, PlotSpec } from "../types";

export const params = z.object({
  hidden: z.number().int().min(2).max(64).default(16),
  points: z.number().int().min(4).max(200).default(20),
  flowTime: z.number().min(0.25).max(10).default(2),
  /** GD steps at the largest learning rate; η_j = flowTime / (gdSteps·2^j), so η = 0.08 … 0.01 by default. */
  gdSteps: z.number().int().min(5).max(1000).default(25),
  etaCount: z.number().int().min(3).max(6).default(4),
  /** RK4 steps over the whole flow time (dt = 1e-3 by default). */
  rk4Steps: z.number().int().min(200).max(20_000).default(2000),
});

export type Params = z.infer<typeof params>;

export function learningRates(p: Params): number[] {
  return Array.from({ length: p.etaCount }, (_, j) => p.flowTime / (p.gdSteps * 2 ** j));
}

export const observables: ObservableSpec[] = [
  {
    key: "slopeToFlow",
    label: "log-log slope of ‖θ_GD − θ_GF(T)‖ against η",
    description: "GD is a first-order discretisation of gradient flow, so its distance to the flow at time T shrinks as O(η).",
    tolerance: { kind: "absolute", abs: 0.1 },
    reduce: "median",
    role: "prediction",
  },
  {
    key: "slopeToModified",
    label: "log-log slope of ‖θ_GD − θ_MF(T)‖ against η",
    description:
      "Against the modified flow on L + (η/4)‖∇L‖² (gradient ∇L + (η/2)H∇L, backward error analysis) the distance shrinks as O(η²).",
    tolerance: { kind: "absolute", abs: 0.2 },
    reduce: "median",
    role: "prediction",
  },
  {
    key: "sharpnessRatio",
    label: "Precondition: η_max·λ_max/2 below the edge of stability",
    description:
      "Largest Hessian eigenvalue (Lanczos on finite-difference HVPs) at the start and end of the flow, times η_max/2. The expansions assume it stays below 1.",
    tolerance: { kind: "range", min: 0, max: 1 },
    reduce: "max",
    role: "precondition",
  },
];

export const plots: PlotSpec[] = [
  {
    id: "gaps",
    title: "Distance of GD from gradient flow and from the modified flow at time T",
    xLabel: "η",
    yLabel: "‖θ_GD − θ(T)‖",
    logX: true,
    logY: true,
    series: ["gapToFlow", "gapToModified"],
    theorySeries: ["slopeOne", "slopeTwo"],
  },
  {
    id: "loss",
    title: "Training loss along gradient flow",
    xLabel: "t",
    yLabel: "½·MSE",
    logY: true,
    series: ["flowLoss"],
  },
];

export const controls = ["hidden", "flowTime", "gdSteps"] as const;
