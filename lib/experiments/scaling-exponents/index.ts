import type { Experiment } from "../types";
import { controls, observables, params, plots, type Params } from "./spec";
import { cost, simulate } from "./simulate";
import { theory } from "./theory";

export const scalingExponents: Experiment<typeof params> = {
  id: "scaling-exponents@1",
  slug: "scaling-exponents",
  version: 1,
  title: "Scaling exponents of a power-law model, in data and in time",
  summary:
    "On a task with power-law spectrum λ_k = k^−α and target v_k² ∝ k^−β, test error falls as a power of the data " +
    "(ridgeless kernel regression) and of training time (online SGD), with exponents that the eigenlearning curve and " +
    "the gradient-flow loss predict over the same range.",
  references: ["bordelon2024dynamical", "kaplan2020scaling"],
  params,
  defaultSeeds: [1, 2, 3],
  observables,
  plots,
  controls: [...controls],
  cost,
  start: async (p: Params, seed: number) => simulate(p, seed),
  theory,
};
