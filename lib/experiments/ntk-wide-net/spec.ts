// Parameters, observables and plots of the wide-net-vs-NTK experiment (EXPERIMENTS.md §3).
import { z } from "@/lib/zod";
import type { ObservableSpec, PlotSpec } from "../types";

export const INPUT_DIM = 5;
export const TEST_POINTS = 200;
/** Points per recorded curve (train loss, deviation). */
export const CURVE_POINTS = 100;

// Even widths: the antisymmetric init pairs every neuron with a sign-flipped copy.
const width = z.number().int().min(64).max(8192).multipleOf(2);

export const params = z.object({
  /** Width whose deviation is the headline observable and whose training the curves show. */
  width: width.default(1024),
  /** Widths for the log-log slope of deviation against width. */
  widths: z.array(width).min(1).max(5).default([256, 1024, 4096]),
  steps: z.number().int().min(10).max(3000).default(1000),
  // Kernel GD is stable below 2n/λ_max(Θ) ≈ 8.5 on this data; the cap leaves a 2× margin.
  learningRate: z.number().min(0.01).max(4).default(1),
  trainPoints: z.number().int().min(8).max(128).default(64),
  dataSeed: z.number().int().min(0).max(1_000_000).default(0),
});

export type Params = z.infer<typeof params>;

/** The primary width first, then the rest of the width list in increasing order. */
export function trainingOrder(p: Params): number[] {
  return [p.width, ...[...new Set(p.widths)].filter((w) => w !== p.width).sort((a, b) => a - b)];
}

/** Steps between recorded curve points. */
export const logEvery = (p: Params): number => Math.max(1, Math.round(p.steps / CURVE_POINTS));

export const observables: ObservableSpec[] = [
  {
    key: "deviation",
    label: "Relative deviation from kernel regression at the default width",
    description:
      "‖f_net − f_NTK‖/‖f_NTK‖ over the test points after training, where f_NTK is the GD trajectory of " +
      "kernel regression with the analytic infinite-width NTK. It should be a few percent at width 1024.",
    tolerance: { kind: "range", min: 0, max: 0.06 },
    reduce: "median",
    role: "prediction",
  },
  {
    key: "widthSlope",
    label: "Log-log slope of deviation against width",
    description:
      "Least-squares slope of log deviation against log width over the width list. The initial kernel's random " +
      "fluctuation around its infinite-width limit gives −1/2; the kernel's drift during training adds a smaller part that falls faster.",
    tolerance: { kind: "range", min: -0.7, max: -0.3 },
    reduce: "median",
    role: "prediction",
  },
];

export const plots: PlotSpec[] = [
  {
    id: "train-loss",
    title: "Training loss: the wide network follows kernel regression",
    xLabel: "step",
    yLabel: "(1/2n)·Σ(f − y)²",
    logY: true,
    series: ["trainLoss"],
    theorySeries: ["kernelTrainLoss"],
  },
  {
    id: "deviation",
    title: "Distance to the kernel trajectory during training",
    xLabel: "step",
    yLabel: "‖f_net − f_NTK‖/‖f_NTK‖ (test)",
    logY: true,
    series: ["deviation"],
  },
  {
    id: "test-predictions",
    title: "Test predictions after training, ordered by the kernel prediction",
    xLabel: "test point (rank of f_NTK)",
    yLabel: "f(x*)",
    series: ["testPrediction"],
    theorySeries: ["kernelTestPrediction"],
  },
  {
    id: "deviation-vs-width",
    title: "Deviation shrinks like width^(−1/2)",
    xLabel: "width m",
    yLabel: "relative deviation",
    logX: true,
    logY: true,
    series: ["deviationVsWidth"],
  },
];

export const controls = ["width", "steps", "learningRate", "trainPoints"] as const;
