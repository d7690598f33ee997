// Eigenlearning (Simon et al. 2021/2023; Bordelon et al. 2020) and isotropic double descent
// (Hastie et al. 2022) predictions.
import type { Curve, TheoryPrediction } from "../types";
import {
  ddKey,
  DD_P_VALUES,
  DD_SAMPLES,
  learnabilityTheoryKey,
  mseKey,
  N_VALUES,
  sampledModes,
  type Params,
} from "./spec";
import { powerLawTask } from "./krr";

/** Solves Σ λ_k/(λ_k + κ) + δ/κ = n for the effective regularisation κ (bisection in log κ). */
export function solveKappa(lambda: Float64Array, n: number, ridge: number): number {
  const excess = (kappa: number) => {
    let s = ridge / kappa - n;
    for (let k = 0; k < lambda.length; k++) s += lambda[k] / (lambda[k] + kappa);
    return s;
  };
  let lo = -80; // log κ; the left side decreases in κ
  let hi = 20;
  if (!(excess(Math.exp(lo)) > 0)) return NaN; // ridgeless with n ≥ number of modes
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (excess(Math.exp(mid)) > 0) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

export interface EigenlearningPrediction {
  kappa: number;
  /** Learnability L_k = λ_k/(λ_k + κ) of each mode. */
  learnability: Float64Array;
  /** Overfitting coefficient E0 = n/(n − Σ L_k²). */
  e0: number;
  /** Test MSE = E0·(Σ(1 − L_k)²·v_k² + ε²). */
  mse: number;
}

export function eigenlearning(
  lambda: Float64Array,
  v: Float64Array,
  n: number,
  ridge: number,
  noise: number,
): EigenlearningPrediction {
  const kappa = solveKappa(lambda, n, ridge);
  const learnability = lambda.map((l) => l / (l + kappa));
  let sumL2 = 0;
  let bias = 0;
  for (let k = 0; k < lambda.length; k++) {
    sumL2 += learnability[k] ** 2;
    bias += (1 - learnability[k]) ** 2 * v[k] ** 2;
  }
  const e0 = n / (n - sumL2);
  return { kappa, learnability, e0, mse: e0 * (bias + noise * noise) };
}

/**
 * Expected excess risk ‖β̂ − β‖² of minimum-norm least squares with n isotropic Gaussian samples,
 * p features, ‖β‖ = 1 and label noise σ: σ²p/(n − p − 1) below, (1 − n/p) + σ²n/(p − n − 1) above.
 * NaN within one of the interpolation threshold, where the mean is infinite.
 */
export function doubleDescentRisk(n: number, p: number, noise: number): number {
  const s2 = noise * noise;
  if (p < n - 1) return (s2 * p) / (n - p - 1);
  if (p > n + 1) return 1 - n / p + (s2 * n) / (p - n - 1);
  return NaN;
}

export function theory(p: Params): TheoryPrediction {
  const { lambda, v } = powerLawTask(p.alpha, p.beta, p.modes);
  const observables: Record<string, number> = { [ddKey]: 0 };
  const series: Record<string, Curve> = {};
  const shown = sampledModes(p.modes);
  for (const n of N_VALUES) {
    const pred = eigenlearning(lambda, v, n, p.ridge, p.noise);
    observables[mseKey(n)] = pred.mse;
    series[learnabilityTheoryKey(n)] = { x: shown.map((k) => k + 1), y: shown.map((k) => pred.learnability[k]) };
  }

  const nGrid = logGrid(5, 2 * N_VALUES[N_VALUES.length - 1], 40);
  series.mseTheory = { x: nGrid, y: nGrid.map((n) => eigenlearning(lambda, v, n, p.ridge, p.noise).mse) };
  const pMax = DD_P_VALUES[DD_P_VALUES.length - 1];
  const pGrid = Array.from({ length: pMax }, (_, i) => i + 1).filter((q) => Math.abs(q - DD_SAMPLES) > 1);
  series.ddTheory = { x: pGrid, y: pGrid.map((q) => doubleDescentRisk(DD_SAMPLES, q, p.ddNoise)) };
  return { observables, series };
}

function logGrid(lo: number, hi: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => lo * (hi / lo) ** (i / (count - 1)));
}
