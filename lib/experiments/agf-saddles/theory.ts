// AGF prediction for the rolled-template task: frequencies are learned one at a time in
// decreasing order of their power P_k = 2|x̂_k|²/p, and between drops the loss (mean squared
// error over all outputs) sits at (1/p)·Σ P_k over the frequencies not yet learned (Parseval).
import { createDft, positiveFrequencies } from "../modular-addition/fourier";
import type { Curve, TheoryPrediction } from "../types";
import type { AgfParams } from "./spec";
import { template } from "./template";

export interface FrequencyPower {
  k: number;
  power: number;
}

/** P_0 = |x̂_0|²/p and P_k = 2|x̂_k|²/p for 1 ≤ k < p/2 (k and p − k merged), so (1/p)ΣP_k = mean x². */
export function templatePowers(x: ArrayLike<number>): FrequencyPower[] {
  const p = x.length;
  const dft = createDft(p);
  const c = new Float64Array(2);
  return [0, ...positiveFrequencies(p)].map((k) => {
    dft.coefficient(x, k, c);
    return { k, power: ((k === 0 ? 1 : 2) * (c[0] * c[0] + c[1] * c[1])) / p };
  });
}

/** Frequencies carrying power, strongest first: the predicted learning order. */
export function frequenciesByPower(x: ArrayLike<number>): FrequencyPower[] {
  const powers = templatePowers(x);
  const total = powers.reduce((s, f) => s + f.power, 0);
  return powers.filter((f) => f.power > 1e-9 * total).sort((a, b) => b.power - a.power);
}

/** Loss on plateau c (c frequencies learned), c = 0..K; the last is 0. */
export function plateauLevels(x: ArrayLike<number>): number[] {
  const order = frequenciesByPower(x);
  const p = x.length;
  return order.map((_, c) => order.slice(c).reduce((s, f) => s + f.power, 0) / p).concat(0);
}

export function agfTheory(params: AgfParams): TheoryPrediction {
  const x = template();
  const levels = plateauLevels(x).slice(0, -1); // the final 0 is where training ends, not a plateau
  const observables: Record<string, number> = { learningOrder: 1 };
  const spectrum = templatePowers(x).filter((f) => f.k > 0);
  const series: Record<string, Curve> = {
    staircase: { x: levels.map((_, c) => c), y: levels },
    targetPower: { x: spectrum.map((f) => f.k), y: spectrum.map((f) => f.power) },
  };
  levels.forEach((level, c) => {
    observables[`plateau${c + 1}`] = level;
    series[`level${c + 1}`] = { x: [0, params.steps], y: [level, level] };
  });
  return { observables, series };
}
