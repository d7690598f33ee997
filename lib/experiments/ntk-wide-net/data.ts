// Regression data on the unit sphere S^{d−1} (EXPERIMENTS.md §3). It depends on `dataSeed` only,
// not on the run seed, so the kernel prediction is a function of the parameters alone.
import { createRng, seedFor } from "../core/rng";

export interface SphereData {
  dim: number;
  xTrain: Float64Array; // nTrain × dim
  yTrain: Float64Array;
  xTest: Float64Array; // nTest × dim
}

/** y = sin(2x₁) + x₂x₃. */
const target = (x: Float64Array, i: number, dim: number): number =>
  Math.sin(2 * x[i * dim]) + x[i * dim + 1] * x[i * dim + 2];

function spherePoints(n: number, dim: number, normal: () => number): Float64Array {
  const x = new Float64Array(n * dim);
  for (let i = 0; i < n; i++) {
    let r2 = 0;
    for (let k = 0; k < dim; k++) r2 += (x[i * dim + k] = normal()) ** 2;
    const inv = 1 / Math.sqrt(r2);
    for (let k = 0; k < dim; k++) x[i * dim + k] *= inv;
  }
  return x;
}

export function sphereData(p: { inputDim: number; trainPoints: number; testPoints: number; dataSeed: number }): SphereData {
  const rng = createRng(seedFor(p.dataSeed, "ntk-data"));
  const dim = p.inputDim;
  const xTrain = spherePoints(p.trainPoints, dim, rng.normal);
  const xTest = spherePoints(p.testPoints, dim, rng.normal);
  const yTrain = Float64Array.from({ length: p.trainPoints }, (_, i) => target(xTrain, i, dim));
  return { dim, xTrain, yTrain, xTest };
}
