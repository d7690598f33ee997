import type { Experiment } from "../types";
import { controls, observables, params, plots, type Params } from "./spec";
import { cost, simulate } from "./simulate";
import { theory } from "./theory";

export const mupTransfer: Experiment<typeof params> = {
  id: "mup-transfer@1",
  slug: "mup-transfer",
  version: 1,
  title: "μP: width-independent updates and learning rates that transfer",
  summary:
    "In standard parametrisation a wider two-layer ReLU net's output moves more per step and hidden features less, " +
    "so the best learning rate shrinks like 1/width. The maximal-update parametrisation (μP) keeps both updates of " +
    "order one, and the best learning rate found at small width stays best at large width.",
  references: ["yang2021tensor", "yang2022tensor"],
  params,
  defaultSeeds: [1, 2, 3, 4, 5],
  observables,
  plots,
  controls: [...controls],
  cost,
  start: async (p: Params, seed: number) => simulate(p, seed),
  theory,
};
