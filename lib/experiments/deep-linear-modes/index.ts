import type { Experiment } from "../types";
import { controls, observables, params, plots, tolerances, type Params } from "./spec";
import { flopsPerStep, simulate } from "./simulate";
import { theory } from "./theory";

export const deepLinearModes: Experiment<typeof params> = {
  id: "deep-linear-modes@1",
  slug: "deep-linear-modes",
  version: 1,
  title: "Deep linear networks learn one mode at a time",
  summary:
    "A two-layer linear net trained by gradient descent picks up the singular modes of its target one after another, " +
    "each along a sigmoid whose half-rise time ln(s/u₀ − 1)/(2s) follows from gradient flow.",
  references: ["saxe2014exact"],
  params,
  defaultSeeds: [1, 2, 3],
  observables,
  tolerances,
  plots,
  controls: [...controls],
  cost: (p: Params) => ({ steps: p.steps, flops: p.steps * flopsPerStep(p) }),
  start: async (p: Params, seed: number) => simulate(p, seed),
  theory,
};
