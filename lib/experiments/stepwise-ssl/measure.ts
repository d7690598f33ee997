// Host-side (Float64) measurements of an embedding W (d×m, row-major) against Γ's eigenbasis.
import type { ViewCovariance } from "./data";

/** Strength along each of the top-d eigenvectors: λⱼ = γⱼ‖W vⱼ‖², which is 1 once mode j is learned. */
export function modeStrengths(w: ArrayLike<number>, d: number, cov: ViewCovariance): number[] {
  const { m, values, vectors } = cov;
  return Array.from({ length: d }, (_, j) => {
    let s = 0;
    for (let r = 0; r < d; r++) {
      let proj = 0;
      for (let k = 0; k < m; k++) proj += w[r * m + k] * vectors[k * m + j];
      s += proj * proj;
    }
    return values[j] * s;
  });
}

/** ‖WΓWᵀ − I‖²_F. */
export function barlowLossHost(w: ArrayLike<number>, d: number, cov: ViewCovariance): number {
  const { m, gamma } = cov;
  const wg = new Float64Array(d * m);
  for (let r = 0; r < d; r++) {
    for (let k = 0; k < m; k++) {
      const wrk = w[r * m + k];
      for (let c = 0; c < m; c++) wg[r * m + c] += wrk * gamma[k * m + c];
    }
  }
  let loss = 0;
  for (let r = 0; r < d; r++) {
    for (let s = 0; s < d; s++) {
      let mrs = 0;
      for (let c = 0; c < m; c++) mrs += wg[r * m + c] * w[s * m + c];
      loss += (mrs - (r === s ? 1 : 0)) ** 2;
    }
  }
  return loss;
}

/** (1/d)·Σⱼ‖P_W vⱼ‖² over the top-d eigenvectors, P_W the projector onto W's row space. */
export function subspaceOverlap(w: ArrayLike<number>, d: number, cov: ViewCovariance): number {
  const { m, vectors } = cov;
  const q = Float64Array.from(w);
  let total = 0;
  for (let r = 0; r < d; r++) {
    const row = q.subarray(r * m, (r + 1) * m);
    // Two Gram-Schmidt passes against earlier rows keep the basis orthonormal in Float64.
    for (let pass = 0; pass < 2; pass++) {
      for (let s = 0; s < r; s++) {
        const prev = q.subarray(s * m, (s + 1) * m);
        let dot = 0;
        for (let k = 0; k < m; k++) dot += row[k] * prev[k];
        for (let k = 0; k < m; k++) row[k] -= dot * prev[k];
      }
    }
    let nrm = 0;
    for (let k = 0; k < m; k++) nrm += row[k] * row[k];
    nrm = Math.sqrt(nrm);
    if (nrm === 0) continue; // rank-deficient W spans less, so it earns less overlap
    for (let k = 0; k < m; k++) row[k] /= nrm;
    for (let j = 0; j < d; j++) {
      let proj = 0;
      for (let k = 0; k < m; k++) proj += row[k] * vectors[k * m + j];
      total += proj * proj;
    }
  }
  return total / d;
}

const logit = (p: number) => Math.log(p / (1 - p));

/**
 * Time at which a rising curve crosses 1/2 between two samples. Interpolating the logit is
 * exact for the logistic law, so coarse sampling costs no accuracy.
 */
export function halfCrossing(t0: number, y0: number, t1: number, y1: number): number {
  const inside = (y: number) => y > 0 && y < 1;
  const frac = inside(y0) && inside(y1) ? -logit(y0) / (logit(y1) - logit(y0)) : (0.5 - y0) / (y1 - y0);
  return t0 + (t1 - t0) * frac;
}
