// Stepwise self-supervised learning: linear Barlow Twins learns one eigen-direction at a time.
import type { Experiment } from "../types";
import { LATENT_STD, sslObservables, sslParams, sslPlots, sslTolerances } from "./spec";
import { startSsl } from "./simulate";
import { sslTheory } from "./theory";

export const stepwiseSsl: Experiment<typeof sslParams> = {
  id: "stepwise-ssl@1",
  slug: "stepwise-ssl",
  version: 1,
  title: "Stepwise self-supervised learning",
  summary:
    "Linear Barlow Twins trained from small init learns the eigen-directions of the cross-view " +
    "covariance one at a time; each follows a logistic curve with half-rise time ln(1/λ₀ − 1)/(8γ).",
  references: ["simon2023stepwise"],
  params: sslParams,
  defaultSeeds: [0, 1, 2, 3, 4],
  observables: sslObservables,
  tolerances: (raw) => sslTolerances(sslParams.parse(raw)),
  plots: sslPlots,
  controls: ["init", "initScale", "dim", "lr", "steps"],
  cost(raw) {
    const p = sslParams.parse(raw);
    const m = LATENT_STD.length;
    // Per step: forward WΓWᵀ and its gradient (~3× forward) in tfjs, plus the host measurements.
    const perStep = 3 * 2 * (p.dim * m * m + p.dim * p.dim * m) + 2 * (p.dim * m * m + p.dim * p.dim * m);
    return { steps: p.steps, flops: p.steps * perStep + 2 * p.pairs * m * m };
  },
  start: async (raw, seed) => startSsl(sslParams.parse(raw), seed),
  theory: (raw) => sslTheory(sslParams.parse(raw)),
};
