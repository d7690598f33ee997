import type { Experiment } from "../types";
import { controls, observables, params, plots, type Params } from "./spec";
import { cost, simulate } from "./simulate";
import { theory } from "./theory";

export const gdVsFlow: Experiment<typeof params> = {
  id: "gd-vs-flow@1",
  slug: "gd-vs-flow",
  version: 1,
  title: "Gradient descent against gradient flow and the modified flow",
  summary:
    "Gradient descent with step η stays O(η) from gradient flow but O(η²) from the flow on the modified loss " +
    "L + (η/4)‖∇L‖²: backward error analysis made visible on a small tanh network.",
  references: ["elkabetz2021continuous", "barrett2021implicit"],
  params,
  defaultSeeds: [1, 2, 3],
  observables,
  plots,
  controls: [...controls],
  cost,
  start: async (p: Params, seed: number) => simulate(p, seed),
  theory,
};
