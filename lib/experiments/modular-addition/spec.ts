// Parameters, observables and plots of the modular-addition experiment (EXPERIMENTS.md §9).
import { z } from "@/lib/zod";
import type { ObservableSpec, PlotSpec } from "../types";

/** The modulus: inputs and outputs are one-hot over Z_p. */
export const P = 23;

export const modAddParams = z.object({
  width: z.number().int().min(8).max(256).default(128),
  trainFraction: z.number().min(0.2).max(0.95).default(0.7),
  lr: z.number().min(1e-3).max(0.05).default(0.02),
  weightDecay: z.number().min(0).max(0.2).default(0.03),
  initScale: z.number().min(0.05).max(2).default(0.3),
  steps: z.number().int().min(10).max(5000).default(2000),
});
export type ModAddParams = z.infer<typeof modAddParams>;

export const modAddObservables: ObservableSpec[] = [
  {
    key: "testAccuracy",
    label: "test accuracy",
    description: "Share of held-out pairs (a, b) whose largest output is (a + b) mod p, at the end of training.",
    tolerance: { kind: "range", min: 0.99, max: 1 },
    reduce: "median",
    role: "prediction",
  },
  {
    key: "concentration",
    label: "frequency concentration (median neuron)",
    description:
      "Per neuron, the largest share of the power of its input weights U_a at one frequency " +
      "(max_f |Û_a(f)|² / Σ_{f=1..(p−1)/2} |Û_a(f)|²); the median over neurons. About 0.29 at init.",
    tolerance: { kind: "range", min: 0.7, max: 1 },
    reduce: "median",
    role: "prediction",
  },
  {
    key: "phaseError",
    label: "phase-rule error (median neuron, rad)",
    description:
      "Per neuron, at its dominant frequency σ, the wrapped |φa + φb − φout| between the phases of " +
      "U_a, U_b and the output weights; the median over neurons. Gromov's solution has 0.",
    tolerance: { kind: "range", min: 0, max: 0.2 },
    reduce: "median",
    role: "prediction",
  },
];

export const modAddPlots: PlotSpec[] = [
  {
    id: "loss",
    title: "Loss",
    xLabel: "step",
    yLabel: "½·squared error",
    logY: true,
    series: ["trainLoss", "testLoss"],
  },
  {
    id: "accuracy",
    title: "Accuracy",
    xLabel: "step",
    yLabel: "accuracy",
    series: ["trainAccuracy", "testAccuracy"],
    theorySeries: ["accuracyTheory"],
  },
  {
    id: "fourier",
    title: "Fourier structure of the neurons",
    xLabel: "step",
    yLabel: "median over neurons",
    series: ["concentration", "phaseError"],
    theorySeries: ["concentrationTheory", "phaseErrorTheory"],
  },
  {
    id: "frequencies",
    title: "Neurons per dominant frequency",
    xLabel: "frequency σ",
    yLabel: "neurons",
    series: ["frequencyCounts"],
  },
];
