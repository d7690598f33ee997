// Training set: evenly spaced points on [−1, 1] labelled by a Chebyshev polynomial.
import { DATA_POINTS, TARGET_DEGREE } from "./spec";

/** x_i evenly spaced on [−1, 1]; y_i = T_k(x_i) = cos(k·arccos x_i). */
export function chebyshevData(n = DATA_POINTS, degree = TARGET_DEGREE): { x: Float32Array; y: Float32Array } {
  const x = Float32Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1));
  const y = x.map((xi) => Math.cos(degree * Math.acos(xi)));
  return { x, y };
}
