// The rolled-template task of Kunin et al. (2025), following geometric-intelligence/group-agf.
export const P = 11;

/** x_n = cos(2πn/p) + 0.6·cos(4πn/p + 1) + 0.3·cos(8πn/p + 2): power at frequencies 1, 2 and 4. */
export function template(p: number = P): Float64Array {
  return Float64Array.from({ length: p }, (_, n) => {
    const w = (2 * Math.PI * n) / p;
    return Math.cos(w) + 0.6 * Math.cos(2 * w + 1) + 0.3 * Math.cos(4 * w + 2);
  });
}

/** roll(x, s)[n] = x[n − s mod p], as numpy.roll. */
export function roll(x: ArrayLike<number>, s: number): Float64Array {
  const p = x.length;
  return Float64Array.from({ length: p }, (_, n) => x[(((n - s) % p) + p) % p]);
}

export interface RolledPairs {
  /** Number of examples, p² (every pair a, b). */
  count: number;
  /** Rows roll(x, a), roll(x, b) and target roll(x, a + b), each count×p row-major. */
  left: Float64Array;
  right: Float64Array;
  target: Float64Array;
}

export function rolledPairs(x: ArrayLike<number>): RolledPairs {
  const p = x.length;
  const count = p * p;
  const left = new Float64Array(count * p);
  const right = new Float64Array(count * p);
  const target = new Float64Array(count * p);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < p; b++) {
      const row = (a * p + b) * p;
      left.set(roll(x, a), row);
      right.set(roll(x, b), row);
      target.set(roll(x, (a + b) % p), row);
    }
  }
  return { count, left, right, target };
}
