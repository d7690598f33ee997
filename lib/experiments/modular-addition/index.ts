// Modular addition: a squared-activation network trained with AdamW learns Gromov's Fourier solution.
import type { Experiment } from "../types";
import { P, modAddObservables, modAddParams, modAddPlots } from "./spec";
import { startModAdd } from "./simulate";
import { modAddTheory } from "./theory";

export const modularAddition: Experiment<typeof modAddParams> = {
  id: "modular-addition@1",
  slug: "modular-addition",
  version: 1,
  title: "Modular addition learns Fourier features",
  summary:
    "A two-layer network with squared activation, trained with AdamW on 70% of the pairs of Z_23, " +
    "generalises by giving each neuron one frequency, with output phase equal to the sum of the " +
    "input phases, as in Gromov's analytic solution.",
  references: ["gromov2023grokking", "nanda2023progress"],
  params: modAddParams,
  defaultSeeds: [0, 1, 2],
  observables: modAddObservables,
  plots: modAddPlots,
  controls: ["weightDecay", "initScale", "trainFraction", "lr", "width", "steps"],
  cost(raw) {
    const p = modAddParams.parse(raw);
    const examples = Math.round(p.trainFraction * P * P);
    // Two one-hot matmuls in and one out, 2·examples·p·width FLOPs each; backward ≈ 2× forward.
    const perStep = 3 * 3 * 2 * examples * P * p.width;
    return { steps: p.steps, flops: p.steps * perStep };
  },
  start: async (raw, seed) => startModAdd(modAddParams.parse(raw), seed),
  theory: (raw) => modAddTheory(modAddParams.parse(raw)),
};
