// Summary statistics and power-law fits used to turn runs into verdicts.
import { createRng } from "./rng";

export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s / xs.length;
}

/** Sample standard deviation (n − 1 denominator); 0 for a single value. */
export function std(xs: ArrayLike<number>): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i] - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

/** Quantile with linear interpolation between order statistics (R type 7, NumPy default). */
export function quantile(xs: ArrayLike<number>, q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = Array.from(xs).sort((a, b) => a - b);
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function median(xs: ArrayLike<number>): number {
  return quantile(xs, 0.5);
}

/** Least-squares slope of log y against log x. */
export function logLogSlope(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return linearFit(Array.from(x, Math.log), Array.from(y, Math.log)).slope;
}

function linearFit(x: number[], y: number[]): { slope: number; intercept: number } {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

export interface PowerLawFit {
  exponent: number;
  prefactor: number;
  offset: number;
}

/**
 * Fits y = A·x^(−a) (+ C with `offset`). Without offset: straight line in log-log.
 * With offset: relative least squares Σ((A x^−a + C − y)/y)², which weighs every decade alike;
 * (A, C ≥ 0) are solved exactly for each a and a is found by a profile search.
 */
export function fitPowerLaw(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  opts: { offset?: boolean } = {},
): PowerLawFit {
  const xs = Array.from(x);
  const ys = Array.from(y);
  if (!opts.offset) {
    const { slope, intercept } = linearFit(xs.map(Math.log), ys.map(Math.log));
    return { exponent: -slope, prefactor: Math.exp(intercept), offset: 0 };
  }
  const profile = (a: number) => fitAmplitudes(xs, ys, a);
  // Coarse grid then golden-section refinement of the profile residual.
  let best = 0;
  let bestRes = Infinity;
  const grid = 400;
  const aMax = 4;
  for (let i = 1; i <= grid; i++) {
    const a = (aMax * i) / grid;
    const r = profile(a).residual;
    if (r < bestRes) [best, bestRes] = [a, r];
  }
  const a = goldenMin((t) => profile(t).residual, Math.max(1e-6, best - aMax / grid), best + aMax / grid);
  const { A, C } = profile(a);
  return { exponent: a, prefactor: A, offset: C };
}

/** Weighted linear least squares for (A, C ≥ 0) at fixed exponent a. */
function fitAmplitudes(x: number[], y: number[], a: number): { A: number; C: number; residual: number } {
  let s11 = 0, s12 = 0, s22 = 0, b1 = 0, b2 = 0;
  for (let i = 0; i < x.length; i++) {
    const w = 1 / (y[i] * y[i]);
    const f = x[i] ** -a;
    s11 += w * f * f;
    s12 += w * f;
    s22 += w;
    b1 += w * f * y[i];
    b2 += w * y[i];
  }
  const det = s11 * s22 - s12 * s12;
  let A = (b1 * s22 - b2 * s12) / det;
  let C = (s11 * b2 - s12 * b1) / det;
  if (!(C >= 0) || !Number.isFinite(det) || det <= 0) {
    C = 0;
    A = b1 / s11;
  }
  let residual = 0;
  for (let i = 0; i < x.length; i++) residual += ((A * x[i] ** -a + C - y[i]) / y[i]) ** 2;
  return { A, C, residual };
}

function goldenMin(f: (t: number) => number, lo: number, hi: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let c = hi - g * (hi - lo);
  let d = lo + g * (hi - lo);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 80; i++) {
    if (fc < fd) {
      hi = d;
      d = c;
      fd = fc;
      c = hi - g * (hi - lo);
      fc = f(c);
    } else {
      lo = c;
      c = d;
      fc = fd;
      d = lo + g * (hi - lo);
      fd = f(d);
    }
  }
  return (lo + hi) / 2;
}

/**
 * Bootstrap confidence interval of a fitted exponent. `units[u][j]` is independent unit u's
 * measurement (a seed, a trial, an SGD run) at x[j]; whole units are resampled, so correlations
 * across x within a unit are kept, and the fit is redone on each resample's mean curve.
 */
export function bootstrapExponentCI(
  x: ArrayLike<number>,
  units: ArrayLike<number>[],
  opts: { offset?: boolean; resamples?: number; level?: number; seed?: number } = {},
): { exponent: number; lo: number; hi: number } {
  const { resamples = 200, level = 0.95, seed = 0 } = opts;
  const rng = createRng(seed);
  const meanCurve = (pick: () => ArrayLike<number>) => {
    const acc = new Float64Array(x.length);
    for (let u = 0; u < units.length; u++) {
      const row = pick();
      for (let j = 0; j < x.length; j++) acc[j] += row[j] / units.length;
    }
    return acc;
  };
  let next = 0;
  const exponent = fitPowerLaw(x, meanCurve(() => units[next++]), opts).exponent;
  const draws: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const y = meanCurve(() => units[Math.floor(rng.uniform() * units.length)]);
    draws.push(fitPowerLaw(x, y, opts).exponent);
  }
  const tail = (1 - level) / 2;
  return { exponent, lo: quantile(draws, tail), hi: quantile(draws, 1 - tail) };
}
