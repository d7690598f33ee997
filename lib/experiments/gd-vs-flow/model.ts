// A 1→h→1 tanh network f(x) = Σ_j a_j·tanh(w_j·x + b_j) + c on fixed 1-D data, loss ½·MSE,
// with its exact gradient and a central finite-difference Hessian-vector product, in Float64.
// Parameters are packed as θ = [w (h), b (h), a (h), c].
import { norm } from "../core/linalg";

export interface TanhNet {
  h: number;
  dim: number;
  x: Float64Array;
  y: Float64Array;
  loss(theta: Float64Array): number;
  /** Writes ∇L(θ) into `out` and returns it. */
  grad(theta: Float64Array, out?: Float64Array): Float64Array;
  /** H(θ)·v by central differences of the gradient along v/‖v‖ (EXPERIMENTS.md §0). */
  hvp(theta: Float64Array, v: Float64Array): Float64Array;
}

const HVP_EPS = 1e-4;

export function tanhNet(h: number, x: Float64Array, y: Float64Array): TanhNet {
  const n = x.length;
  const dim = 3 * h + 1;

  const loss = (theta: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      let f = theta[3 * h];
      for (let j = 0; j < h; j++) f += theta[2 * h + j] * Math.tanh(theta[j] * x[i] + theta[h + j]);
      s += (f - y[i]) ** 2;
    }
    return s / (2 * n);
  };

  const act = new Float64Array(h);
  const grad = (theta: Float64Array, out = new Float64Array(dim)): Float64Array => {
    out.fill(0);
    for (let i = 0; i < n; i++) {
      let f = theta[3 * h];
      for (let j = 0; j < h; j++) {
        act[j] = Math.tanh(theta[j] * x[i] + theta[h + j]);
        f += theta[2 * h + j] * act[j];
      }
      const r = (f - y[i]) / n;
      for (let j = 0; j < h; j++) {
        const back = r * theta[2 * h + j] * (1 - act[j] * act[j]);
        out[j] += back * x[i];
        out[h + j] += back;
        out[2 * h + j] += r * act[j];
      }
      out[3 * h] += r;
    }
    return out;
  };

  const plus = new Float64Array(dim);
  const minus = new Float64Array(dim);
  const gPlus = new Float64Array(dim);
  const gMinus = new Float64Array(dim);
  const hvp = (theta: Float64Array, v: Float64Array): Float64Array => {
    const size = norm(v);
    const out = new Float64Array(dim);
    if (size === 0) return out;
    const step = HVP_EPS / size;
    for (let k = 0; k < dim; k++) {
      plus[k] = theta[k] + step * v[k];
      minus[k] = theta[k] - step * v[k];
    }
    grad(plus, gPlus);
    grad(minus, gMinus);
    for (let k = 0; k < dim; k++) out[k] = (gPlus[k] - gMinus[k]) / (2 * step);
    return out;
  };

  return { h, dim, x, y, loss, grad, hvp };
}

/** Gradient evaluations cost about this many FLOPs (forward, tanh counted as ~10, backward). */
export const gradFlops = (h: number, n: number) => n * h * 20;
