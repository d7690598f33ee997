// AdamW with decoupled weight decay, as in PyTorch: each step P ← P − lr·wd·P, then the Adam
// update from the gradient taken before the decay. tfjs's Adam does the rest.
import * as tf from "@tensorflow/tfjs";

export interface AdamWOptions {
  lr: number;
  weightDecay: number;
  betas: readonly [number, number];
  epsilon: number;
}

export interface AdamW {
  /** One step on `loss` over `vars`. */
  step(loss: () => tf.Scalar, vars: tf.Variable[]): void;
  /** Frees the moment estimates. */
  dispose(): void;
}

export function createAdamW(opts: AdamWOptions): AdamW {
  // Typed as the base class, whose applyGradients takes the NamedTensorMap that variableGrads returns.
  const adam: tf.Optimizer = tf.train.adam(opts.lr, opts.betas[0], opts.betas[1], opts.epsilon);
  const keep = 1 - opts.lr * opts.weightDecay;
  return {
    step(loss, vars) {
      tf.tidy(() => {
        const { grads } = tf.variableGrads(loss, vars);
        for (const v of vars) v.assign(tf.mul(v, keep));
        adam.applyGradients(grads);
      });
    },
    dispose: () => adam.dispose(),
  };
}
