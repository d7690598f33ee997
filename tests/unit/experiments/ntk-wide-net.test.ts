import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { createRng } from "@/lib/experiments/core/rng";
import { selectServerBackend } from "@/lib/experiments/core/tf-backend.node";
import { ntkWideNet } from "@/lib/experiments/ntk-wide-net";
import { sphereData } from "@/lib/experiments/ntk-wide-net/data";
import { kernelRegression, kernelTestPrediction, kernelTrainLoss, ntk } from "@/lib/experiments/ntk-wide-net/kernel";
import { ReluNet, disposeBatch, makeBatch } from "@/lib/experiments/ntk-wide-net/relu-net";
import { INPUT_DIM, params } from "@/lib/experiments/ntk-wide-net/spec";
import { parseParams } from "@/lib/experiments/params";
import { runExperiment } from "@/lib/experiments/runner";
import type { Experiment } from "@/lib/experiments/types";
import { expectBoundedStepsWithoutLeaks, expectPureFunctionOfSeed } from "../../support/run-contract";

const exp = ntkWideNet as unknown as Experiment;
/** Training runs take seconds each; the unit project's default timeout is 5 s. */
const LONG = 120_000;

beforeAll(async () => {
  await selectServerBackend();
});

describe("ntk-wide-net theory", () => {
  it("the arc-cosine NTK formula matches a Monte Carlo estimate of the empirical NTK at width 2^16", () => {
    const d = INPUT_DIM;
    const m = 1 << 16;
    const rng = createRng(11);
    const unit = (v: number[]) => v.map((x) => x / Math.hypot(...v));
    const x0 = unit(Array.from({ length: d }, rng.normal));
    const x1 = unit(Array.from({ length: d }, rng.normal));
    // Angles 0, π, π/3 and a generic one to x0; |x| ≠ 1 for one point to exercise the norms.
    const orth = unit(x1.map((v, k) => v - x0.reduce((s, a, j) => s + a * x1[j], 0) * x0[k]));
    const points = [x0, x1, x0.map((v) => -v), x0.map((v, k) => 0.5 * v + (Math.sqrt(3) / 2) * orth[k]), x1.map((v) => 2 * v)];
    const X = Float64Array.from(points.flat());

    // Θ̂(x, x') = ∇f(x)·∇f(x') over both layers, by autodiff of f(x) = m^(−1/2)·Σ aᵢ·relu(wᵢ·x).
    const W = tf.tensor2d(Float32Array.from({ length: d * m }, rng.normal), [d, m]);
    const a = tf.tensor1d(Float32Array.from({ length: m }, rng.normal));
    const jac = points.map((x) =>
      tf.tidy(() => {
        const xt = tf.tensor2d([x], [1, d]);
        const f = (w: tf.Tensor, b: tf.Tensor) => tf.div(tf.sum(tf.mul(b, tf.relu(tf.matMul(xt, w as tf.Tensor2D)))), Math.sqrt(m));
        return tf.concat(tf.grads(f)([W, a]).map((g) => g.flatten()));
      }),
    );
    const expected = ntk(X, X, d);
    for (let i = 0; i < points.length; i++)
      for (let j = 0; j < points.length; j++) {
        const mc = tf.tidy(() => tf.sum(tf.mul(jac[i], jac[j])).dataSync()[0]);
        // Monte Carlo standard error ≈ |x||x'|/√m ≈ 0.004·|x||x'|.
        expect(Math.abs(mc - expected[i * points.length + j]), `Θ(${i}, ${j})`).toBeLessThan(0.02);
      }
    expect(expected[0]).toBeCloseTo(1, 12); // Θ(x, x) = |x|² on the sphere
    expect(expected[2]).toBeCloseTo(0, 12); // antipodal points share no active units
    tf.dispose([W, a, ...jac]);
  });

  it("the closed-form kernel trajectory equals explicit kernel GD and interpolates as t → ∞", () => {
    const data = sphereData({ inputDim: INPUT_DIM, trainPoints: 16, testPoints: 1, dataSeed: 3 });
    const n = 16;
    const k = kernelRegression(data.xTrain, data.yTrain, data.xTrain, INPUT_DIM);
    const K = ntk(data.xTrain, data.xTrain, INPUT_DIM);
    const lr = 2;
    const f = new Float64Array(n);
    for (let t = 0; t < 40; t++) {
      const r = f.map((fi, i) => fi - data.yTrain[i]);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) f[i] -= (lr / n) * K[i * n + j] * r[j];
    }
    const closed = kernelTestPrediction(k, lr, 40);
    for (let i = 0; i < n; i++) expect(closed[i]).toBeCloseTo(f[i], 10);
    let loss = 0;
    for (let i = 0; i < n; i++) loss += (f[i] - data.yTrain[i]) ** 2 / (2 * n);
    expect(kernelTrainLoss(k, lr, 40)).toBeCloseTo(loss, 12);

    expect(Math.max(...kernelTestPrediction(k, lr, 0).map(Math.abs))).toBe(0);
    const limit = kernelTestPrediction(k, lr, 1e9);
    for (let i = 0; i < n; i++) expect(limit[i]).toBeCloseTo(data.yTrain[i], 6);
  });

  it("hand-written backprop of the batched ReLU net equals an autodiff GD step, copy by copy", () => {
    const [copies, width, d, n] = [2, 6, 3, 5];
    const rng = createRng(5);
    const draw = (len: number) => Float32Array.from({ length: len }, rng.normal);
    const [w, v, x, y] = [draw(copies * width * d), draw(copies * width), draw(n * d), draw(n)];
    const [scale, lrHidden, lrOutput] = [0.7, [0.1, 0.3], [0.2, 0.05]];
    const batch = makeBatch(x, y, d);
    const net = new ReluNet({ copies, width, inputDim: d }, { w, v, outputScale: scale, lrHidden, lrOutput });
    net.step(batch);
    const fast = net.predict(batch.XT);
    const got = fast.dataSync();

    for (let c = 0; c < copies; c++) {
      const want = tf.tidy(() => {
        const Wc = tf.tensor2d(w.subarray(c * width * d, (c + 1) * width * d), [width, d]);
        const vc = tf.tensor1d(v.subarray(c * width, (c + 1) * width));
        const f = (W: tf.Tensor, a: tf.Tensor) =>
          tf.mul(tf.sum(tf.mul(a, tf.relu(tf.matMul(batch.X, W as tf.Tensor2D, false, true))), 1), scale);
        const loss = (W: tf.Tensor, a: tf.Tensor) => tf.div(tf.sum(tf.square(tf.sub(f(W, a), tf.tensor1d(y)))), 2 * n);
        const [gW, ga] = tf.grads(loss)([Wc, vc]);
        return f(tf.sub(Wc, tf.mul(gW, lrHidden[c])), tf.sub(vc, tf.mul(ga, lrOutput[c]))).dataSync();
      });
      for (let i = 0; i < n; i++) expect(got[c * n + i]).toBeCloseTo(want[i], 5);
    }
    tf.dispose(fast);
    net.dispose();
    disposeBatch(batch);
  });
});

describe("ntk-wide-net simulation vs theory", () => {
  it("follows kernel regression within 6% at m = 1024, with deviation ∝ m^(−1/2) (defaults, seeds 1-3)", async () => {
    const report = await runExperiment(exp, params.parse({}), ntkWideNet.defaultSeeds);
    const byKey = Object.fromEntries(report.observables.map((o) => [o.key, o]));
    console.info(
      "ntk-wide-net:",
      report.observables.map((o) => `${o.key} ${o.measured.toFixed(4)} per seed [${o.perSeed.map((v) => v.toFixed(4)).join(", ")}]`),
      "seed 1 deviation vs width:",
      report.series.deviationVsWidth,
    );
    expect(byKey.deviation.verdict).toBe("reproduced");
    expect(byKey.widthSlope.verdict).toBe("reproduced");
    const dev = report.series.deviationVsWidth.y;
    expect(dev[0]).toBeGreaterThan(dev[1]);
    expect(dev[1]).toBeGreaterThan(dev[2]);
  }, LONG);
});

describe("ntk-wide-net run contract", () => {
  const small = params.parse({ width: 64, widths: [64, 128], steps: 40 });

  it("is a pure function of (params, seed), training every width for the given steps", async () => {
    const a = await expectPureFunctionOfSeed(exp, small, 2, (s) => s.observables.deviation);
    expect(Number.isFinite(a.observables.widthSlope)).toBe(true);
    expect(a.totalSteps).toBe(small.steps * small.widths.length);
  }, LONG);

  it("advances at most the requested number of steps and leaks no tensors", () => expectBoundedStepsWithoutLeaks(exp, small, 7), LONG);

  it("rejects parameters outside the compute caps", () => {
    const bad = [
      { width: 1023 },
      { width: 32 },
      { widths: [] },
      { widths: [64, 128, 256, 512, 1024, 2048] },
      { learningRate: 5 },
      { trainPoints: 4 },
      { steps: 10_000 },
    ];
    for (const b of bad) expect(parseParams(exp, b).ok, JSON.stringify(b)).toBe(false);
    expect(parseParams(exp, {}).ok).toBe(true);
  });

  it("estimates cost from every trained width", () => {
    const base = ntkWideNet.cost(params.parse({}));
    expect(base.steps).toBe(3000);
    const wider = ntkWideNet.cost(params.parse({ widths: [256, 1024, 8192] }));
    expect(wider.flops / base.flops).toBeCloseTo((256 + 1024 + 8192) / (256 + 1024 + 4096), 10);
  });
});
