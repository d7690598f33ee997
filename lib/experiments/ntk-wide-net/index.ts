import type { Experiment } from "../types";
import { controls, observables, params, plots, type Params } from "./spec";
import { cost, simulate } from "./simulate";
import { theory } from "./theory";

export const ntkWideNet: Experiment<typeof params> = {
  id: "ntk-wide-net@1",
  slug: "ntk-wide-net",
  version: 1,
  title: "Wide networks train like kernel regression with the NTK",
  summary:
    "A two-layer ReLU network in the NTK parametrisation, trained by gradient descent, follows the trajectory of " +
    "kernel regression with its analytic infinite-width neural tangent kernel; the gap shrinks like width^(−1/2).",
  references: ["jacot2018neural", "lee2019wide"],
  params,
  defaultSeeds: [1, 2, 3],
  observables,
  plots,
  controls: [...controls],
  cost,
  start: async (p: Params, seed: number) => simulate(p, seed),
  theory,
};
