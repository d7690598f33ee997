import { beforeAll, describe, expect, it } from "vitest";
import { eigenlearning as exp } from "@/lib/experiments/eigenlearning";
import { choleskySolve } from "@/lib/experiments/core/linalg";
import { createRng } from "@/lib/experiments/core/rng";
import { kernelMatrix, powerLawTask, sampleScaledFeatures } from "@/lib/experiments/eigenlearning/krr";
import { learnabilityKey, learnabilityTheoryKey, mseKey, type Params } from "@/lib/experiments/eigenlearning/spec";
import { doubleDescentRisk, eigenlearning, solveKappa } from "@/lib/experiments/eigenlearning/theory";
import { runExperiment, type ExperimentReport } from "@/lib/experiments/runner";
import { expectBoundedStepsWithoutLeaks, expectPureFunctionOfSeed } from "../../support/run-contract";

/** Simulations share a 2-core machine; vitest's default 5-10 s limits are too tight for them. */
const SLOW = 120_000;
const defaults = (over: Partial<Params> = {}): Params => exp.params.parse(over);

describe("eigenlearning theory", () => {
  const { lambda, v } = powerLawTask(1.5, 1.8, 2000);

  it("builds the documented power-law task", () => {
    expect(lambda[9]).toBeCloseTo(10 ** -1.5, 14);
    expect(v.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 14);
    expect(v[0] / v[9]).toBeCloseTo(10 ** 0.9, 10);
  });

  it("κ solves Σλ/(λ + κ) + δ/κ = n, so Σ L_k = n − δ/κ", () => {
    for (const n of [10, 30, 100, 300]) {
      const pred = eigenlearning(lambda, v, n, 1e-3, 0);
      const sumL = pred.learnability.reduce((s, l) => s + l, 0);
      expect(sumL + 1e-3 / pred.kappa).toBeCloseTo(n, 9);
      expect(pred.e0).toBeGreaterThan(1);
    }
    expect(solveKappa(lambda, 30, 0)).toBeLessThan(solveKappa(lambda, 10, 0));
    expect(solveKappa(lambda.subarray(0, 5), 10, 0)).toBeNaN();
  });

  it("sum rule: Σ_k λ_k φ_k(X)ᵀ K⁻¹ φ_k(X) = n for any ridgeless dataset", () => {
    const { lambda: lam } = powerLawTask(1.5, 1.8, 400);
    for (const [n, seed] of [[20, 1], [60, 2]]) {
      const psi = sampleScaledFeatures(createRng(seed), n, lam); // ψ_k = √λ_k·φ_k(X)
      const K = kernelMatrix(psi, n, lam.length);
      const sol = choleskySolve(K, psi, n, lam.length); // K⁻¹Ψ
      let total = 0;
      for (let q = 0; q < psi.length; q++) total += psi[q] * sol[q];
      expect(Math.abs(total - n)).toBeLessThan(1e-6);
    }
  });

  it("double-descent risk: exact formulas, infinite at the threshold", () => {
    expect(doubleDescentRisk(40, 20, 0.5)).toBeCloseTo((0.25 * 20) / 19, 14);
    expect(doubleDescentRisk(40, 80, 0.5)).toBeCloseTo(0.5 + (0.25 * 40) / 39, 14);
    expect(doubleDescentRisk(40, 40, 0.5)).toBeNaN();
    expect(doubleDescentRisk(40, 80, 0)).toBeCloseTo(0.5, 14);
  });
});

describe("eigenlearning simulation at defaults", () => {
  let report: ExperimentReport;
  beforeAll(async () => {
    report = await runExperiment(exp, defaults(), exp.defaultSeeds);
  }, SLOW);

  it("test MSE within 7% of eigenlearning at n = 30, 100, 300", () => {
    for (const n of [30, 100, 300]) {
      const o = report.observables.find((x) => x.key === mseKey(n))!;
      expect(Math.abs(o.measured / o.predicted - 1), `n = ${n}`).toBeLessThan(0.07);
      expect(o.verdict).toBe("reproduced");
    }
    // n = 10 is drawn but not judged; it still lands near theory.
    const at10 = report.series.mse.y[0] / report.theory.observables[mseKey(10)];
    expect(Math.abs(at10 - 1)).toBeLessThan(0.1);
  });

  it("each mode is learned in proportion to λ/(λ + κ): E[v̂_k]/v_k matches L_k", () => {
    for (const n of [30, 300]) {
      const measured = report.series[learnabilityKey(n)].y.slice(0, 20);
      const predicted = report.theory.series[learnabilityTheoryKey(n)].y.slice(0, 20);
      const dev = measured.map((m, i) => m - predicted[i]);
      const rms = Math.sqrt(dev.reduce((s, d) => s + d * d, 0) / dev.length);
      const bias = dev.reduce((s, d) => s + d, 0) / dev.length;
      expect(rms, `n = ${n}`).toBeLessThan(0.035);
      expect(Math.abs(bias), `n = ${n}`).toBeLessThan(0.015);
    }
  });

  it("double descent within 3 standard errors on both sides of the threshold", () => {
    const o = report.observables.find((x) => x.key === "ddWorstZ")!;
    expect(o.measured).toBeLessThan(3);
    expect(o.verdict).toBe("reproduced");
    const risk = report.series.ddRisk;
    const at = (p: number) => risk.y[risk.x.indexOf(p)];
    expect(at(35)).toBeGreaterThan(at(20)); // rises into the peak
    expect(at(45)).toBeGreaterThan(at(80)); // and falls after it
  });
});

describe("eigenlearning properties", () => {
  const small = defaults({ trials: 2, ddTrials: 10, modes: 400 });

  it("is a pure function of (params, seed)", async () => {
    await expectPureFunctionOfSeed(exp, small, 4, (s) => s.observables);
  }, SLOW);

  it("advances at most k trials per call", () => expectBoundedStepsWithoutLeaks(exp, small, 3), SLOW);

  it("noise enters as E0·ε²", () => {
    const { lambda, v } = powerLawTask(1.5, 1.8, 2000);
    const clean = eigenlearning(lambda, v, 30, 1e-3, 0);
    const noisy = eigenlearning(lambda, v, 30, 1e-3, 0.3);
    expect(noisy.mse - clean.mse).toBeCloseTo(clean.e0 * 0.09, 12);
  });
});

describe("kernel matrix", () => {
  it("equals ΨΨᵀ for sizes that do and do not divide into 4×4 blocks", () => {
    for (const n of [1, 4, 7, 13]) {
      const M = 9;
      const psi = createRng(n).fillNormal(new Float64Array(n * M));
      const K = kernelMatrix(psi, n, M);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let k = 0; k < M; k++) s += psi[i * M + k] * psi[j * M + k];
          expect(K[i * n + j]).toBeCloseTo(s, 12);
        }
    }
  });
});
