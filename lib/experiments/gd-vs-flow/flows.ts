// Integrators: plain GD, and classical RK4 for a flow dθ/dt = −F(θ).
import type { TanhNet } from "./model";

export type Field = (theta: Float64Array) => Float64Array;

/** θ_k after `steps` GD steps of size η from θ0. */
export function gradientDescent(net: TanhNet, theta0: Float64Array, eta: number, steps: number): Float64Array {
  const theta = Float64Array.from(theta0);
  const g = new Float64Array(net.dim);
  for (let s = 0; s < steps; s++) {
    net.grad(theta, g);
    for (let k = 0; k < theta.length; k++) theta[k] -= eta * g[k];
  }
  return theta;
}

/** Gradient flow field ∇L. */
export const gradientField = (net: TanhNet): Field => (theta) => net.grad(theta);

/** Modified-flow field ∇L + (η/2)·H∇L, the gradient of L + (η/4)‖∇L‖² (Barrett & Dherin 2021). */
export const modifiedField = (net: TanhNet, eta: number): Field => (theta) => {
  const g = net.grad(theta);
  const hg = net.hvp(theta, g);
  for (let k = 0; k < g.length; k++) g[k] += (eta / 2) * hg[k];
  return g;
};

/** One classical RK4 step of dθ/dt = −F(θ), in place. */
export function rk4Step(field: Field, theta: Float64Array, dt: number): void {
  const d = theta.length;
  const tmp = new Float64Array(d);
  const stage = (base: Float64Array, k: Float64Array, scale: number) => {
    for (let i = 0; i < d; i++) tmp[i] = base[i] - scale * k[i];
    return field(tmp);
  };
  const k1 = field(theta);
  const k2 = stage(theta, k1, dt / 2);
  const k3 = stage(theta, k2, dt / 2);
  const k4 = stage(theta, k3, dt);
  for (let i = 0; i < d; i++) theta[i] -= (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
}
