// Sharpness (top eigenvalue of the loss Hessian) by Lanczos on finite-difference Hessian-vector
// products. tfjs cannot differentiate tanh twice (tfjs#3252), so Hv ≈ (g(θ+εv) − g(θ−εv))/2ε.
import * as tf from "@tensorflow/tfjs";
import { topEigenvalue, type MatVec } from "../core/lanczos";

export type GradFn = (theta: tf.Tensor) => tf.Tensor;

/** Central-difference HVP at θ. Lanczos hands in unit vectors, so ε is the step length in θ. */
export function fdHvp(grad: GradFn, theta: tf.Tensor, eps: number): MatVec {
  return (v) => {
    const hv = tf.tidy(() => {
      const dv = tf.mul(tf.tensor1d(Float32Array.from(v)), eps);
      const diff = tf.sub(grad(tf.add(theta, dv)), grad(tf.sub(theta, dv)));
      return tf.div(diff, 2 * eps);
    });
    const out = Float64Array.from(hv.dataSync());
    hv.dispose();
    return out;
  };
}

export function sharpness(
  grad: GradFn,
  theta: tf.Tensor,
  opts: { eps: number; iters: number; seed: number },
): Promise<number> {
  return topEigenvalue(fdHvp(grad, theta, opts.eps), theta.size, { iters: opts.iters, seed: opts.seed });
}
