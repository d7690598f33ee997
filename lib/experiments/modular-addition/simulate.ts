// AdamW training of the modular-addition network in tfjs; the Fourier analysis of the weights
// runs on the host at recorded steps.
import * as tf from "@tensorflow/tfjs";
import { median } from "../core/stats";
import { createRng, seedFor } from "../core/rng";
import { curve, isRecordStep, recordInterval, steppedRun } from "../stepwise-ssl/stepped-run";
import { variable2dFrom } from "../stepwise-ssl/tensors";
import type { Curve, Run } from "../types";
import { createAdamW } from "./adamw";
import { oneHot, splitPairs, type PairSet } from "./data";
import { positiveFrequencies } from "./fourier";
import { halfSquaredError, logits, scoreLogits, type ModAddWeights, type OneHotBatch } from "./model";
import { analyseNeurons } from "./neurons";
import { P, type ModAddParams } from "./spec";

const MAX_POINTS = 100;
const BETAS = [0.9, 0.98] as const;
const EPSILON = 1e-8; // PyTorch's default, so the documented run carries over

const batchOf = (pairs: PairSet): OneHotBatch => ({
  a: tf.tensor2d(oneHot(pairs.a, P), [pairs.a.length, P]),
  b: tf.tensor2d(oneHot(pairs.b, P), [pairs.b.length, P]),
});

export function startModAdd(params: ModAddParams, seed: number): Run {
  const { train, test } = splitPairs(P, params.trainFraction, seed);
  const trainX = batchOf(train);
  const testX = batchOf(test);
  const trainY = tf.tensor2d(oneHot(train.label, P), [train.label.length, P]);

  const rng = createRng(seedFor(seed, "init"));
  const n = params.width;
  const param = (rows: number, cols: number) =>
    variable2dFrom(rng.fillNormal(new Float64Array(rows * cols), params.initScale), [rows, cols]);
  const [ua, ub, wo] = [param(P, n), param(P, n), param(n, P)];
  const weights: ModAddWeights = { ua, ub, wo };
  const vars = [ua, ub, wo];
  const optimizer = createAdamW({ lr: params.lr, weightDecay: params.weightDecay, betas: BETAS, epsilon: EPSILON });

  const every = recordInterval(params.steps, MAX_POINTS);
  const rec = {
    steps: [] as number[],
    trainLoss: [] as number[],
    testLoss: [] as number[],
    trainAccuracy: [] as number[],
    testAccuracy: [] as number[],
    concentration: [] as number[],
    phaseError: [] as number[],
  };
  let frequencyCounts: number[] = [];

  const record = (step: number) => {
    const score = (x: OneHotBatch, labels: Int32Array) => {
      const out = tf.tidy(() => logits(weights, x));
      const s = scoreLogits(out.dataSync(), labels, P);
      out.dispose();
      return s;
    };
    const tr = score(trainX, train.label);
    const te = score(testX, test.label);
    const fourier = analyseNeurons(weights.ua.dataSync(), weights.ub.dataSync(), weights.wo.dataSync(), n, P);
    frequencyCounts = positiveFrequencies(P).map((f) => fourier.frequency.filter((g) => g === f).length);
    rec.steps.push(step);
    rec.trainLoss.push(tr.loss);
    rec.testLoss.push(te.loss);
    rec.trainAccuracy.push(tr.accuracy);
    rec.testAccuracy.push(te.accuracy);
    rec.concentration.push(median(fourier.concentration));
    rec.phaseError.push(median(fourier.phaseError));
  };
  record(0);

  return steppedRun({
    totalSteps: params.steps,
    step(step) {
      optimizer.step(() => halfSquaredError(logits(weights, trainX), trainY), vars);
      if (isRecordStep(step + 1, every, params.steps)) record(step + 1);
    },
    snapshot(step) {
      const last = rec.steps.length - 1;
      const series: Record<string, Curve> = {
        frequencyCounts: { x: positiveFrequencies(P), y: frequencyCounts.slice() },
      };
      for (const key of ["trainLoss", "testLoss", "trainAccuracy", "testAccuracy", "concentration", "phaseError"] as const) {
        series[key] = curve(rec.steps, rec[key]);
      }
      return {
        step,
        totalSteps: params.steps,
        done: step >= params.steps,
        series,
        observables: {
          testAccuracy: rec.testAccuracy[last],
          concentration: rec.concentration[last],
          phaseError: rec.phaseError[last],
        },
      };
    },
    release() {
      optimizer.dispose();
      for (const t of [...vars, trainX.a, trainX.b, testX.a, testX.b, trainY]) t.dispose();
    },
  });
}
