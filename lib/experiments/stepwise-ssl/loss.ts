// Linear Barlow Twins loss in tfjs; training and the factor-8 test share this one definition.
import * as tf from "@tensorflow/tfjs";

/** L(W) = ‖WΓWᵀ − I‖²_F for an embedding W (d×m). Call inside tf.tidy. */
export function barlowLoss(w: tf.Tensor2D, gamma: tf.Tensor2D): tf.Scalar {
  const m = tf.matMul(tf.matMul(w, gamma), w, false, true);
  return tf.sum(tf.square(tf.sub(m, tf.eye(w.shape[0]))));
}

/** ∇_W L by automatic differentiation. Call the result inside tf.tidy. */
export function barlowGradient(gamma: tf.Tensor2D): (w: tf.Tensor2D) => tf.Tensor2D {
  return tf.grad((w: tf.Tensor) => barlowLoss(w as tf.Tensor2D, gamma)) as (w: tf.Tensor2D) => tf.Tensor2D;
}
