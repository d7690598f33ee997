// Two noisy views of a Gaussian latent and their symmetrised cross-covariance Γ.
import { matmul, symEig, transpose } from "../core/linalg";
import { createRng, seedFor } from "../core/rng";
import { LATENT_STD } from "./spec";

export interface ViewCovariance {
  m: number;
  /** Γ = (1/2n)·Σ(x x'ᵀ + x' xᵀ), m×m row-major. */
  gamma: Float64Array;
  /** Eigenvalues of Γ, descending. */
  values: Float64Array;
  /** Eigenvectors of Γ, m×m row-major, vector j in column j. */
  vectors: Float64Array;
}

export function viewCovariance(pairs: number, viewNoise: number, seed: number): ViewCovariance {
  const m = LATENT_STD.length;
  const rng = createRng(seedFor(seed, "data"));
  const x = new Float64Array(pairs * m);
  const xv = new Float64Array(pairs * m);
  for (let i = 0; i < pairs; i++) {
    for (let k = 0; k < m; k++) {
      const z = LATENT_STD[k] * rng.normal();
      x[i * m + k] = z + viewNoise * rng.normal();
      xv[i * m + k] = z + viewNoise * rng.normal();
    }
  }
  const cross = matmul(transpose(x, pairs, m), xv, m, pairs, m);
  const gamma = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) gamma[a * m + b] = (cross[a * m + b] + cross[b * m + a]) / (2 * pairs);
  }
  return { m, gamma, ...symEig(gamma, m) };
}
