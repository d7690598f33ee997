// Gradient-flow predictions for the two-layer linear net (Saxe, McClelland & Ganguli 2014).
import type { Curve, TheoryPrediction } from "../types";
import { MODE_COUNT, singularValues, tHalfKey, theoryStrengthKey, type Params } from "./spec";

/** GF mode strength u(t) = s·e^{2st}/(e^{2st} − 1 + s/u₀), written to avoid overflow at large t. */
export function gfStrength(t: number, s: number, u0: number): number {
  return s / (1 + (s / u0 - 1) * Math.exp(-2 * s * t));
}

/** Half-rise time ln(s/u₀ − 1)/(2s); NaN when the mode already starts at or above s/2. */
export function gfHalfTime(s: number, u0: number): number {
  return u0 < s / 2 ? Math.log(s / u0 - 1) / (2 * s) : NaN;
}

/** Digamma ψ(x) for x > 0: recurrence up to x ≥ 12, then the asymptotic series (error < 1e-13). */
export function digamma(x: number): number {
  let acc = 0;
  while (x < 12) acc -= 1 / x++;
  const inv2 = 1 / (x * x);
  return acc + Math.log(x) - 0.5 / x - inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 / 240)));
}

/**
 * Effective initial strength u₀ of mode k (0-based).
 * Decoupled init: exactly a0². Random init N(0, a0²): in the linear phase a = W₁v and b = W₂ᵀu obey
 * ȧ = s·b, ḃ = s·a, so only c = (a + b)/2 grows (as e^{st}) and u ≈ |c₀|²·e^{2st}. Once a stronger
 * mode j is learned, W₂ᵀW₂ damps mode k's component along c_j, so mode k grows in the h − k
 * hidden directions left: u₀ = a0²·χ²_{h−k}/2. t½ depends on ln u₀, so the typical u₀ is the
 * geometric mean a0²·e^{ψ((h−k)/2)} ≈ a0²·(h − k)/2 (which is why random init rises early).
 */
export function effectiveU0(p: Params, k: number): number {
  return p.init === "decoupled" ? p.a0 ** 2 : p.a0 ** 2 * Math.exp(digamma((p.hiddenWidth - k) / 2));
}

/** Times at which simulation and theory curves are sampled (about 300 points). */
export function sampleSteps(totalSteps: number): number {
  return Math.max(1, Math.floor(totalSteps / 300));
}

export function theory(p: Params): TheoryPrediction {
  const s = singularValues(p);
  const every = sampleSteps(p.steps);
  const times: number[] = [];
  for (let i = 0; i < p.steps; i += every) times.push(p.learningRate * i);

  const series: Record<string, Curve> = {};
  const loss = times.map(() => 0);
  for (let k = 0; k < MODE_COUNT; k++) {
    const u = times.map((t) => gfStrength(t, s[k], effectiveU0(p, k)));
    series[theoryStrengthKey(k)] = { x: times, y: u };
    u.forEach((uk, i) => (loss[i] += 0.5 * (s[k] - uk) ** 2));
  }
  series.lossTheory = { x: times, y: loss };

  const observables: Record<string, number> = { modesInOrder: 1 };
  for (let k = 0; k < MODE_COUNT; k++) observables[tHalfKey(k)] = gfHalfTime(s[k], effectiveU0(p, k));
  return { observables, series };
}
