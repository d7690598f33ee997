import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { createRng } from "@/lib/experiments/core/rng";
import { orthonormalColumns } from "@/lib/experiments/core/linalg";
import { selectServerBackend } from "@/lib/experiments/core/tf-backend.node";
import { edgeOfStability } from "@/lib/experiments/edge-of-stability";
import { sharpness } from "@/lib/experiments/edge-of-stability/hvp";
import { params } from "@/lib/experiments/edge-of-stability/spec";
import { eosStatistics } from "@/lib/experiments/edge-of-stability/statistic";
import { parseParams } from "@/lib/experiments/params";
import { runExperiment, runToCompletion } from "@/lib/experiments/runner";
import type { Experiment } from "@/lib/experiments/types";
import { expectBoundedStepsWithoutLeaks, expectPureFunctionOfSeed } from "../../support/run-contract";

const exp = edgeOfStability as unknown as Experiment;
/** Training runs take seconds each; the unit project's default timeout is 5 s. */
const LONG = 120_000;

beforeAll(async () => {
  await selectServerBackend();
});

describe("edge-of-stability measurement", () => {
  it("finds the top eigenvalue of a known quadratic from finite-difference HVPs", async () => {
    // L(θ) = ½θᵀAθ with A = Q·diag(λ)·Qᵀ. The most negative eigenvalue is the largest in
    // magnitude, so power iteration would return it; Lanczos must return the top one.
    const dim = 40;
    const spectrum = Array.from({ length: dim }, (_, i) => (i === 0 ? 7.5 : i === 1 ? -9 : 6 * Math.cos(i)));
    const rng = createRng(7);
    const Q = orthonormalColumns(dim, dim, rng.normal);
    const A = new Float32Array(dim * dim);
    for (let i = 0; i < dim; i++)
      for (let j = 0; j < dim; j++) {
        let s = 0;
        for (let k = 0; k < dim; k++) s += Q[i * dim + k] * spectrum[k] * Q[j * dim + k];
        A[i * dim + j] = s;
      }
    const At = tf.tensor2d(A, [dim, dim]);
    const grad = tf.grad((theta: tf.Tensor) => tf.mul(0.5, tf.sum(tf.mul(theta, tf.matMul(At, theta.reshape([dim, 1])).reshape([dim])))));
    const theta = tf.tensor1d(Float32Array.from({ length: dim }, () => rng.normal()));
    const top = await sharpness(grad, theta, { eps: 1e-3, iters: dim, seed: 3 });
    tf.dispose([At, theta]);
    expect(Math.abs(top - 7.5) / 7.5).toBeLessThan(1e-4);
  });

  it("reduces a sharpness trace: crossing, settling window, and inconclusive cases", () => {
    const steps = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900];
    const lambda = [5, 7, 9.6, 10.4, 9.9, 10.1, 10, 10.2, 9.8, 10.3];
    const s = eosStatistics(steps, lambda, 10);
    expect(s.initialRatio).toBeCloseTo(0.5, 12);
    expect(s.crossingStep).toBe(200);
    // Window is steps ≥ 700: 1.02, 0.98, 1.03.
    expect(s.sharpnessRatio).toBeCloseTo(1.02, 12);
    expect(eosStatistics(steps, lambda.map((l) => l / 2), 10).sharpnessRatio).toBeNaN();
    expect(eosStatistics(steps.slice(0, 6), lambda.slice(0, 6), 10).sharpnessRatio).toBeNaN();
    expect(eosStatistics(steps, [...lambda.slice(0, 9), NaN], 10).sharpnessRatio).toBeNaN();
  });
});

describe("edge-of-stability simulation vs theory", () => {
  it("sharpness rises from below and hovers at 2/η (defaults, seeds 1-5)", async () => {
    const report = await runExperiment(exp, params.parse({}), edgeOfStability.defaultSeeds);
    const byKey = Object.fromEntries(report.observables.map((o) => [o.key, o]));
    console.info(
      "edge-of-stability:",
      report.observables.map((o) => `${o.key} ${o.measured.toFixed(4)} per seed [${o.perSeed.map((v) => v.toFixed(3)).join(", ")}]`),
    );
    expect(byKey.sharpnessRatio.verdict).toBe("reproduced");
    expect(byKey.initialRatio.verdict).toBe("met");
    expect(report.verdict).toBe("reproduced");
    for (const r of byKey.sharpnessRatio.perSeed) expect(r).toBeGreaterThan(0.95);
  }, LONG);

  it("follows the threshold when η changes: at η = 0.3 sharpness settles at 2/η ≈ 6.7, not ≈ 10", async () => {
    const snap = await runToCompletion(exp, params.parse({ learningRate: 0.3, steps: 3000 }), 1);
    const ratio = snap.observables.sharpnessRatio;
    console.info("edge-of-stability η = 0.3:", ratio);
    expect(ratio).toBeGreaterThanOrEqual(0.95);
    expect(ratio).toBeLessThanOrEqual(1.1);
  }, LONG);
});

describe("edge-of-stability run contract", () => {
  const small = params.parse({ steps: 250, sharpnessEvery: 50, lanczosIters: 10 });

  it("is a pure function of (params, seed), measuring sharpness at step 0 and every 50 steps", async () => {
    const a = await expectPureFunctionOfSeed(exp, small, 4, (s) => s.series.sharpness.y);
    expect(a.series.sharpness.x).toEqual([0, 50, 100, 150, 200, 250]);
  }, LONG);

  it("advances at most the requested number of steps and leaks no tensors", () => expectBoundedStepsWithoutLeaks(exp, small, 7), LONG);

  it("rejects parameters outside the compute caps", () => {
    for (const bad of [{ learningRate: 0.5 }, { steps: 50_000 }, { steps: 100.5 }, { hvpEpsilon: 1e-6 }, { lanczosIters: 1 }]) {
      expect(parseParams(exp, bad).ok, JSON.stringify(bad)).toBe(false);
    }
    expect(parseParams(exp, {}).ok).toBe(true);
  });

  it("estimates cost from GD steps plus Lanczos gradient evaluations", () => {
    const base = edgeOfStability.cost(params.parse({}));
    expect(base.steps).toBe(6000);
    // 6000 steps + 61 measurements × 12 iterations × 2 gradients.
    const more = edgeOfStability.cost(params.parse({ lanczosIters: 40 }));
    expect(more.flops / base.flops).toBeCloseTo((6000 + 61 * 80) / (6000 + 61 * 24), 10);
  });
});
