// Full-batch GD on L = ½‖W₂W₁ − S‖² in Float64 (whitened inputs, so the data is just S).
import { orthonormalColumns } from "../core/linalg";
import { createRng, seedFor } from "../core/rng";
import { copyCurve, steppedRun } from "../core/stepped-run";
import type { Curve, Run } from "../types";
import { MODE_COUNT, singularValues, strengthKey, tHalfKey, type Params } from "./spec";
import { sampleSteps } from "./theory";

interface Net {
  din: number;
  h: number;
  dout: number;
  W1: Float64Array; // h × din
  W2: Float64Array; // dout × h
}

/** Teacher S = U diag(s) Vᵀ with random orthonormal U (dout×m), V (din×m). */
function teacher(p: Params, seed: number) {
  const rng = createRng(seedFor(seed, "teacher"));
  const U = orthonormalColumns(p.outputDim, MODE_COUNT, rng.normal);
  const V = orthonormalColumns(p.inputDim, MODE_COUNT, rng.normal);
  const s = singularValues(p);
  const S = new Float64Array(p.outputDim * p.inputDim);
  for (let i = 0; i < p.outputDim; i++)
    for (let j = 0; j < p.inputDim; j++) {
      let v = 0;
      for (let k = 0; k < MODE_COUNT; k++) v += U[i * MODE_COUNT + k] * s[k] * V[j * MODE_COUNT + k];
      S[i * p.inputDim + j] = v;
    }
  return { U, V, S, s };
}

/** Decoupled: W₁ = a0·R·Vᵀ, W₂ = a0·U·Rᵀ (every mode starts at u = a0²). Random: N(0, a0²) entries. */
function initialNet(p: Params, seed: number, U: Float64Array, V: Float64Array): Net {
  const { inputDim: din, hiddenWidth: h, outputDim: dout, a0 } = p;
  const rng = createRng(seedFor(seed, "init"));
  if (p.init === "random") {
    return { din, h, dout, W1: rng.fillNormal(new Float64Array(h * din), a0), W2: rng.fillNormal(new Float64Array(dout * h), a0) };
  }
  const R = orthonormalColumns(h, MODE_COUNT, rng.normal);
  const W1 = new Float64Array(h * din);
  const W2 = new Float64Array(dout * h);
  for (let r = 0; r < h; r++)
    for (let k = 0; k < MODE_COUNT; k++) {
      const rk = a0 * R[r * MODE_COUNT + k];
      for (let j = 0; j < din; j++) W1[r * din + j] += rk * V[j * MODE_COUNT + k];
      for (let i = 0; i < dout; i++) W2[i * h + r] += U[i * MODE_COUNT + k] * rk;
    }
  return { din, h, dout, W1, W2 };
}

/**
 * One GD step: E = S − W₂W₁, W₁ += η·W₂ᵀE, W₂ += η·E·W₁ᵀ (both from the pre-step weights).
 * Returns the pre-step residual E in `E` so the caller can measure the state the step started from.
 */
export function gdStep(net: Net, S: Float64Array, eta: number, E: Float64Array, G1: Float64Array): void {
  const { din, h, dout, W1, W2 } = net;
  for (let i = 0; i < dout; i++)
    for (let j = 0; j < din; j++) {
      let v = 0;
      for (let r = 0; r < h; r++) v += W2[i * h + r] * W1[r * din + j];
      E[i * din + j] = S[i * din + j] - v;
    }
  G1.fill(0);
  for (let r = 0; r < h; r++)
    for (let i = 0; i < dout; i++) {
      const w = W2[i * h + r];
      for (let j = 0; j < din; j++) G1[r * din + j] += w * E[i * din + j];
    }
  for (let i = 0; i < dout; i++)
    for (let r = 0; r < h; r++) {
      let g = 0;
      for (let j = 0; j < din; j++) g += E[i * din + j] * W1[r * din + j];
      W2[i * h + r] += eta * g;
    }
  for (let q = 0; q < W1.length; q++) W1[q] += eta * G1[q];
}

export function flopsPerStep(p: Params): number {
  return 6 * p.outputDim * p.hiddenWidth * p.inputDim + 2 * MODE_COUNT * p.outputDim * p.inputDim;
}

export function simulate(p: Params, seed: number): Run {
  const { U, V, S, s } = teacher(p, seed);
  const net = initialNet(p, seed, U, V);
  const E = new Float64Array(p.outputDim * p.inputDim);
  const G1 = new Float64Array(p.hiddenWidth * p.inputDim);
  const every = sampleSteps(p.steps);
  const strength: Curve[] = s.map(() => ({ x: [], y: [] }));
  const loss: Curve = { x: [], y: [] };
  const tHalf = s.map(() => NaN);
  const prev = new Float64Array(MODE_COUNT);

  // uₖ = uₖᵀ(S − E)vₖ, read off the residual the step just computed.
  const modeStrength = (k: number): number => {
    let v = 0;
    for (let i = 0; i < p.outputDim; i++)
      for (let j = 0; j < p.inputDim; j++)
        v += U[i * MODE_COUNT + k] * (S[i * p.inputDim + j] - E[i * p.inputDim + j]) * V[j * MODE_COUNT + k];
    return v;
  };

  return steppedRun({
    totalSteps: p.steps,
    step(i) {
      gdStep(net, S, p.learningRate, E, G1);
      const t = p.learningRate * i;
      for (let k = 0; k < MODE_COUNT; k++) {
        const u = modeStrength(k);
        // First crossing of s/2, linearly interpolated between steps.
        if (Number.isNaN(tHalf[k]) && i > 0 && u >= s[k] / 2 && prev[k] < s[k] / 2) {
          tHalf[k] = t - p.learningRate * (u - s[k] / 2) / (u - prev[k]);
        }
        prev[k] = u;
        if (i % every === 0) {
          strength[k].x.push(t);
          strength[k].y.push(u);
        }
      }
      if (i % every === 0) {
        let l = 0;
        for (let q = 0; q < E.length; q++) l += E[q] * E[q];
        loss.x.push(t);
        loss.y.push(0.5 * l);
      }
    },
    view() {
      const series: Record<string, Curve> = { loss: copyCurve(loss) };
      strength.forEach((c, k) => (series[strengthKey(k)] = copyCurve(c)));
      const observables: Record<string, number> = {};
      tHalf.forEach((t, k) => (observables[tHalfKey(k)] = t));
      const allFinite = tHalf.every(Number.isFinite);
      observables.modesInOrder = allFinite ? Number(tHalf.every((t, k) => k === 0 || t > tHalf[k - 1])) : NaN;
      return { series, observables };
    },
  });
}
