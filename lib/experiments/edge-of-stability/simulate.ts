// Full-batch GD on the tanh MLP in tfjs, with Lanczos sharpness every `sharpnessEvery` steps.
import * as tf from "@tensorflow/tfjs";
import { createRng, seedFor } from "../core/rng";
import { copyCurve } from "../core/stepped-run";
import type { Curve, Run } from "../types";
import { chebyshevData } from "./data";
import { sharpness, type GradFn } from "./hvp";
import { halfMseLoss, initialParams, macsPerExample } from "./mlp";
import { DATA_POINTS, LAYER_WIDTHS, LOSS_EVERY, measurementCount, threshold, type Params } from "./spec";
import { eosStatistics } from "./statistic";

/** Forward + backward ≈ 3 forward passes of 2 FLOPs per multiply-add. */
const FLOPS_PER_GRADIENT = 6 * DATA_POINTS * macsPerExample(LAYER_WIDTHS);

export function cost(p: Params): { steps: number; flops: number } {
  const gradients = p.steps + measurementCount(p) * p.lanczosIters * 2;
  return { steps: p.steps, flops: gradients * FLOPS_PER_GRADIENT };
}

export async function simulate(p: Params, seed: number): Promise<Run> {
  const data = chebyshevData();
  const x = tf.tensor2d(data.x, [DATA_POINTS, 1]);
  const y = tf.tensor2d(data.y, [DATA_POINTS, 1]);
  const loss = halfMseLoss(LAYER_WIDTHS, x, y);
  const grad: GradFn = tf.grad(loss);
  const valueAndGrad = tf.valueAndGrad(loss);
  let theta: tf.Tensor = tf.tensor1d(initialParams(LAYER_WIDTHS, createRng(seedFor(seed, "init"))));

  const lambda: Curve = { x: [], y: [] };
  const lossCurve: Curve = { x: [], y: [] };
  let step = 0;
  let disposed = false;

  const measureSharpness = async () => {
    const opts = { eps: p.hvpEpsilon, iters: p.lanczosIters, seed: seedFor(seed, `lanczos@${step}`) };
    lambda.x.push(step);
    lambda.y.push(await sharpness(grad, theta, opts));
  };

  const gdStep = () => {
    const next = tf.tidy(() => {
      const { value, grad: g } = valueAndGrad(theta);
      if (step % LOSS_EVERY === 0) {
        lossCurve.x.push(step);
        lossCurve.y.push(value.dataSync()[0]);
      }
      return tf.sub(theta, tf.mul(g, p.learningRate));
    });
    theta.dispose();
    theta = next;
    step++;
  };

  return {
    async advance(steps) {
      const end = Math.min(p.steps, step + Math.max(0, Math.floor(steps)));
      while (step < end && !disposed) {
        if (step % p.sharpnessEvery === 0) await measureSharpness();
        gdStep();
        if (step === p.steps && step % p.sharpnessEvery === 0) await measureSharpness();
      }
    },
    snapshot() {
      const { initialRatio, sharpnessRatio, crossingStep } = eosStatistics(lambda.x, lambda.y, threshold(p));
      return {
        step,
        totalSteps: p.steps,
        done: step >= p.steps,
        series: { sharpness: copyCurve(lambda), loss: copyCurve(lossCurve) },
        observables: { sharpnessRatio, initialRatio, crossingStep },
      };
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      tf.dispose([theta, x, y]);
    },
  };
}
