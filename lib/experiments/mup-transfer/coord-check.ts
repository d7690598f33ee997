// The coordinate check of microsoft/mup: how much one GD step moves the output and the hidden
// activations, averaged over coordinates.
import * as tf from "@tensorflow/tfjs";
import type { Batch, ReluNet } from "../ntk-wide-net/relu-net";

/** Takes one step of `net` and returns mean|Δf| over examples and mean|Δh| over units and examples. */
export function oneStepChange(net: ReluNet, batch: Batch): { deltaF: number; deltaH: number } {
  const f0 = net.predict(batch.XT);
  const h0 = net.hidden(batch.XT);
  net.step(batch);
  const changes = tf.tidy(() =>
    tf.stack([tf.mean(tf.abs(tf.sub(net.predict(batch.XT), f0))), tf.mean(tf.abs(tf.sub(net.hidden(batch.XT), h0)))]),
  );
  const [deltaF, deltaH] = changes.dataSync();
  tf.dispose([f0, h0, changes]);
  return { deltaF, deltaH };
}
