// Alternating gradient flows: a quadratic network learns a template one Fourier mode at a time.
import type { Experiment } from "../types";
import { agfObservables, agfParams, agfPlots } from "./spec";
import { startAgf } from "./simulate";
import { P } from "./template";
import { agfTheory } from "./theory";

export const agfSaddles: Experiment<typeof agfParams> = {
  id: "agf-saddles@1",
  slug: "agf-saddles",
  version: 1,
  title: "Saddle-to-saddle learning (alternating gradient flows)",
  summary:
    "From small init, a quadratic two-layer network learning rolled copies of a template jumps " +
    "between saddles: it picks up one Fourier mode at a time, strongest first, and between jumps the " +
    "loss sits at the power of the modes still missing.",
  references: ["kunin2025alternating"],
  params: agfParams,
  defaultSeeds: [0, 1, 2],
  observables: agfObservables,
  plots: agfPlots,
  controls: ["lr", "initScale", "hidden", "steps"],
  cost(raw) {
    const p = agfParams.parse(raw);
    const examples = P * P;
    // Forward: two input matmuls and one output matmul, 2·examples·p·hidden FLOPs each;
    // the backward pass costs about twice the forward.
    const perStep = 3 * 3 * 2 * examples * P * p.hidden;
    return { steps: p.steps, flops: p.steps * perStep };
  },
  start: async (raw, seed) => startAgf(agfParams.parse(raw), seed),
  theory: (raw) => agfTheory(agfParams.parse(raw)),
};
