import { describe, expect, it } from "vitest";
import { createRng, seedFor } from "@/lib/experiments/core/rng";
import { choleskySolve, dot, matmul, norm, symEig, transpose } from "@/lib/experiments/core/linalg";
import { topEigenvalue } from "@/lib/experiments/core/lanczos";
import {
  bootstrapExponentCI,
  fitPowerLaw,
  logLogSlope,
  mean,
  median,
  quantile,
  std,
} from "@/lib/experiments/core/stats";

/** Random symmetric matrix with a known spectrum: Q diag(vals) Qᵀ, Q from Gram-Schmidt. */
function symmetricWithSpectrum(vals: number[], seed: number): Float64Array {
  const n = vals.length;
  const rng = createRng(seed);
  const q = rng.fillNormal(new Float64Array(n * n));
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < j; k++) {
      let d = 0;
      for (let i = 0; i < n; i++) d += q[i * n + j] * q[i * n + k];
      for (let i = 0; i < n; i++) q[i * n + j] -= d * q[i * n + k];
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += q[i * n + j] ** 2;
    for (let i = 0; i < n; i++) q[i * n + j] /= Math.sqrt(s);
  }
  const qd = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) qd[i * n + j] = q[i * n + j] * vals[j];
  return matmul(qd, transpose(q, n, n), n, n, n);
}

describe("rng", () => {
  it("is deterministic per seed and differs across seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.normal());
    expect(Array.from({ length: 5 }, () => b.normal())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.normal())).not.toEqual(xs);
  });

  it("has the right first two moments", () => {
    const rng = createRng(7);
    const u = Array.from({ length: 100_000 }, () => rng.uniform());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    expect(mean(u)).toBeCloseTo(0.5, 2);
    const z = rng.fillNormal(new Float64Array(100_000), 2);
    expect(mean(z)).toBeCloseTo(0, 1);
    expect(std(z)).toBeCloseTo(2, 1);
  });

  it("derives distinct, reproducible streams", () => {
    expect(seedFor(1, "init")).toBe(seedFor(1, "init"));
    expect(seedFor(1, "init")).not.toBe(seedFor(1, "data"));
    expect(seedFor(1, "init")).not.toBe(seedFor(2, "init"));
  });
});

describe("linalg", () => {
  it("multiplies and transposes known matrices", () => {
    const a = Float64Array.from([1, 2, 3, 4, 5, 6]); // 2×3
    const b = Float64Array.from([7, 8, 9, 10, 11, 12]); // 3×2
    expect(Array.from(matmul(a, b, 2, 3, 2))).toEqual([58, 64, 139, 154]);
    expect(Array.from(transpose(a, 2, 3))).toEqual([1, 4, 2, 5, 3, 6]);
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(norm([3, 4])).toBe(5);
  });

  it("solves an SPD system by Cholesky", () => {
    const A = Float64Array.from([4, 12, -16, 12, 37, -43, -16, -43, 98]);
    const x = Float64Array.from([1, -2, 3, 0.5, 0, -1]); // two right-hand sides (3×2)
    const B = matmul(A, x, 3, 3, 2);
    const sol = choleskySolve(A, B, 3, 2);
    sol.forEach((v, i) => expect(v).toBeCloseTo(x[i], 12));
    expect(() => choleskySolve(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2, 1)).toThrow(
      /positive definite/,
    );
  });

  it("recovers a known spectrum with orthonormal eigenvectors", () => {
    const vals = [5, 3, 2.5, -1, -4, 0.1];
    const n = vals.length;
    const A = symmetricWithSpectrum(vals, 3);
    const { values, vectors } = symEig(A, n);
    const sorted = [...vals].sort((x, y) => y - x);
    values.forEach((v, i) => expect(v).toBeCloseTo(sorted[i], 10));
    for (let j = 0; j < n; j++) {
      const vj = Float64Array.from({ length: n }, (_, i) => vectors[i * n + j]);
      const Av = matmul(A, vj, n, n, 1);
      for (let i = 0; i < n; i++) expect(Av[i]).toBeCloseTo(values[j] * vj[i], 10);
      expect(norm(vj)).toBeCloseTo(1, 12);
    }
    const small = symEig(Float64Array.from([2, 1, 1, 2]), 2).values;
    expect(small[0]).toBeCloseTo(3, 14);
    expect(small[1]).toBeCloseTo(1, 14);
  });
});

describe("lanczos", () => {
  it("finds the algebraically largest eigenvalue even when a larger negative one exists", async () => {
    const n = 40;
    const vals = Array.from({ length: n }, (_, i) => (i === 0 ? -12 : i === 1 ? 7.5 : Math.sin(i) * 5));
    const A = symmetricWithSpectrum(vals, 11);
    const exact = symEig(A, n).values[0];
    const top = await topEigenvalue((v) => matmul(A, v, n, n, 1), n, { iters: 30, seed: 1 });
    expect(exact).toBeCloseTo(7.5, 10);
    expect(top).toBeCloseTo(exact, 8);
  });

  it("accepts an async operator and stops early on an invariant subspace", async () => {
    const A = Float64Array.from([2, 0, 0, 0, 1, 0, 0, 0, 0.5]);
    const top = await topEigenvalue(async (v) => matmul(A, v, 3, 3, 1), 3, { iters: 20, seed: 2 });
    expect(top).toBeCloseTo(2, 12);
  });
});

describe("stats", () => {
  it("computes summary statistics like NumPy", () => {
    const xs = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(mean(xs)).toBe(3.875);
    expect(median(xs)).toBe(3.5);
    expect(quantile(xs, 0.25)).toBe(1.75);
    expect(std(xs)).toBeCloseTo(2.748376, 6);
  });

  it("recovers exponents of exact power laws, with and without an offset", () => {
    const x = [20, 40, 80, 160, 320, 640];
    const pure = x.map((v) => 3 * v ** -0.8);
    expect(logLogSlope(x, pure)).toBeCloseTo(-0.8, 12);
    const f = fitPowerLaw(x, pure);
    expect(f.exponent).toBeCloseTo(0.8, 12);
    expect(f.prefactor).toBeCloseTo(3, 10);
    const shifted = x.map((v) => 2 * v ** -0.6 + 0.01);
    const g = fitPowerLaw(x, shifted, { offset: true });
    expect(g.exponent).toBeCloseTo(0.6, 6);
    expect(g.prefactor).toBeCloseTo(2, 4);
    expect(g.offset).toBeCloseTo(0.01, 6);
  });

  it("brackets the true exponent with a bootstrap CI under noise", () => {
    const rng = createRng(5);
    const x = [10, 20, 40, 80, 160, 320, 640];
    const units = Array.from({ length: 8 }, () => x.map((v) => v ** -0.5 * (1 + 0.05 * rng.normal())));
    const ci = bootstrapExponentCI(x, units, { resamples: 200, seed: 1 });
    expect(ci.lo).toBeLessThan(0.5);
    expect(ci.hi).toBeGreaterThan(0.5);
    expect(ci.hi - ci.lo).toBeLessThan(0.05);
  });
});

describe("tfjs backends", () => {
  it("selects wasm from node_modules on the server, switches to cpu and back, leaking nothing", async () => {
    const tf = await import("@tensorflow/tfjs");
    const { selectServerBackend, selectBackend } = await import("@/lib/experiments/core/tf-backend.node.js");
    await selectServerBackend();
    expect(tf.getBackend()).toBe("wasm");
    const before = tf.memory().numTensors;
    const sum = tf.tidy(() => tf.tensor1d([1, 2, 3]).square().sum().dataSync()[0]);
    expect(sum).toBe(14);
    await selectBackend("cpu");
    expect(tf.getBackend()).toBe("cpu");
    await selectServerBackend();
    expect(tf.getBackend()).toBe("wasm");
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);
});
