// Minimum-norm least squares on isotropic Gaussian data: the textbook double-descent model.
import { choleskySolve } from "../core/linalg";
import type { Rng } from "../core/rng";

/**
 * Draws X (n×p) ~ N(0, 1), a uniformly random unit β and y = Xβ + σξ, fits the minimum-norm
 * least-squares β̂ and returns ‖β̂ − β‖² (the excess risk for isotropic test inputs).
 */
export function minNormRisk(rng: Rng, n: number, p: number, noise: number): number {
  const X = rng.fillNormal(new Float64Array(n * p));
  const beta = rng.fillNormal(new Float64Array(p));
  const scale = 1 / Math.hypot(...beta);
  for (let j = 0; j < p; j++) beta[j] *= scale;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += X[i * p + j] * beta[j];
    y[i] = s + noise * rng.normal();
  }

  let betaHat: Float64Array;
  if (p < n) {
    // Normal equations: (XᵀX) β̂ = Xᵀy.
    const G = new Float64Array(p * p);
    const b = new Float64Array(p);
    for (let i = 0; i < n; i++)
      for (let a = 0; a < p; a++) {
        const xa = X[i * p + a];
        b[a] += xa * y[i];
        for (let c = 0; c < p; c++) G[a * p + c] += xa * X[i * p + c];
      }
    betaHat = choleskySolve(G, b, p, 1);
  } else {
    // Interpolating minimum-norm solution: β̂ = Xᵀ(XXᵀ)⁻¹y.
    const G = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < n; k++) {
        let s = 0;
        for (let j = 0; j < p; j++) s += X[i * p + j] * X[k * p + j];
        G[i * n + k] = s;
      }
    const z = choleskySolve(G, y, n, 1);
    betaHat = new Float64Array(p);
    for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) betaHat[j] += X[i * p + j] * z[i];
  }
  let risk = 0;
  for (let j = 0; j < p; j++) risk += (betaHat[j] - beta[j]) ** 2;
  return risk;
}

export function minNormFlops(n: number, p: number): number {
  const m = Math.min(n, p);
  return 2 * n * p * m + m ** 3 / 3 + 4 * n * p;
}
