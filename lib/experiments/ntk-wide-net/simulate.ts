// Trains the two-layer ReLU net in the NTK parametrisation at each width and measures its
// distance to the kernel-regression trajectory on the test points.
import * as tf from "@tensorflow/tfjs";
import { createRng, seedFor } from "../core/rng";
import { logLogSlope } from "../core/stats";
import { copyCurve, steppedRun } from "../core/stepped-run";
import type { Curve, Run } from "../types";
import { kernelTestPrediction } from "./kernel";
import { ReluNet, disposeBatch, flopsPerStep, makeBatch } from "./relu-net";
import { INPUT_DIM, TEST_POINTS, trainingOrder, type Params } from "./spec";
import { curveSteps, kernelReference, rankedCurve } from "./theory";

export function cost(p: Params): { steps: number; flops: number } {
  const widths = trainingOrder(p);
  const perStep = widths.reduce((s, m) => s + flopsPerStep({ copies: 1, width: m, inputDim: INPUT_DIM }, p.trainPoints), 0);
  return { steps: p.steps * widths.length, flops: p.steps * perStep };
}

/**
 * f(x) = m^(−1/2)·Σ aᵢ·relu(wᵢ·x) with w ~ N(0, I), a ~ N(0, 1), and every neuron paired with a
 * copy whose a is negated, so f₀ ≡ 0 and the kernel trajectory needs no initial-function term.
 * Each width draws from its own stream, so results do not depend on which widths run.
 */
function antisymmetricNet(width: number, lr: number, seed: number): ReluNet {
  const rng = createRng(seedFor(seed, `init@${width}`));
  const half = width / 2;
  const w = new Float32Array(width * INPUT_DIM);
  const v = new Float32Array(width);
  for (let i = 0; i < half; i++) {
    for (let k = 0; k < INPUT_DIM; k++) w[i * INPUT_DIM + k] = w[(i + half) * INPUT_DIM + k] = rng.normal();
    v[i] = rng.normal();
    v[i + half] = -v[i];
  }
  return new ReluNet(
    { copies: 1, width, inputDim: INPUT_DIM },
    { w, v, outputScale: 1 / Math.sqrt(width), lrHidden: [lr], lrOutput: [lr] },
  );
}

function relativeDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < b.length; i++) {
    num += (a[i] - b[i]) ** 2;
    den += b[i] ** 2;
  }
  return Math.sqrt(num / den);
}

export function simulate(p: Params, seed: number): Run {
  const ref = kernelReference(p);
  const train = makeBatch(Float32Array.from(ref.data.xTrain), Float32Array.from(ref.data.yTrain), INPUT_DIM);
  const testXT = tf.tidy(() => tf.transpose(tf.tensor2d(Float32Array.from(ref.data.xTest), [TEST_POINTS, INPUT_DIM])));
  const widths = trainingOrder(p);
  const recordAt = new Set(curveSteps(p));

  let net: ReluNet | null = null;
  const deviationByWidth = new Map<number, number>();
  const trainLoss: Curve = { x: [], y: [] };
  const deviation: Curve = { x: [], y: [] };
  let testPrediction: Float32Array = new Float32Array(TEST_POINTS);

  const predictTest = (n: ReluNet): Float32Array => {
    const f = n.predict(testXT as tf.Tensor2D);
    const out = f.dataSync() as Float32Array;
    f.dispose();
    return out;
  };

  const run = steppedRun({
    totalSteps: p.steps * widths.length,
    step(i) {
      const width = widths[Math.floor(i / p.steps)];
      const t = (i % p.steps) + 1; // steps taken once this one is done
      net ??= antisymmetricNet(width, p.learningRate, seed);
      net.step(train);
      const primary = width === p.width;
      if (primary && recordAt.has(t)) {
        testPrediction = predictTest(net);
        trainLoss.x.push(t);
        trainLoss.y.push(net.loss(train)[0]);
        deviation.x.push(t);
        deviation.y.push(relativeDistance(testPrediction, kernelTestPrediction(ref.kernel, p.learningRate, t)));
      }
      if (t === p.steps) {
        deviationByWidth.set(width, primary ? deviation.y[deviation.y.length - 1] : relativeDistance(predictTest(net), ref.final));
        net.dispose();
        net = null;
      }
    },
    view() {
      const done = [...deviationByWidth.entries()].sort((a, b) => a[0] - b[0]);
      const listed = [...new Set(p.widths)];
      const slopeReady = listed.length >= 2 && listed.every((w) => deviationByWidth.has(w));
      return {
        series: {
          trainLoss: copyCurve(trainLoss),
          deviation: copyCurve(deviation),
          testPrediction: rankedCurve(testPrediction, ref.rank),
          deviationVsWidth: { x: done.map((d) => d[0]), y: done.map((d) => d[1]) },
        },
        observables: {
          deviation: deviationByWidth.get(p.width) ?? NaN,
          widthSlope: slopeReady ? logLogSlope(listed, listed.map((w) => deviationByWidth.get(w)!)) : NaN,
        },
      };
    },
  });

  return {
    ...run,
    dispose() {
      net?.dispose();
      net = null;
      disposeBatch(train);
      testXT.dispose();
    },
  };
}
