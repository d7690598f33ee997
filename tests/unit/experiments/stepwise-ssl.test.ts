import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { selectServerBackend } from "@/lib/experiments/core/tf-backend.node";
import { parseParams } from "@/lib/experiments/params";
import { runExperiment, runToCompletion } from "@/lib/experiments/runner";
import type { ObservableResult } from "@/lib/experiments/verdict";
import { stepwiseSsl } from "@/lib/experiments/stepwise-ssl";
import { viewCovariance } from "@/lib/experiments/stepwise-ssl/data";
import { barlowGradient } from "@/lib/experiments/stepwise-ssl/loss";
import { sslParams } from "@/lib/experiments/stepwise-ssl/spec";
import { halfTime, RATE, strengthAt } from "@/lib/experiments/stepwise-ssl/theory";
import type { Experiment } from "@/lib/experiments/types";
import { expectBoundedStepsWithoutLeaks, expectPureFunctionOfSeed } from "../../support/run-contract";

const exp = stepwiseSsl as unknown as Experiment;
const defaults = sslParams.parse({});

// Training runs take seconds each; do not depend on the global test timeout.
const SCIENCE_TIMEOUT = 120_000;

beforeAll(async () => {
  await selectServerBackend();
});

const byKey = (report: Awaited<ReturnType<typeof runExperiment>>) =>
  Object.fromEntries(report.observables.map((o) => [o.key, o]));

describe("stepwise-ssl theory", () => {
  it("derives the factor 8 from the autodiff gradient of ‖WΓWᵀ − I‖²", () => {
    const cov = viewCovariance(1000, 0.5, 0);
    const { m, values, vectors } = cov;
    const d = 4;
    const lambdas = [0.2, 0.4, 0.6, 0.8];
    // Aligned W: row j = sⱼ·vⱼᵀ with γⱼsⱼ² = λⱼ.
    const w = new Float32Array(d * m);
    lambdas.forEach((l, j) => {
      const s = Math.sqrt(l / values[j]);
      for (let k = 0; k < m; k++) w[j * m + k] = s * vectors[k * m + j];
    });
    const g = tf.tidy(() => {
      const gamma = tf.tensor2d(Float32Array.from(cov.gamma), [m, m]);
      return barlowGradient(gamma)(tf.tensor2d(w, [d, m]));
    });
    const grad = g.dataSync();
    g.dispose();
    // Under gradient flow Ẇ = −∇L, dλⱼ/dt = d(γⱼ‖Wvⱼ‖²)/dt = −2γⱼ (Wvⱼ)·(∇L vⱼ).
    const factors = lambdas.map((l, j) => {
      let rate = 0;
      for (let r = 0; r < d; r++) {
        let wv = 0;
        let gv = 0;
        for (let k = 0; k < m; k++) {
          wv += w[r * m + k] * vectors[k * m + j];
          gv += grad[r * m + k] * vectors[k * m + j];
        }
        rate -= 2 * values[j] * wv * gv;
      }
      return rate / (values[j] * l * (1 - l));
    });
    for (const f of factors) expect(f).toBeCloseTo(RATE, 3);
    expect(RATE).toBe(8);
  });

  it("has a logistic closed form that solves dλ/dt = 8γλ(1 − λ) and halves at t½", () => {
    const gamma = 2;
    const l0 = 1e-4;
    const tHalf = halfTime(gamma, l0);
    expect(strengthAt(gamma, l0, tHalf)).toBeCloseTo(0.5, 12);
    // RK4 on the ODE up to 2·t½ must land on the closed form.
    const f = (l: number) => 8 * gamma * l * (1 - l);
    const n = 4000;
    const dt = (2 * tHalf) / n;
    let l = l0;
    for (let i = 0; i < n; i++) {
      const k1 = f(l);
      const k2 = f(l + (dt / 2) * k1);
      const k3 = f(l + (dt / 2) * k2);
      const k4 = f(l + dt * k3);
      l += (dt / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    }
    expect(l).toBeCloseTo(strengthAt(gamma, l0, 2 * tHalf), 8);
  });
});

describe("stepwise-ssl simulation vs theory", { timeout: SCIENCE_TIMEOUT }, () => {
  const ratios = (o: Record<string, ObservableResult>, pick: (r: ObservableResult) => number) =>
    [1, 2, 3, 4].map((j) => pick(o[`tHalfRatio${j}`]).toFixed(4)).join(", ");

  it("aligned init: every mode's t½ within 3% of theory on every default seed", async () => {
    const report = await runExperiment(exp, defaults, stepwiseSsl.defaultSeeds);
    const o = byKey(report);
    console.log("aligned t½ ratios, median over seeds:", ratios(o, (r) => r.measured));
    console.log("aligned t½ ratios, worst seed:", ratios(o, (r) => Math.max(...r.perSeed.map((v) => Math.abs(v - 1)))));
    for (const r of report.observables) expect(r.verdict, r.key).toBe("reproduced");
    for (const j of [1, 2, 3, 4]) {
      expect(o[`tHalfRatio${j}`].tolerance).toEqual({ kind: "relative", rel: 0.03 });
      for (const v of o[`tHalfRatio${j}`].perSeed) expect(Math.abs(v - 1)).toBeLessThanOrEqual(0.03);
    }
    for (const ov of o.subspaceOverlap.perSeed) expect(ov).toBeGreaterThan(0.99);
  });

  it("aligned init: a step too coarse for gradient flow (η = 4e-3) misses the 3% band", async () => {
    const snap = await runToCompletion(exp, { ...defaults, lr: 4e-3, steps: 1500 }, 0);
    console.log("aligned, η = 4e-3: t½ ratio of mode 1", snap.observables.tHalfRatio1.toFixed(4));
    expect(snap.observables.tHalfRatio1).toBeGreaterThan(1.03);
  });

  it("random init: modes learned in order, median t½ within 15%, overlap ≥ 0.99", async () => {
    const report = await runExperiment(exp, { ...defaults, init: "random" }, stepwiseSsl.defaultSeeds);
    const o = byKey(report);
    console.log("random t½ ratios, median over seeds:", ratios(o, (r) => r.measured));
    console.log("random overlap per seed:", o.subspaceOverlap.perSeed.map((x) => x.toFixed(4)).join(", "));
    for (const r of report.observables) expect(r.verdict, r.key).toBe("reproduced");
    expect(o.tHalfRatio1.tolerance).toEqual({ kind: "relative", rel: 0.15 });
  });
});

describe("stepwise-ssl run contract", { timeout: SCIENCE_TIMEOUT }, () => {
  const short = { ...defaults, steps: 400 };

  it("is a pure function of (params, seed)", async () => {
    await expectPureFunctionOfSeed(exp, short, 3, (s) => s.series.loss.y);
  });

  it("advances at most k steps per call and leaks no tensors", () => expectBoundedStepsWithoutLeaks(exp, { ...short, init: "random" }, 3));

  it("rejects out-of-range parameters", async () => {
    for (const bad of [{ lr: 0.1 }, { dim: 5 }, { steps: 50_000 }, { init: "orthogonal" }, { initScale: 0 }]) {
      expect(parseParams(exp, bad).ok, JSON.stringify(bad)).toBe(false);
    }
    expect(parseParams(exp, {}).ok).toBe(true);
    await expect(exp.start({ ...defaults, pairs: 10 }, 0)).rejects.toThrow();
  });

  it("estimates cost from the step count", () => {
    const c = exp.cost(defaults);
    expect(c.steps).toBe(6000);
    expect(exp.cost({ ...defaults, steps: 12000 }).flops).toBeGreaterThan(1.9 * c.flops);
  });
});
