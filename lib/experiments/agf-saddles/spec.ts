// Parameters, observables and plots of the AGF saddle-to-saddle experiment (EXPERIMENTS.md §8).
import { z } from "@/lib/zod";
import type { ObservableSpec, PlotSpec } from "../types";
import { template } from "./template";
import { frequenciesByPower } from "./theory";

export const agfParams = z.object({
  hidden: z.number().int().min(8).max(256).default(64),
  initScale: z.number().min(1e-3).max(0.1).default(3e-2),
  // The escapes are explosive (the net is cubic-homogeneous): lr 0.4 oscillates, 0.5 gives NaN.
  lr: z.number().min(1e-3).max(0.25).default(0.05),
  steps: z.number().int().min(100).max(40_000).default(20_000),
});
export type AgfParams = z.infer<typeof agfParams>;

/** Template frequencies carrying power, strongest first (1, 2, 4 for the default template). */
export const templateFrequencies = frequenciesByPower(template()).map((f) => f.k);

export const agfObservables: ObservableSpec[] = [
  ...templateFrequencies.map(
    (_, c): ObservableSpec => ({
      key: `plateau${c + 1}`,
      label: `plateau ${c + 1} loss`,
      description:
        `Median loss over the flat stretch of training during which exactly ${c} template frequencies ` +
        "are learned (output power ≥ half the target's), against (1/p)·Σ P_k over the unlearned ones. " +
        "NaN if training never sits flat in that phase.",
      tolerance: { kind: "relative", rel: 0.02 },
      reduce: "median",
      role: "prediction",
    }),
  ),
  {
    key: "learningOrder",
    label: "frequencies learned in order of power",
    description:
      "1 if the frequencies whose output power passes half the target's do so in decreasing order of " +
      "template power, else 0; NaN until at least two are learned.",
    tolerance: { kind: "absolute", abs: 0 },
    reduce: "min",
    role: "prediction",
  },
];

export const agfPlots: PlotSpec[] = [
  {
    id: "loss",
    title: "Loss staircase",
    xLabel: "step",
    yLabel: "mean squared error",
    logY: true,
    series: ["loss"],
    theorySeries: templateFrequencies.map((_, c) => `level${c + 1}`),
  },
  {
    id: "learned-power",
    title: "Output power per template frequency (share of target)",
    xLabel: "step",
    yLabel: "output power / P_k",
    series: templateFrequencies.map((k) => `power${k}`),
  },
  {
    id: "plateaus",
    title: "Plateau level against frequencies learned",
    xLabel: "frequencies learned",
    yLabel: "loss",
    logY: true,
    series: ["plateaus"],
    theorySeries: ["staircase"],
  },
  {
    id: "spectrum",
    title: "Output power spectrum now vs target",
    xLabel: "frequency k",
    yLabel: "power",
    series: ["outputPower"],
    theorySeries: ["targetPower"],
  },
];
