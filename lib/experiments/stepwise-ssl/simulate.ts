// Gradient descent on linear Barlow Twins in tfjs, measured on the host after every step.
import * as tf from "@tensorflow/tfjs";
import { createRng, seedFor } from "../core/rng";
import type { Curve, Run } from "../types";
import { viewCovariance, type ViewCovariance } from "./data";
import { barlowGradient } from "./loss";
import { barlowLossHost, halfCrossing, modeStrengths, subspaceOverlap } from "./measure";
import { modeIndices, tHalfKey, type SslParams } from "./spec";
import { curve, isRecordStep, recordInterval, steppedRun } from "./stepped-run";
import { tensor2dFrom, variable2dFrom } from "./tensors";
import { halfTime, initialStrength } from "./theory";

const MAX_POINTS = 600;

/** Aligned: rows s0·vⱼᵀ (top-d eigenvectors of Γ). Random: i.i.d. N(0, s0²). */
function initialEmbedding(params: SslParams, cov: ViewCovariance, seed: number): Float64Array {
  const { m, vectors } = cov;
  const w = new Float64Array(params.dim * m);
  if (params.init === "random") return createRng(seedFor(seed, "init")).fillNormal(w, params.initScale);
  for (let r = 0; r < params.dim; r++) {
    for (let k = 0; k < m; k++) w[r * m + k] = params.initScale * vectors[k * m + r];
  }
  return w;
}

export function startSsl(params: SslParams, seed: number): Run {
  const d = params.dim;
  const cov = viewCovariance(params.pairs, params.viewNoise, seed);
  const m = cov.m;
  // t½ predicted from this seed's own Γ: the sample eigenvalues differ from σ² by a few percent.
  const predicted = Array.from({ length: d }, (_, j) =>
    halfTime(cov.values[j], initialStrength(cov.values[j], params.initScale)),
  );

  const gammaT = tensor2dFrom(cov.gamma, [m, m]);
  const w = variable2dFrom(initialEmbedding(params, cov, seed), [d, m]);
  const gradient = barlowGradient(gammaT);

  const every = recordInterval(params.steps, MAX_POINTS);
  let wHost: ArrayLike<number> = w.dataSync();
  let strengths = modeStrengths(wHost, d, cov);
  const tHalf = Array<number>(d).fill(NaN);
  const ts: number[] = [];
  const strengthRec: number[][] = strengths.map(() => []);
  const lossRec: number[] = [];
  const record = (step: number) => {
    ts.push(params.lr * step);
    strengths.forEach((s, j) => strengthRec[j].push(s));
    lossRec.push(barlowLossHost(wHost, d, cov));
  };
  record(0);

  return steppedRun({
    totalSteps: params.steps,
    step(step) {
      tf.tidy(() => {
        w.assign(tf.sub(w, tf.mul(gradient(w), params.lr)));
      });
      wHost = w.dataSync();
      const next = modeStrengths(wHost, d, cov);
      for (let j = 0; j < d; j++) {
        if (Number.isNaN(tHalf[j]) && strengths[j] < 0.5 && next[j] >= 0.5) {
          tHalf[j] = halfCrossing(params.lr * step, strengths[j], params.lr * (step + 1), next[j]);
        }
      }
      strengths = next;
      if (isRecordStep(step + 1, every, params.steps)) record(step + 1);
    },
    snapshot(step) {
      const ratios = tHalf.map((t, j) => t / predicted[j]);
      const allCrossed = tHalf.every(Number.isFinite);
      const observables: Record<string, number> = {
        modeOrder: allCrossed ? Number(tHalf.every((t, j) => j === 0 || t > tHalf[j - 1])) : NaN,
        subspaceOverlap: subspaceOverlap(wHost, d, cov),
      };
      for (const j of modeIndices) observables[tHalfKey(j)] = j <= d ? ratios[j - 1] : NaN;

      const series: Record<string, Curve> = { loss: curve(ts, lossRec) };
      strengthRec.forEach((ys, j) => (series[`strength${j + 1}`] = curve(ts, ys)));
      const crossed = tHalf.flatMap((t, j) => (Number.isFinite(t) ? [j + 1] : []));
      series.tHalf = { x: crossed, y: crossed.map((j) => tHalf[j - 1]) };
      return { step, totalSteps: params.steps, done: step >= params.steps, series, observables };
    },
    release() {
      w.dispose();
      gammaT.dispose();
    },
  });
}
