// The two-layer network with squared activation on one-hot inputs (Gromov 2023).
import * as tf from "@tensorflow/tfjs";

/**
 * Stored transposed (U_aᵀ, U_bᵀ: p×width; W_oᵀ: width×p) because tfjs-wasm's matmul is markedly
 * slower with a transposed operand. Column i of ua/ub, row i of wo, belong to neuron i.
 */
export interface ModAddWeights {
  ua: tf.Tensor2D;
  ub: tf.Tensor2D;
  wo: tf.Tensor2D;
}

/** One-hot rows (n×p) for the two operands. */
export interface OneHotBatch {
  a: tf.Tensor2D;
  b: tf.Tensor2D;
}

/**
 * out = W_o·(U_a[:, a] + U_b[:, b])²/width. Columns are picked by multiplying with one-hot rows:
 * tf.gather's gradient is missing on wasm and slow on cpu. Call inside tf.tidy.
 */
export function logits(w: ModAddWeights, x: OneHotBatch): tf.Tensor2D {
  const hidden = tf.add(tf.matMul(x.a, w.ua), tf.matMul(x.b, w.ub));
  return tf.div(tf.matMul(tf.square(hidden), w.wo), w.wo.shape[0]);
}

/** ½·‖out − y‖² averaged over examples. Call inside tf.tidy. */
export function halfSquaredError(out: tf.Tensor2D, target: tf.Tensor2D): tf.Scalar {
  return tf.mul(0.5, tf.mean(tf.sum(tf.squaredDifference(out, target), 1)));
}

/** ½·squared error and accuracy of n×p logits against labels, on the host. */
export function scoreLogits(out: ArrayLike<number>, labels: Int32Array, p: number): { loss: number; accuracy: number } {
  let loss = 0;
  let correct = 0;
  labels.forEach((label, i) => {
    let best = 0;
    for (let q = 0; q < p; q++) {
      const v = out[i * p + q];
      loss += 0.5 * (v - (q === label ? 1 : 0)) ** 2;
      if (v > out[i * p + best]) best = q;
    }
    if (best === label) correct++;
  });
  return { loss: loss / labels.length, accuracy: correct / labels.length };
}
