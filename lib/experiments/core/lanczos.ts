// Top Hessian eigenvalue from Hessian-vector products. Lanczos rather than power iteration,
// because power iteration can lock onto a large negative eigenvalue (EXPERIMENTS.md §2).
import { dot, norm, symEig } from "./linalg";
import { createRng } from "./rng";

export type MatVec = (v: Float64Array) => Float64Array | Promise<Float64Array>;

/**
 * Algebraically largest eigenvalue of the symmetric operator `hvp` on R^dim, by Lanczos with
 * full reorthogonalisation (cheap at the handful of iterations used, and keeps Ritz values clean).
 */
export async function topEigenvalue(
  hvp: MatVec,
  dim: number,
  opts: { iters: number; seed: number },
): Promise<number> {
  const m = Math.max(1, Math.min(opts.iters, dim));
  const rng = createRng(opts.seed);
  const basis: Float64Array[] = [];
  const alpha: number[] = [];
  const beta: number[] = [];

  let q = rng.fillNormal(new Float64Array(dim));
  scaleInPlace(q, 1 / norm(q));
  for (let j = 0; j < m; j++) {
    basis.push(q);
    const w = Float64Array.from(await hvp(q));
    const a = dot(q, w);
    alpha.push(a);
    // Full Gram-Schmidt against every basis vector, twice ("twice is enough").
    for (let pass = 0; pass < 2; pass++) {
      for (const b of basis) axpyInPlace(w, -dot(w, b), b);
    }
    const bNorm = norm(w);
    if (j === m - 1 || bNorm < 1e-12 * Math.max(1, Math.abs(a))) break; // invariant subspace found
    beta.push(bNorm);
    q = scaleInPlace(w, 1 / bNorm);
  }

  const k = alpha.length;
  const T = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    T[i * k + i] = alpha[i];
    if (i + 1 < k) T[i * k + i + 1] = T[(i + 1) * k + i] = beta[i];
  }
  return symEig(T, k).values[0];
}

function scaleInPlace(v: Float64Array, s: number): Float64Array {
  for (let i = 0; i < v.length; i++) v[i] *= s;
  return v;
}

function axpyInPlace(y: Float64Array, a: number, x: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += a * x[i];
}
