// Monte Carlo: each KRR trial draws 300 samples and one kernel, whose diagonal blocks give
// disjoint datasets of every size (30 of n = 10, 10 of n = 30, …), then min-norm
// least-squares trials across the double-descent sweep.
import { createRng, seedFor } from "../core/rng";
import { steppedRun } from "../core/stepped-run";
import { mean, std } from "../core/stats";
import type { Curve, Run } from "../types";
import { krrTrial, krrTrialFlops, powerLawTask, replicas, testError } from "./krr";
import { minNormFlops, minNormRisk } from "./min-norm";
import {
  ddKey,
  DD_P_VALUES,
  DD_SAMPLES,
  learnabilityKey,
  mseKey,
  N_TOTAL,
  N_VALUES,
  sampledModes,
  type Params,
} from "./spec";
import { doubleDescentRisk } from "./theory";

export function cost(p: Params): { steps: number; flops: number } {
  const dd = DD_P_VALUES.reduce((acc, q) => acc + minNormFlops(DD_SAMPLES, q), 0);
  return { steps: p.trials + p.ddTrials, flops: p.trials * krrTrialFlops(N_VALUES, N_TOTAL, p.modes) + p.ddTrials * dd };
}

export function simulate(p: Params, seed: number): Run {
  const { lambda, v } = powerLawTask(p.alpha, p.beta, p.modes);
  const shownModes = sampledModes(p.modes);
  const krrRng = createRng(seedFor(seed, "krr"));
  const ddRng = createRng(seedFor(seed, "double-descent"));
  const errors = N_VALUES.map((): number[] => []);
  const learnSum = N_VALUES.map(() => new Float64Array(shownModes.length));
  const ddRisks = DD_P_VALUES.map((): number[] => []);

  const krrStep = () =>
    krrTrial(krrRng, { lambda, v }, N_VALUES, N_TOTAL, p.ridge, p.noise, (j, vhat) => {
      errors[j].push(testError(v, vhat, p.noise));
      shownModes.forEach((k, i) => (learnSum[j][i] += vhat[k] / v[k]));
    });
  const ddTrial = () => DD_P_VALUES.forEach((q, j) => ddRisks[j].push(minNormRisk(ddRng, DD_SAMPLES, q, p.ddNoise)));

  return steppedRun({
    totalSteps: p.trials + p.ddTrials,
    step: (i) => (i < p.trials ? krrStep() : ddTrial()),
    view() {
      const series: Record<string, Curve> = {
        mse: { x: [...N_VALUES], y: errors.map((e) => (e.length ? mean(e) : NaN)) },
        ddRisk: { x: [...DD_P_VALUES], y: ddRisks.map((r) => (r.length ? mean(r) : NaN)) },
      };
      N_VALUES.forEach((n, j) => {
        const count = errors[j].length;
        series[learnabilityKey(n)] = { x: shownModes.map((k) => k + 1), y: Array.from(learnSum[j], (s) => s / count) };
      });
      const observables: Record<string, number> = {};
      const krrDone = errors[0].length === p.trials * replicas(N_TOTAL, N_VALUES[0]);
      N_VALUES.forEach((n, j) => (observables[mseKey(n)] = krrDone ? mean(errors[j]) : NaN));
      observables[ddKey] =
        ddRisks[0].length === p.ddTrials
          ? Math.max(
              ...DD_P_VALUES.map((q, j) => {
                const r = ddRisks[j];
                return Math.abs(mean(r) - doubleDescentRisk(DD_SAMPLES, q, p.ddNoise)) / (std(r) / Math.sqrt(r.length));
              }),
            )
          : NaN;
      return { series, observables };
    },
  });
}
