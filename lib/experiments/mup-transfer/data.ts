// Teacher data: x ~ N(0, I_d), y = tanh(x·W_tᵀ)·c/4 with a random tanh teacher (EXPERIMENTS.md §6).
import type { Rng } from "../core/rng";
import { INPUT_DIM, TEACHER_WIDTH } from "./spec";

export function teacherData(n: number, rng: Rng): { x: Float32Array; y: Float32Array } {
  const d = INPUT_DIM;
  const k = TEACHER_WIDTH;
  const Wt = Float64Array.from({ length: k * d }, () => rng.normal() / Math.sqrt(d));
  const c = Float64Array.from({ length: k }, () => rng.normal());
  const x = new Float32Array(n * d);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) x[i * d + j] = rng.normal();
    let s = 0;
    for (let u = 0; u < k; u++) {
      let pre = 0;
      for (let j = 0; j < d; j++) pre += Wt[u * d + j] * x[i * d + j];
      s += c[u] * Math.tanh(pre);
    }
    y[i] = s / 4;
  }
  return { x, y };
}
