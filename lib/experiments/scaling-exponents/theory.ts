// Predicted scaling curves and the exponents a fit recovers from them over the simulated range.
// The asymptotic exponents (β − 1 and (β − 1)/α) are only approached slowly, so the comparison is
// with the same fit applied to the finite-size theory curve (EXPERIMENTS.md §5).
import { fitPowerLaw } from "../core/stats";
import { eigenlearning } from "../eigenlearning/theory";
import { powerLawTask } from "../eigenlearning/krr";
import type { TheoryPrediction } from "../types";
import { DATA_N, fitSteps, plotSteps, type Params } from "./spec";

/** Gradient-flow loss Σ_k v_k²·e^{−2λ_k t} over the d modes of the SGD task. */
export function timeLoss(lambda: Float64Array, v: Float64Array, t: number): number {
  let s = 0;
  for (let k = 0; k < lambda.length; k++) s += v[k] * v[k] * Math.exp(-2 * lambda[k] * t);
  return s;
}

/** Exponent of L = A·x^−a + C, or NaN without enough range to fit. */
export function fittedExponent(x: number[], y: ArrayLike<number>): number {
  return x.length >= 6 ? fitPowerLaw(x, y, { offset: true }).exponent : NaN;
}

export function theory(p: Params): TheoryPrediction {
  const { lambda: lamA, v: vA } = powerLawTask(p.alpha, p.beta, p.modes);
  const data = (n: number) => eigenlearning(lamA, vA, n, 0, 0).mse;
  const { lambda, v } = powerLawTask(p.alpha, p.beta, p.dim);
  const fitTimes = fitSteps(p).map((s) => s * p.learningRate);

  const nGrid = Array.from({ length: 31 }, (_, i) => 5 * 2 ** (i / 5));
  const tGrid = plotSteps(p.steps).map((s) => s * p.learningRate);

  return {
    observables: {
      dataExponent: fittedExponent([...DATA_N], DATA_N.map(data)),
      timeExponent: fittedExponent(fitTimes, fitTimes.map((t) => timeLoss(lambda, v, t))),
      dataExponentCi: 0,
      timeExponentCi: 0,
      dataExponentAsymptotic: p.beta - 1,
      timeExponentAsymptotic: (p.beta - 1) / p.alpha,
    },
    series: {
      dataLossTheory: { x: nGrid, y: nGrid.map(data) },
      timeLossTheory: { x: tGrid, y: tGrid.map((t) => timeLoss(lambda, v, t)) },
    },
  };
}
