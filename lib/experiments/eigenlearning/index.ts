import type { Experiment } from "../types";
import { controls, observables, params, plots, type Params } from "./spec";
import { cost, simulate } from "./simulate";
import { theory } from "./theory";

export const eigenlearning: Experiment<typeof params> = {
  id: "eigenlearning@1",
  slug: "eigenlearning",
  version: 1,
  title: "Eigenlearning: the test error of kernel regression, and double descent",
  summary:
    "Kernel ridge regression on a power-law task learns each eigenmode in proportion to its learnability λ/(λ + κ); " +
    "one scalar κ predicts the whole test-error curve. Min-norm least squares shows the double-descent peak at p = n.",
  references: ["simon2023eigenlearning", "bordelon2020spectrum", "hastie2022surprises"],
  params,
  defaultSeeds: [1, 2, 3],
  observables,
  plots,
  controls: [...controls],
  cost,
  start: async (p: Params, seed: number) => simulate(p, seed),
  theory,
};
