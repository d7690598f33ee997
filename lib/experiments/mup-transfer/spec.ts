// Parameters, observables and plots of the μP vs standard parametrisation experiment (EXPERIMENTS.md §6).
import { z } from "@/lib/zod";
import type { ObservableSpec, PlotSpec } from "../types";

export const INPUT_DIM = 8;
/** Hidden units of the tanh teacher. */
export const TEACHER_WIDTH = 16;
/** Learning rate of the one-step coordinate check. */
export const COORD_LEARNING_RATE = 0.1;
/**
 * Initialisations averaged per width in the coordinate check. Δf after one step is dominated by the
 * mean residual, whose random O(1) initial part would otherwise scatter single-init slopes by ±0.4.
 */
export const COORD_REPLICAS = 16;
/** Largest learning rate of the sweep grid η_j = LR_MAX·2^(−j). */
export const LR_MAX = 0.4;
export const MAX_LR_COUNT = 12;

export const params = z.object({
  // Spanning 16× in width, as the tolerances below assume.
  widths: z.array(z.number().int().min(16).max(2048)).min(2).max(5).default([64, 256, 1024]),
  trainPoints: z.number().int().min(32).max(1024).default(256),
  steps: z.number().int().min(1).max(2000).default(300),
  // 8 rates reach 0.4·2⁻⁷ ≈ 0.003, two grid steps below SP's optimum at width 1024.
  learningRates: z.number().int().min(3).max(MAX_LR_COUNT).default(8),
});

export type Params = z.infer<typeof params>;

export const learningRateGrid = (p: Params): number[] =>
  Array.from({ length: p.learningRates }, (_, j) => LR_MAX * 2 ** -j);

export const sortedWidths = (p: Params): number[] => [...new Set(p.widths)].sort((a, b) => a - b);

const slope = (key: string, label: string, description: string): ObservableSpec => ({
  key,
  label,
  description,
  tolerance: { kind: "absolute", abs: 0.15 },
  reduce: "median",
  role: "prediction",
});

export const observables: ObservableSpec[] = [
  slope("spSlopeF", "SP: slope of mean|Δf| vs width", "Log-log slope, against width, of the mean change of the output after one GD step at η = 0.1 in standard parametrisation (blows up ∝ width)."),
  slope("spSlopeH", "SP: slope of mean|Δh| vs width", "Log-log slope of the mean change of a hidden activation after one step in standard parametrisation (vanishes ∝ width^(−1/2): no feature learning)."),
  slope("mupSlopeF", "μP: slope of mean|Δf| vs width", "The same for μP, where the output change stays of order one at every width."),
  slope("mupSlopeH", "μP: slope of mean|Δh| vs width", "The same for μP, where hidden features move by an amount independent of width."),
  {
    key: "spOptimumShift",
    label: "SP: shift of the optimal learning rate (grid steps)",
    description:
      "How many factor-2 grid steps the loss-minimising learning rate moves down from the smallest to the largest width. " +
      "SP's optimum scales like 1/width: log₂ of the width ratio steps, at least 2.",
    tolerance: { kind: "range", min: 2, max: MAX_LR_COUNT },
    reduce: "median",
    role: "prediction",
  },
  {
    key: "mupOptimumShift",
    label: "μP: shift of the optimal learning rate (grid steps)",
    description: "The same for μP, whose optimal learning rate transfers across width: at most one grid step.",
    tolerance: { kind: "absolute", abs: 1 },
    reduce: "median",
    role: "prediction",
  },
];

export const plots: PlotSpec[] = [
  {
    id: "coord-output",
    title: "Coordinate check: output change after one step",
    xLabel: "width",
    yLabel: "mean |Δf|",
    logX: true,
    logY: true,
    series: ["spDeltaF", "mupDeltaF"],
  },
  {
    id: "coord-hidden",
    title: "Coordinate check: hidden-activation change after one step",
    xLabel: "width",
    yLabel: "mean |Δh|",
    logX: true,
    logY: true,
    series: ["spDeltaH", "mupDeltaH"],
  },
  {
    id: "optimal-lr",
    title: "Loss-minimising learning rate: transfers in μP, shrinks like 1/width in SP",
    xLabel: "width",
    yLabel: "optimal η",
    logX: true,
    logY: true,
    series: ["spOptimalLr", "mupOptimalLr"],
  },
  {
    id: "best-loss",
    title: "Loss at the best learning rate",
    xLabel: "width",
    yLabel: "final training loss",
    logX: true,
    logY: true,
    series: ["spBestLoss", "mupBestLoss"],
  },
];

export const controls = ["widths", "steps", "learningRates"] as const;
