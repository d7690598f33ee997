import { describe, expect, it } from "vitest";
import { deepLinearModes as exp } from "@/lib/experiments/deep-linear-modes";
import { singularValues, strengthKey, tHalfKey, type Params } from "@/lib/experiments/deep-linear-modes/spec";
import { digamma, effectiveU0, gfHalfTime, gfStrength } from "@/lib/experiments/deep-linear-modes/theory";
import { runExperiment, runToCompletion } from "@/lib/experiments/runner";
import { expectBoundedStepsWithoutLeaks, expectPureFunctionOfSeed } from "../../support/run-contract";

const defaults = (over: Partial<Params> = {}): Params => exp.params.parse(over);

describe("deep-linear-modes theory", () => {
  it("GF sigmoid solves du/dt = 2u(s − u) from u0 and is half-way at t½", () => {
    const s = 3;
    const u0 = 1e-6;
    expect(gfStrength(0, s, u0)).toBeCloseTo(u0, 18);
    expect(gfStrength(gfHalfTime(s, u0), s, u0)).toBeCloseTo(s / 2, 12);
    expect(gfHalfTime(s, u0)).toBeCloseTo(Math.log(s / u0 - 1) / (2 * s), 14);
    // RK4 on the scalar flow agrees with the closed form.
    let u = u0;
    const dt = 1e-3;
    const f = (x: number) => 2 * x * (s - x);
    for (let i = 0; i < 3000; i++) {
      const k1 = f(u), k2 = f(u + (dt / 2) * k1), k3 = f(u + (dt / 2) * k2), k4 = f(u + dt * k3);
      u += (dt / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    }
    expect(u / gfStrength(3, s, u0)).toBeCloseTo(1, 8);
    expect(gfHalfTime(1, 0.6)).toBeNaN();
  });

  it("digamma matches known values and the random-init u0 ≈ a0²(h − k)/2", () => {
    const gamma = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-gamma, 12);
    expect(digamma(0.5)).toBeCloseTo(-gamma - 2 * Math.LN2, 12);
    expect(digamma(10)).toBeCloseTo(2.251752589066721, 12);
    const p = defaults({ init: "random", hiddenWidth: 16 });
    expect(effectiveU0(defaults(), 3)).toBe(1e-6);
    const u0 = effectiveU0(p, 0);
    expect(u0 / 1e-6).toBeGreaterThan(7);
    expect(u0 / 1e-6).toBeLessThan(8);
  });
});

describe("deep-linear-modes simulation", { timeout: 60_000 }, () => {
  it("decoupled GD follows the scalar map a ← a + η·a·(s − a²) to float64 precision", async () => {
    const p = defaults({ steps: 3000 });
    const snap = await runToCompletion(exp, p, 1);
    const s = singularValues(p);
    let worst = 0;
    s.forEach((sk, k) => {
      const curve = snap.series[strengthKey(k)];
      let a = p.a0;
      let step = 0;
      curve.x.forEach((t, i) => {
        const target = Math.round(t / p.learningRate);
        for (; step < target; step++) a += p.learningRate * a * (sk - a * a);
        worst = Math.max(worst, Math.abs(curve.y[i] - a * a) / sk);
      });
    });
    expect(worst).toBeLessThan(1e-10);
  });

  it("decoupled init: every t½ within 3% of gradient flow over the default seeds", async () => {
    const p = defaults();
    const report = await runExperiment(exp, p, exp.defaultSeeds);
    const byKey = Object.fromEntries(report.observables.map((o) => [o.key, o]));
    const s = singularValues(p);
    s.forEach((sk, k) => {
      const o = byKey[tHalfKey(k)];
      expect(o.predicted).toBeCloseTo(Math.log(sk / 1e-6 - 1) / (2 * sk), 10);
      expect(Math.abs(o.measured / o.predicted - 1)).toBeLessThan(0.03);
      expect(o.verdict).toBe("reproduced");
    });
    // At η·s = 0.025 the discrete steps lag the flow by about 1% (EXPERIMENTS.md §1).
    expect(byKey.tHalf1.measured / byKey.tHalf1.predicted - 1).toBeGreaterThan(0.005);
    expect(byKey.modesInOrder.verdict).toBe("reproduced");
  });

  it("random init: modes in order, t½ within the 10% tolerance with no fitted u0", async () => {
    const p = defaults({ init: "random" });
    const report = await runExperiment(exp, p, exp.defaultSeeds);
    for (const o of report.observables) expect(o.verdict, o.key).toBe("reproduced");
    expect(report.observables[0].tolerance).toEqual({ kind: "relative", rel: 0.1 });
    // Much closer than the tolerance: the χ² u0 explains the ~15% early rise.
    const errs = report.observables.slice(0, 6).map((o) => Math.abs(o.measured / o.predicted - 1));
    expect(Math.max(...errs)).toBeLessThan(0.05);
  });

  it("a too-short run leaves the weak modes inconclusive rather than failed", async () => {
    const report = await runExperiment(exp, defaults({ steps: 1000 }), [1]);
    const byKey = Object.fromEntries(report.observables.map((o) => [o.key, o.verdict]));
    expect(byKey.tHalf1).toBe("reproduced");
    expect(byKey.tHalf6).toBe("inconclusive");
    expect(byKey.modesInOrder).toBe("inconclusive");
  });

  it("theory loss staircase starts at ½Σs² and ends near zero", () => {
    const p = defaults();
    const th = exp.theory(p);
    const s = singularValues(p);
    const loss = th.series.lossTheory.y;
    expect(loss[0]).toBeCloseTo(0.5 * s.reduce((acc, v) => acc + (v - 1e-6) ** 2, 0), 8);
    expect(loss[loss.length - 1]).toBeLessThan(0.01);
  });
});

describe("deep-linear-modes run contract", { timeout: 60_000 }, () => {
  // The random init is the one a seed changes (the decoupled init starts every seed alike).
  it("is a pure function of (params, seed)", async () => {
    await expectPureFunctionOfSeed(exp, defaults({ init: "random", steps: 800 }), 7, (s) => s.series.loss.y);
  });

  it("advances at most k steps per call and leaks no tensors", () => expectBoundedStepsWithoutLeaks(exp, defaults({ steps: 300 }), 5));
});
