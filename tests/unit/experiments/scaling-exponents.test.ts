import { beforeAll, describe, expect, it } from "vitest";
import { scalingExponents as exp } from "@/lib/experiments/scaling-exponents";
import { createRng } from "@/lib/experiments/core/rng";
import { mean, std } from "@/lib/experiments/core/stats";
import { powerLawTask } from "@/lib/experiments/eigenlearning/krr";
import { populationLoss, sgdStepper } from "@/lib/experiments/scaling-exponents/sgd";
import { fitSteps, type Params } from "@/lib/experiments/scaling-exponents/spec";
import { timeLoss } from "@/lib/experiments/scaling-exponents/theory";
import { runExperiment, type ExperimentReport } from "@/lib/experiments/runner";
import { expectBoundedStepsWithoutLeaks, expectPureFunctionOfSeed } from "../../support/run-contract";

/** Simulations share a 2-core machine; vitest's default 5-10 s limits are too tight for them. */
const SLOW = 120_000;
const defaults = (over: Partial<Params> = {}): Params => exp.params.parse(over);

/** Reference SGD: draw the whole B×d batch x ~ N(0, diag λ) and take the plain gradient step. */
function naiveSgdLoss(lambda: Float64Array, e0: Float64Array, batch: number, eta: number, steps: number, seed: number) {
  const rng = createRng(seed);
  const d = lambda.length;
  const e = Float64Array.from(e0);
  const x = new Float64Array(d);
  const g = new Float64Array(d);
  for (let s = 0; s < steps; s++) {
    g.fill(0);
    for (let i = 0; i < batch; i++) {
      let z = 0;
      for (let k = 0; k < d; k++) {
        x[k] = Math.sqrt(lambda[k]) * rng.normal();
        z += x[k] * e[k];
      }
      for (let k = 0; k < d; k++) g[k] += x[k] * z;
    }
    for (let k = 0; k < d; k++) e[k] -= (eta / batch) * g[k];
  }
  return populationLoss(lambda, e);
}

describe("online SGD sampler", () => {
  it("draws the same loss distribution as explicit Gaussian batches", () => {
    const { lambda, v } = powerLawTask(1.5, 1.8, 12);
    const e0 = v.map((vk, k) => -vk / Math.sqrt(lambda[k]));
    const batch = 4;
    const eta = 0.5;
    const steps = 30;
    const runs = 3000;
    const naive = Array.from({ length: runs }, (_, r) => naiveSgdLoss(lambda, e0, batch, eta, steps, 10_000 + r));
    const step = sgdStepper(lambda, batch, eta);
    const fast = Array.from({ length: runs }, (_, r) => {
      const rng = createRng(r);
      const e = Float64Array.from(e0);
      for (let s = 0; s < steps; s++) step(rng, e);
      return populationLoss(lambda, e);
    });
    // The loss after many random multiplicative steps is near log-normal: compare its logarithm.
    const logNaive = naive.map(Math.log);
    const logFast = fast.map(Math.log);
    const se = Math.sqrt((std(logNaive) ** 2 + std(logFast) ** 2) / runs);
    expect(Math.abs(mean(logNaive) - mean(logFast))).toBeLessThan(3 * se);
    // Same spread too (SGD noise at batch 4 is large, so this is a real check of the noise term).
    expect(std(logFast) / std(logNaive)).toBeGreaterThan(0.93);
    expect(std(logFast) / std(logNaive)).toBeLessThan(1.07);
    // And both differ from noiseless gradient flow at this small batch.
    expect(mean(fast) / timeLoss(lambda, v, eta * steps)).toBeGreaterThan(1.05);
  }, SLOW);
});

describe("scaling-exponents theory", () => {
  it("loss starts at ‖v‖² = 1 and the fit window spans 1.5 decades", () => {
    const p = defaults();
    const { lambda, v } = powerLawTask(p.alpha, p.beta, p.dim);
    expect(timeLoss(lambda, v, 0)).toBeCloseTo(1, 14);
    const steps = fitSteps(p);
    expect(steps.length).toBeGreaterThanOrEqual(6);
    // Times are whole steps: within η/2 of the window's ends.
    expect(Math.abs(steps[0] * p.learningRate - 10)).toBeLessThanOrEqual(p.learningRate / 2);
    expect(Math.abs(steps[steps.length - 1] * p.learningRate - 900)).toBeLessThanOrEqual(p.learningRate / 2);
    expect(fitSteps(defaults({ steps: 200 }))).toEqual([]); // t ≤ 60: not enough range
  });

  it("finite-size fitted exponents differ from the asymptotes, as EXPERIMENTS.md §5 warns", () => {
    const th = exp.theory(defaults());
    expect(th.observables.timeExponent).toBeCloseTo(0.585, 2);
    expect(th.observables.timeExponent - th.observables.timeExponentAsymptotic).toBeGreaterThan(0.03);
    expect(th.observables.dataExponentAsymptotic).toBeCloseTo(0.8, 12);
    expect(th.observables.dataExponent).toBeGreaterThan(0.82);
    expect(th.observables.dataExponent).toBeLessThan(0.88);
  });
});

describe("scaling-exponents simulation", () => {
  let report: ExperimentReport;
  beforeAll(async () => {
    // Fewer KRR trials than the default 20 keep this file fast; the CI check below shows it is still precise.
    report = await runExperiment(exp, defaults({ trials: 8 }), exp.defaultSeeds);
  }, SLOW);
  const obs = (key: string) => report.observables.find((o) => o.key === key)!;

  it("data exponent within 0.05 of the eigenlearning curve fitted over n = 10…320", () => {
    const o = obs("dataExponent");
    expect(Math.abs(o.measured - o.predicted)).toBeLessThanOrEqual(0.05);
    expect(o.verdict).toBe("reproduced");
    expect(obs("dataExponentCi").measured).toBeLessThan(0.05);
  });

  it("simulated online SGD: time exponent within 0.03 of the finite-d gradient-flow curve", () => {
    const o = obs("timeExponent");
    expect(Math.abs(o.measured - o.predicted)).toBeLessThanOrEqual(0.03);
    expect(o.verdict).toBe("reproduced");
    expect(obs("timeExponentCi").verdict).toBe("met");
    // The SGD loss itself tracks gradient flow within 5% across the fit window.
    const sim = report.series.timeLoss;
    const th = report.theory.series.timeLossTheory;
    sim.x.forEach((t, i) => {
      if (t >= 10 && t <= 900) expect(Math.abs(sim.y[i] / th.y[i] - 1), `t = ${t}`).toBeLessThan(0.05);
    });
  });

  it("a window under 1.5 decades is inconclusive", async () => {
    const r = await runExperiment(exp, defaults({ trials: 4, steps: 200, sgdRuns: 2, modes: 400 }), [1]);
    expect(r.observables.find((o) => o.key === "timeExponent")!.verdict).toBe("inconclusive");
  }, SLOW);

  const small = defaults({ trials: 4, modes: 400, dim: 200, steps: 400, sgdRuns: 2, tMin: 1, tMax: 120 });

  it("is a pure function of (params, seed)", async () => {
    await expectPureFunctionOfSeed(exp, small, 9, (s) => s.series.timeLoss.y);
  }, SLOW);

  it("advances at most k trials or runs per call", () => expectBoundedStepsWithoutLeaks(exp, small, 2), SLOW);
});
