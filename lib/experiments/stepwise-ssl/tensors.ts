// Float64 host arrays → float32 tensors (tfjs rejects float64), shared by the stepwise-ssl,
// agf-saddles and modular-addition simulations.
import * as tf from "@tensorflow/tfjs";

export function tensor2dFrom(values: ArrayLike<number>, shape: [number, number]): tf.Tensor2D {
  return tf.tensor2d(Float32Array.from(values), shape);
}

/** A trainable copy; the intermediate constant is freed. */
export function variable2dFrom(values: ArrayLike<number>, shape: [number, number]): tf.Variable<tf.Rank.R2> {
  return tf.tidy(() => tf.variable(tensor2dFrom(values, shape)));
}
