// Full-batch gradient descent on ŷ = Wᵀ(U·x_a + V·x_b)² in tfjs; loss and output spectrum are
// measured on the host at recorded steps.
import * as tf from "@tensorflow/tfjs";
import { createRng, seedFor } from "../core/rng";
import { createDft, positiveFrequencies } from "../modular-addition/fourier";
import { curve, isRecordStep, recordInterval, steppedRun } from "../stepwise-ssl/stepped-run";
import { tensor2dFrom, variable2dFrom } from "../stepwise-ssl/tensors";
import type { Curve, Run } from "../types";
import { LEARNED_SHARE, orderMatches, plateauMedians } from "./plateaus";
import { templateFrequencies, type AgfParams } from "./spec";
import { rolledPairs, template } from "./template";
import { frequenciesByPower } from "./theory";

const MAX_POINTS = 1000;

export function startAgf(params: AgfParams, seed: number): Run {
  const x = template();
  const p = x.length;
  const data = rolledPairs(x);
  const targetPower = new Map(frequenciesByPower(x).map((f) => [f.k, f.power]));
  const dft = createDft(p);

  // U, V ~ α·N(0, 1)/√(2p) and W ~ α·N(0, 1)/√p, as in group-agf. U and V are stored transposed
  // (p×hidden): tfjs-wasm's matmul is markedly slower with a transposed operand.
  const rng = createRng(seedFor(seed, "init"));
  const h = params.hidden;
  const init = (std: number) => rng.fillNormal(new Float64Array(h * p), std);
  const u = variable2dFrom(init(params.initScale / Math.sqrt(2 * p)), [p, h]);
  const v = variable2dFrom(init(params.initScale / Math.sqrt(2 * p)), [p, h]);
  const w = variable2dFrom(init(params.initScale / Math.sqrt(p)), [h, p]);
  const left = tensor2dFrom(data.left, [data.count, p]);
  const right = tensor2dFrom(data.right, [data.count, p]);
  const target = tensor2dFrom(data.target, [data.count, p]);

  const predict = () =>
    tf.matMul(tf.square(tf.add(tf.matMul(left, u), tf.matMul(right, v))), w);
  const loss = () => tf.mean(tf.squaredDifference(predict(), target)) as tf.Scalar;

  const every = recordInterval(params.steps, MAX_POINTS);
  const steps: number[] = [];
  const losses: number[] = [];
  const learnedCounts: number[] = [];
  const shares = new Map(templateFrequencies.map((k) => [k, [] as number[]]));
  const firstLearned = new Map<number, number>();
  let outputPower: number[] = [];
  const coef = new Float64Array(2);

  const record = (step: number) => {
    const out = tf.tidy(predict);
    const yHat = out.dataSync();
    out.dispose();
    let sq = 0;
    for (let i = 0; i < yHat.length; i++) sq += (yHat[i] - data.target[i]) ** 2;
    // Power of the output at each frequency, averaged over examples, in the units of P_k.
    outputPower = positiveFrequencies(p).map((k) => {
      let s = 0;
      for (let r = 0; r < data.count; r++) {
        dft.coefficient(yHat, k, coef, r * p);
        s += coef[0] * coef[0] + coef[1] * coef[1];
      }
      return (2 * s) / (p * data.count);
    });
    let learned = 0;
    for (const [k, share] of shares) {
      const s = outputPower[k - 1] / (targetPower.get(k) ?? NaN);
      share.push(s);
      if (s >= LEARNED_SHARE) {
        learned++;
        if (!firstLearned.has(k)) firstLearned.set(k, step);
      }
    }
    steps.push(step);
    losses.push(sq / yHat.length);
    learnedCounts.push(learned);
  };
  record(0);

  return steppedRun({
    totalSteps: params.steps,
    step(step) {
      tf.tidy(() => {
        const { grads } = tf.variableGrads(loss, [u, v, w]);
        for (const variable of [u, v, w]) variable.assign(tf.sub(variable, tf.mul(grads[variable.name], params.lr)));
      });
      if (isRecordStep(step + 1, every, params.steps)) record(step + 1);
    },
    snapshot(step) {
      const times = steps.map((s) => s * params.lr);
      const plateaus = plateauMedians(times, losses, learnedCounts, templateFrequencies.length);
      const observables: Record<string, number> = { learningOrder: orderMatches(firstLearned, templateFrequencies) };
      plateaus.forEach((level, c) => (observables[`plateau${c + 1}`] = level));

      const series: Record<string, Curve> = {
        loss: curve(steps, losses),
        plateaus: { x: plateaus.map((_, c) => c), y: plateaus },
        outputPower: { x: outputPower.map((_, i) => i + 1), y: outputPower.slice() },
      };
      for (const [k, share] of shares) series[`power${k}`] = curve(steps, share);
      return { step, totalSteps: params.steps, done: step >= params.steps, series, observables };
    },
    release() {
      for (const t of [u, v, w, left, right, target]) t.dispose();
    },
  });
}
