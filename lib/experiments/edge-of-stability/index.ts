import type { Experiment } from "../types";
import { controls, observables, params, plots, type Params } from "./spec";
import { cost, simulate } from "./simulate";
import { theory } from "./theory";

export const edgeOfStability: Experiment<typeof params> = {
  id: "edge-of-stability@1",
  slug: "edge-of-stability",
  version: 1,
  title: "Gradient descent trains at the edge of stability",
  summary:
    "Under full-batch gradient descent with step size η, the sharpness (top Hessian eigenvalue) of a small tanh " +
    "network rises during training until it reaches 2/η, the point where the quadratic model says GD should diverge, " +
    "and then hovers there while the loss keeps falling.",
  references: ["cohen2021gradient", "damian2023self", "cohen2025central"],
  params,
  defaultSeeds: [1, 2, 3, 4, 5],
  observables,
  plots,
  controls: [...controls],
  cost,
  start: (p: Params, seed: number) => simulate(p, seed),
  theory,
};
