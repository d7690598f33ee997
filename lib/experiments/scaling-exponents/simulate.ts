// (a) ridgeless KRR trials at n = 10…320 (disjoint blocks of one 320-sample kernel per trial);
// (b) independent online-SGD runs on the d-mode linear task. Each trial or run is one unit of work.
import { createRng, seedFor } from "../core/rng";
import { steppedRun } from "../core/stepped-run";
import { bootstrapExponentCI, mean } from "../core/stats";
import { krrTrial, krrTrialFlops, powerLawTask, replicas, testError } from "../eigenlearning/krr";
import type { Curve, Run } from "../types";
import { populationLoss, sgdStepFlops, sgdStepper } from "./sgd";
import { DATA_N, DATA_N_TOTAL, fitSteps, plotSteps, type Params } from "./spec";
import { fittedExponent } from "./theory";

export function cost(p: Params): { steps: number; flops: number } {
  return {
    steps: p.trials + p.sgdRuns,
    flops: p.trials * krrTrialFlops(DATA_N, DATA_N_TOTAL, p.modes) + p.sgdRuns * p.steps * sgdStepFlops(p.dim, p.batch),
  };
}

/** Half-width of the 95% bootstrap CI of the fitted exponent, resampling whole units. */
function ciHalfWidth(x: number[], units: ArrayLike<number>[], seed: number): number {
  if (x.length < 6 || units.length < 2) return NaN;
  const ci = bootstrapExponentCI(x, units, { offset: true, resamples: 200, seed });
  return (ci.hi - ci.lo) / 2;
}

export function simulate(p: Params, seed: number): Run {
  const dataTask = powerLawTask(p.alpha, p.beta, p.modes);
  const { lambda, v } = powerLawTask(p.alpha, p.beta, p.dim);
  const dataRng = createRng(seedFor(seed, "data-scaling"));
  const sgdRng = createRng(seedFor(seed, "sgd"));
  const fitAt = fitSteps(p);
  const drawAt = plotSteps(p.steps);
  const fitTimes = fitAt.map((s) => s * p.learningRate);
  const sgdStep = sgdStepper(lambda, p.batch, p.learningRate);

  /** Per trial: mean test error over its disjoint datasets, at each n. */
  const trialLoss: Float64Array[] = [];
  /** Per SGD run: loss at the fit steps, and at the plot steps. */
  const runFitLoss: Float64Array[] = [];
  const runPlotLoss: Float64Array[] = [];

  const dataTrial = () => {
    const sums = new Float64Array(DATA_N.length);
    krrTrial(dataRng, dataTask, DATA_N, DATA_N_TOTAL, 0, 0, (j, vhat) => {
      sums[j] += testError(dataTask.v, vhat, 0) / replicas(DATA_N_TOTAL, DATA_N[j]);
    });
    trialLoss.push(sums);
  };

  const sgdRun = () => {
    const e = v.map((vk, k) => -vk / Math.sqrt(lambda[k])); // w0 = 0, so e = −w*
    const fitLoss = new Float64Array(fitAt.length);
    const plotLoss = new Float64Array(drawAt.length);
    let fi = 0;
    let pi = 0;
    for (let step = 0; step <= p.steps; step++) {
      if (step === fitAt[fi]) fitLoss[fi++] = populationLoss(lambda, e);
      if (step === drawAt[pi]) plotLoss[pi++] = populationLoss(lambda, e);
      if (step < p.steps) sgdStep(sgdRng, e);
    }
    runFitLoss.push(fitLoss);
    runPlotLoss.push(plotLoss);
  };

  const meanCurve = (rows: Float64Array[], length: number) =>
    Array.from({ length }, (_, j) => mean(rows.map((r) => r[j])));

  return steppedRun({
    totalSteps: p.trials + p.sgdRuns,
    step: (i) => (i < p.trials ? dataTrial() : sgdRun()),
    view() {
      const dataLoss = trialLoss.length ? meanCurve(trialLoss, DATA_N.length) : [];
      const timeLoss = runPlotLoss.length ? meanCurve(runPlotLoss, drawAt.length) : [];
      const series: Record<string, Curve> = {
        dataLoss: { x: trialLoss.length ? [...DATA_N] : [], y: dataLoss },
        timeLoss: { x: runPlotLoss.length ? drawAt.map((s) => s * p.learningRate) : [], y: timeLoss },
      };
      const dataDone = trialLoss.length === p.trials;
      const sgdDone = runFitLoss.length === p.sgdRuns;
      const observables: Record<string, number> = {
        dataExponent: dataDone ? fittedExponent([...DATA_N], dataLoss) : NaN,
        dataExponentCi: dataDone ? ciHalfWidth([...DATA_N], trialLoss, seedFor(seed, "bootstrap-a")) : NaN,
        timeExponent: sgdDone ? fittedExponent(fitTimes, meanCurve(runFitLoss, fitAt.length)) : NaN,
        timeExponentCi: sgdDone ? ciHalfWidth(fitTimes, runFitLoss, seedFor(seed, "bootstrap-b")) : NaN,
      };
      return { series, observables };
    },
  });
}
