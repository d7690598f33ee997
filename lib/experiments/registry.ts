// Every experiment the hub can run. To add one: one import and one array entry.
import type { Experiment } from "./types";
import { deepLinearModes } from "./deep-linear-modes";
import { eigenlearning } from "./eigenlearning";
import { scalingExponents } from "./scaling-exponents";
import { gdVsFlow } from "./gd-vs-flow";
import { stepwiseSsl } from "./stepwise-ssl";
import { agfSaddles } from "./agf-saddles";
import { modularAddition } from "./modular-addition";
import { edgeOfStability } from "./edge-of-stability";
import { ntkWideNet } from "./ntk-wide-net";
import { mupTransfer } from "./mup-transfer";

export const experiments: Experiment[] = [
  deepLinearModes,
  eigenlearning,
  scalingExponents,
  gdVsFlow,
  stepwiseSsl,
  agfSaddles,
  modularAddition,
  edgeOfStability,
  ntkWideNet,
  mupTransfer,
];

export function getExperiment(idOrSlug: string): Experiment | undefined {
  return experiments.find((e) => e.id === idOrSlug || e.slug === idOrSlug);
}
