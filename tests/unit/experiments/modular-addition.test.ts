import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { median } from "@/lib/experiments/core/stats";
import { createRng } from "@/lib/experiments/core/rng";
import { selectServerBackend } from "@/lib/experiments/core/tf-backend.node";
import { modularAddition } from "@/lib/experiments/modular-addition";
import { createAdamW } from "@/lib/experiments/modular-addition/adamw";
import { allPairs, oneHot } from "@/lib/experiments/modular-addition/data";
import { logits, scoreLogits } from "@/lib/experiments/modular-addition/model";
import { analyseNeurons } from "@/lib/experiments/modular-addition/neurons";
import { modAddParams, P } from "@/lib/experiments/modular-addition/spec";
import { parseParams } from "@/lib/experiments/params";
import { runExperiment, runToCompletion } from "@/lib/experiments/runner";
import type { Experiment } from "@/lib/experiments/types";
import { expectBoundedStepsWithoutLeaks, expectPureFunctionOfSeed } from "../../support/run-contract";

const exp = modularAddition as unknown as Experiment;
const defaults = modAddParams.parse({});

// Training runs take seconds each; do not depend on the global test timeout.
const SCIENCE_TIMEOUT = 120_000;

beforeAll(async () => {
  await selectServerBackend();
});

/**
 * Gromov's construction, in the layout of ModAddWeights: neuron i at frequency σᵢ with random
 * input phases; `outPhase` sets the output phase.
 */
function gromovNetwork(width: number, outPhase: (pa: number, pb: number) => number) {
  const rng = createRng(11);
  const ua = new Float32Array(width * P);
  const ub = new Float32Array(width * P);
  const wo = new Float32Array(P * width);
  for (let i = 0; i < width; i++) {
    const sigma = 1 + (i % ((P - 1) / 2));
    const pa = 2 * Math.PI * rng.uniform();
    const pb = 2 * Math.PI * rng.uniform();
    for (let n = 0; n < P; n++) {
      const w = (2 * Math.PI * sigma * n) / P;
      ua[n * width + i] = Math.cos(w + pa);
      ub[n * width + i] = Math.cos(w + pb);
      wo[i * P + n] = Math.cos(w + outPhase(pa, pb));
    }
  }
  return { ua, ub, wo };
}

/** Accuracy over all p² pairs and the per-neuron Fourier analysis of a weight set. */
function evaluate(net: { ua: Float32Array; ub: Float32Array; wo: Float32Array }, width: number) {
  const pairs = allPairs(P);
  const out = tf.tidy(() =>
    logits(
      { ua: tf.tensor2d(net.ua, [P, width]), ub: tf.tensor2d(net.ub, [P, width]), wo: tf.tensor2d(net.wo, [width, P]) },
      { a: tf.tensor2d(oneHot(pairs.a, P), [P * P, P]), b: tf.tensor2d(oneHot(pairs.b, P), [P * P, P]) },
    ),
  );
  const { accuracy } = scoreLogits(out.dataSync(), pairs.label, P);
  out.dispose();
  return { accuracy, fourier: analyseNeurons(net.ua, net.ub, net.wo, width, P) };
}

describe("modular-addition theory", () => {
  it("Gromov's phase rule φout = φa + φb solves modular addition; breaking it does not", () => {
    const width = 128;
    const rule = evaluate(gromovNetwork(width, (pa, pb) => pa + pb), width);
    expect(rule.accuracy).toBe(1);
    for (const c of rule.fourier.concentration) expect(c).toBeCloseTo(1, 5);
    expect(Math.max(...rule.fourier.phaseError)).toBeLessThan(1e-4);
    expect(new Set(rule.fourier.frequency).size).toBe((P - 1) / 2);

    // φout = φa − φb computes a − b instead: chance-level accuracy, and the analysis sees it.
    const broken = evaluate(gromovNetwork(width, (pa, pb) => pa - pb), width);
    expect(broken.accuracy).toBeLessThan(0.1);
    expect(median(broken.fourier.phaseError)).toBeGreaterThan(1);
  });

  it("measures concentration near 0.29 on Gaussian weights (no Fourier structure)", () => {
    const width = 256;
    const rng = createRng(3);
    const draw = () => Float32Array.from(rng.fillNormal(new Float64Array(width * P)));
    const { fourier } = evaluate({ ua: draw(), ub: draw(), wo: draw() }, width);
    expect(median(fourier.concentration)).toBeGreaterThan(0.2);
    expect(median(fourier.concentration)).toBeLessThan(0.4);
  });

  it("applies AdamW's decoupled decay P ← P − lr·wd·P before the Adam step", () => {
    const lr = 0.1;
    const wd = 0.5;
    const g = [0.3, -2];
    const x = tf.variable(tf.tensor1d([1, -2]));
    const opt = createAdamW({ lr, weightDecay: wd, betas: [0.9, 0.98], epsilon: 1e-8 });
    const loss = () => tf.sum(tf.mul(x, tf.tensor1d(g))) as tf.Scalar;
    // A constant gradient makes both bias-corrected moments exact: the Adam step is lr·g/(|g| + ε).
    const expected = [1, -2];
    for (let t = 0; t < 2; t++) {
      opt.step(loss, [x]);
      g.forEach((gi, i) => (expected[i] = expected[i] * (1 - lr * wd) - (lr * gi) / (Math.abs(gi) + 1e-8)));
    }
    Array.from(x.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
    opt.dispose();
    x.dispose();
  });
});

describe("modular-addition simulation vs theory", { timeout: SCIENCE_TIMEOUT }, () => {
  // 1000 steps (the short end of the documented 1000-3000) already gives the Fourier solution.
  const quick = { ...defaults, steps: 1000 };

  it("generalises with one frequency per neuron and the phase rule, over the default seeds", async () => {
    const report = await runExperiment(exp, quick, modularAddition.defaultSeeds);
    for (const o of report.observables) {
      console.log(`${o.key}: measured ${o.measured.toFixed(4)} (per seed ${o.perSeed.map((v) => v.toFixed(4)).join(", ")})`);
      expect(o.verdict, o.key).toBe("reproduced");
    }
  });

  it("control: large init without weight decay memorises instead", async () => {
    const snap = await runToCompletion(exp, { ...defaults, initScale: 1, weightDecay: 0, steps: 500 }, 0);
    const trainAcc = snap.series.trainAccuracy.y.at(-1) ?? NaN;
    console.log(`control: train accuracy ${trainAcc.toFixed(3)}, test accuracy ${snap.observables.testAccuracy.toFixed(3)}`);
    expect(trainAcc).toBeGreaterThan(0.95);
    expect(snap.observables.testAccuracy).toBeLessThan(0.5);
  });
});

describe("modular-addition run contract", { timeout: SCIENCE_TIMEOUT }, () => {
  const short = { ...defaults, steps: 30 };

  it("is a pure function of (params, seed)", async () => {
    await expectPureFunctionOfSeed(exp, short, 5, (s) => s.series.trainLoss.y);
  });

  it("advances at most k steps per call and leaks no tensors", () => expectBoundedStepsWithoutLeaks(exp, short, 1));

  it("rejects out-of-range parameters", async () => {
    for (const bad of [{ width: 4096 }, { trainFraction: 1 }, { lr: 1 }, { weightDecay: -0.1 }, { steps: 10_000 }]) {
      expect(parseParams(exp, bad).ok, JSON.stringify(bad)).toBe(false);
    }
    await expect(exp.start({ ...defaults, width: 4096 }, 0)).rejects.toThrow();
  });

  it("estimates cost from the step count", () => {
    const c = exp.cost(defaults);
    expect(c.steps).toBe(2000);
    expect(exp.cost({ ...defaults, width: 64 }).flops).toBeCloseTo(c.flops / 2, -3);
  });
});
