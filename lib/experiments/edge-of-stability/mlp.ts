// Fully connected tanh network whose parameters are one flat float32 vector θ, so a GD update,
// a Hessian-vector product and a Lanczos vector all live in the same R^P.
import * as tf from "@tensorflow/tfjs";
import type { Rng } from "../core/rng";

interface LayerSlots {
  fanIn: number;
  fanOut: number;
  /** Offsets into θ of the fanIn×fanOut weight matrix (row-major) and the bias. */
  weight: number;
  bias: number;
}

function layerSlots(widths: readonly number[]): { layers: LayerSlots[]; size: number } {
  const layers: LayerSlots[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < widths.length; l++) {
    const [fanIn, fanOut] = [widths[l], widths[l + 1]];
    layers.push({ fanIn, fanOut, weight: offset, bias: offset + fanIn * fanOut });
    offset += fanIn * fanOut + fanOut;
  }
  return { layers, size: offset };
}

/** Multiply-adds of one forward pass per example (weights only). */
export function macsPerExample(widths: readonly number[]): number {
  return layerSlots(widths).layers.reduce((s, l) => s + l.fanIn * l.fanOut, 0);
}

/** W ~ N(0, 1/fan_in), b = 0. */
export function initialParams(widths: readonly number[], rng: Rng): Float32Array {
  const { layers, size } = layerSlots(widths);
  const theta = new Float32Array(size);
  for (const l of layers) {
    const std = 1 / Math.sqrt(l.fanIn);
    for (let i = 0; i < l.fanIn * l.fanOut; i++) theta[l.weight + i] = std * rng.normal();
  }
  return theta;
}

/** tanh on every hidden layer, linear output; x is n×widths[0]. Call inside a tidy. */
function forward(widths: readonly number[], theta: tf.Tensor, x: tf.Tensor2D): tf.Tensor2D {
  let h: tf.Tensor2D = x;
  layerSlots(widths).layers.forEach((l, i, layers) => {
    const W = tf.slice(theta, l.weight, l.fanIn * l.fanOut).reshape([l.fanIn, l.fanOut]) as tf.Tensor2D;
    const z = tf.add(tf.matMul(h, W), tf.slice(theta, l.bias, l.fanOut)) as tf.Tensor2D;
    h = i + 1 < layers.length ? tf.tanh(z) : z;
  });
  return h;
}

/** The training loss ½·mean((f(x) − y)²) as a function of θ. */
export function halfMseLoss(
  widths: readonly number[],
  x: tf.Tensor2D,
  y: tf.Tensor2D,
): (theta: tf.Tensor) => tf.Scalar {
  return (theta) => tf.tidy(() => tf.mul(0.5, tf.mean(tf.square(tf.sub(forward(widths, theta, x), y)))));
}
