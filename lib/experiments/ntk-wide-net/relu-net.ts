// Two-layer ReLU networks f(x) = s·Σᵢ vᵢ·relu(wᵢ·x), trained by full-batch GD on (1/2n)·Σ(f − y)².
// `copies` independent networks share one leading tensor axis, each with its own pair of
// learning rates, so a learning-rate sweep is a single batched run (EXPERIMENTS.md §0).
//
// Backprop is written out by hand so that every large matmul has the big, freshly computed
// operand on the left and a constant or small operand on the right: tfjs-wasm repacks a new
// right-hand matrix on each call and is slower still on a transposed left operand, which is
// what tf.grad generates here (8 copies at width 1024: 15 ms per step instead of about 100).
import * as tf from "@tensorflow/tfjs";

export interface ReluNetShape {
  copies: number;
  width: number;
  inputDim: number;
}

/** Inputs in both layouts the backward pass needs, and targets shaped to broadcast over copies. */
export interface Batch {
  size: number;
  X: tf.Tensor2D; // n × d
  XT: tf.Tensor2D; // d × n
  y: tf.Tensor3D; // 1 × 1 × n
}

export function makeBatch(x: Float32Array, y: Float32Array, inputDim: number): Batch {
  const size = y.length;
  const X = tf.tensor2d(x, [size, inputDim]);
  return { size, X, XT: tf.transpose(X), y: tf.tensor3d(y, [1, 1, size]) };
}

export function disposeBatch(b: Batch): void {
  tf.dispose([b.X, b.XT, b.y]);
}

export interface ReluNetInit {
  /** Hidden weights, copy-major: row c·width + i holds wᵢ of copy c (copies·width × inputDim). */
  w: Float32Array;
  /** Output weights, copy-major (copies·width). */
  v: Float32Array;
  /** Multiplier s of the output, e.g. width^(−1/2) in the NTK parametrisation. */
  outputScale: number;
  /** Per-copy learning rates of the hidden and output layers. */
  lrHidden: ArrayLike<number>;
  lrOutput: ArrayLike<number>;
}

export class ReluNet {
  private wT: tf.Tensor2D; // copies·width × d
  private v: tf.Tensor3D; // copies × width × 1
  private readonly lrHidden: tf.Tensor3D; // copies × 1 × 1
  private readonly lrOutput: tf.Tensor3D;
  private readonly scale: number;

  constructor(
    readonly shape: ReluNetShape,
    init: ReluNetInit,
  ) {
    const { copies, width, inputDim } = shape;
    this.wT = tf.tensor2d(init.w, [copies * width, inputDim]);
    this.v = tf.tensor3d(init.v, [copies, width, 1]);
    this.lrHidden = tf.tensor3d(Float32Array.from(init.lrHidden), [copies, 1, 1]);
    this.lrOutput = tf.tensor3d(Float32Array.from(init.lrOutput), [copies, 1, 1]);
    this.scale = init.outputScale;
  }

  /** Hidden activations relu(wᵢ·x), copies × width × n, for inputs given as XT (d × n). */
  hidden(XT: tf.Tensor2D): tf.Tensor3D {
    const { copies, width } = this.shape;
    return tf.tidy(() => tf.relu(tf.matMul(this.wT, XT)).reshape([copies, width, XT.shape[1]]));
  }

  /** Outputs, copies × n. */
  predict(XT: tf.Tensor2D): tf.Tensor2D {
    const { copies, width } = this.shape;
    return tf.tidy(() => {
      const vRow = this.v.reshape([copies, 1, width]) as tf.Tensor3D;
      return tf.mul(tf.matMul(vRow, this.hidden(XT)), this.scale).reshape([copies, XT.shape[1]]);
    });
  }

  /** (1/2n)·Σ(f − y)² of every copy. */
  loss(batch: Batch): Float32Array {
    const l = tf.tidy(() => {
      const r = tf.sub(this.predict(batch.XT), batch.y.reshape([1, batch.size]));
      return tf.div(tf.mean(tf.square(r), 1), 2);
    });
    const out = l.dataSync() as Float32Array;
    l.dispose();
    return out;
  }

  /** One GD step of every copy. */
  step(batch: Batch): void {
    const { copies, width, inputDim } = this.shape;
    const n = batch.size;
    const [wT, v] = tf.tidy(() => {
      const pre = tf.matMul(this.wT, batch.XT).reshape([copies, width, n]);
      const h = tf.relu(pre);
      const vRow = this.v.reshape([copies, 1, width]) as tf.Tensor3D;
      const f = tf.mul(tf.matMul(vRow, h as tf.Tensor3D), this.scale); // copies × 1 × n
      // ∂loss/∂(v·h) = s·(f − y)/n
      const delta = tf.mul(tf.sub(f, batch.y), this.scale / n) as tf.Tensor3D;
      const gradV = tf.sum(tf.mul(h, delta), 2, true); // copies × width × 1
      const gradPre = tf.mul(tf.mul(this.v, delta), tf.step(pre)); // copies × width × n
      const gradW = tf.matMul(gradPre.reshape([copies * width, n]) as tf.Tensor2D, batch.X);
      const stepW = tf.mul(gradW.reshape([copies, width, inputDim]), this.lrHidden);
      return [
        tf.sub(this.wT, stepW.reshape([copies * width, inputDim])) as tf.Tensor2D,
        tf.sub(this.v, tf.mul(gradV, this.lrOutput)) as tf.Tensor3D,
      ];
    });
    tf.dispose([this.wT, this.v]);
    this.wT = wT;
    this.v = v;
  }

  dispose(): void {
    tf.dispose([this.wT, this.v, this.lrHidden, this.lrOutput]);
  }
}

/** FLOPs of one GD step: two width×d×n matmuls plus O(width·n) elementwise work, per copy. */
export function flopsPerStep(shape: ReluNetShape, n: number): number {
  return shape.copies * shape.width * n * (4 * shape.inputDim + 10);
}
