// The infinite-width NTK of f(x) = m^(−1/2)·Σ aᵢ·relu(wᵢ·x) with w ~ N(0, I), a ~ N(0, 1), both
// layers trained (Jacot et al. 2018), and the GD trajectory of kernel regression with it.
import { symEig } from "../core/linalg";

/**
 * Θ(x, x') = x·x'·(π − θ)/2π + |x||x'|·(sin θ + (π − θ)·cos θ)/2π, θ = ∠(x, x').
 * The first term is E[a²·1{w·x>0}·1{w·x'>0}]·x·x' (hidden layer), the second E[relu(w·x)·relu(w·x')]
 * (output layer), i.e. the arc-cosine kernels of degree 0 and 1.
 */
export function ntk(a: Float64Array, b: Float64Array, dim: number): Float64Array {
  const na = a.length / dim;
  const nb = b.length / dim;
  const out = new Float64Array(na * nb);
  for (let i = 0; i < na; i++) {
    for (let j = 0; j < nb; j++) {
      let dot = 0, aa = 0, bb = 0;
      for (let k = 0; k < dim; k++) {
        const [u, v] = [a[i * dim + k], b[j * dim + k]];
        dot += u * v;
        aa += u * u;
        bb += v * v;
      }
      const norms = Math.sqrt(aa * bb);
      const cos = norms > 0 ? Math.max(-1, Math.min(1, dot / norms)) : 1;
      const theta = Math.acos(cos);
      out[i * nb + j] = (dot * (Math.PI - theta) + norms * (Math.sin(theta) + (Math.PI - theta) * cos)) / (2 * Math.PI);
    }
  }
  return out;
}

/** Θ(X, X) = V·diag(λ)·Vᵀ, with the targets and the test cross-kernel in that eigenbasis. */
export interface KernelRegression {
  n: number;
  eigenvalues: Float64Array;
  /** Vᵀy. */
  targetCoeffs: Float64Array;
  /** Θ(X*, X)·V, nTest × n. */
  testFeatures: Float64Array;
}

export function kernelRegression(xTrain: Float64Array, yTrain: Float64Array, xTest: Float64Array, dim: number): KernelRegression {
  const n = yTrain.length;
  const { values, vectors } = symEig(ntk(xTrain, xTrain, dim), n);
  const targetCoeffs = new Float64Array(n);
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) targetCoeffs[k] += vectors[i * n + k] * yTrain[i];
  const cross = ntk(xTest, xTrain, dim);
  const nTest = cross.length / n;
  const testFeatures = new Float64Array(nTest * n);
  for (let t = 0; t < nTest; t++)
    for (let i = 0; i < n; i++) {
      const c = cross[t * n + i];
      for (let k = 0; k < n; k++) testFeatures[t * n + k] += c * vectors[i * n + k];
    }
  return { n, eigenvalues: values, targetCoeffs, testFeatures };
}

/**
 * Residual factor of eigenmode λ after t GD steps on (1/2n)·Σ(f − y)² from f₀ = 0:
 * (1 − ηλ/n)^t. This is the exact discrete-time trajectory of the linearised model;
 * EXPERIMENTS.md's e^(−ηtλ/n) is its gradient-flow limit.
 */
function residualFactor(lambda: number, lr: number, n: number, t: number): number {
  return Math.pow(1 - (lr * Math.max(lambda, 0)) / n, t);
}

/** f_t(x*) = Θ(x*, X)·Θ⁻¹·(I − (I − ηΘ/n)^t)·y, evaluated stably in the eigenbasis. */
export function kernelTestPrediction(k: KernelRegression, lr: number, t: number): Float64Array {
  const { n } = k;
  const weights = k.eigenvalues.map((lambda, j) => {
    // (1 − (1 − ηλ/n)^t)/λ → ηt/n as λ → 0, so near-null modes stay finite.
    const gain = lambda * lr * t > 1e-12 * n ? (1 - residualFactor(lambda, lr, n, t)) / lambda : (lr * t) / n;
    return gain * k.targetCoeffs[j];
  });
  const nTest = k.testFeatures.length / n;
  return Float64Array.from({ length: nTest }, (_, i) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += k.testFeatures[i * n + j] * weights[j];
    return s;
  });
}

/** Training loss (1/2n)·‖f_t(X) − y‖² = (1/2n)·Σ_k (1 − ηλ_k/n)^{2t}·(v_kᵀy)². */
export function kernelTrainLoss(k: KernelRegression, lr: number, t: number): number {
  let s = 0;
  k.eigenvalues.forEach((lambda, j) => (s += (residualFactor(lambda, lr, k.n, t) * k.targetCoeffs[j]) ** 2));
  return s / (2 * k.n);
}
