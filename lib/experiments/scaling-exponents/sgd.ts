// Online SGD for linear regression on fresh Gaussian batches, x ~ N(0, diag λ), y = w*ᵀx.
//
// The batch gradient is g/B with g = Σ_i x_i z_i and z_i = x_iᵀe (e = w − w*). Drawing the B×d batch
// costs B·d normals per step, but g has a closed-form law given e: with σ² = eᵀΛe, S = Σ z_i² ~ σ²χ²_B,
// and x_i = Λe·z_i/σ² + x_i⊥ where x_i⊥ ~ N(0, Λ − ΛeeᵀΛ/σ²) is independent of z_i, so
//   g = Λe·S/σ² + √S·(u − Λe·(eᵀu)/σ²),  u ~ N(0, Λ).
// Sampling (S, u) draws exactly the same trajectory distribution with B + d normals per step.
import type { Rng } from "../core/rng";

export interface SgdTask {
  lambda: Float64Array;
  /** Initial error e = w0 − w* (w0 = 0, so −w*). */
  error0: Float64Array;
}

/** Population loss E[(wᵀx − y)²] = eᵀΛe. */
export function populationLoss(lambda: Float64Array, e: Float64Array): number {
  let s = 0;
  for (let k = 0; k < e.length; k++) s += lambda[k] * e[k] * e[k];
  return s;
}

/** Returns a step function of SGD on ½·mean squared error that updates e in place. */
export function sgdStepper(lambda: Float64Array, batch: number, eta: number): (rng: Rng, e: Float64Array) => void {
  const d = lambda.length;
  const root = lambda.map(Math.sqrt);
  const u = new Float64Array(d);
  const scale = eta / batch;
  return (rng, e) => {
    const sigma2 = populationLoss(lambda, e);
    if (sigma2 === 0) return;
    let chi2 = 0;
    for (let i = 0; i < batch; i++) chi2 += rng.normal() ** 2;
    const S = sigma2 * chi2;
    let eu = 0;
    for (let k = 0; k < d; k++) {
      u[k] = root[k] * rng.normal();
      eu += e[k] * u[k];
    }
    const rootS = Math.sqrt(S);
    const along = (S - rootS * eu) / sigma2;
    for (let k = 0; k < d; k++) e[k] -= scale * (lambda[k] * e[k] * along + rootS * u[k]);
  };
}

/** FLOPs of one step: the loss, the projection eᵀu and the update. */
export const sgdStepFlops = (d: number, batch: number) => 12 * d + 2 * batch;
