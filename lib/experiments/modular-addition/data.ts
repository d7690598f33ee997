// All pairs (a, b) of Z_p, split at random into train and test, with one-hot encodings.
import { createRng, seedFor } from "../core/rng";

export interface PairSet {
  a: Int32Array;
  b: Int32Array;
  /** (a + b) mod p. */
  label: Int32Array;
}

export function allPairs(p: number): PairSet {
  const n = p * p;
  const a = Int32Array.from({ length: n }, (_, i) => Math.floor(i / p));
  const b = Int32Array.from({ length: n }, (_, i) => i % p);
  return { a, b, label: a.map((ai, i) => (ai + b[i]) % p) };
}

/** Fisher-Yates shuffle of all pairs; the first round(fraction·p²) train, the rest test. */
export function splitPairs(p: number, trainFraction: number, seed: number): { train: PairSet; test: PairSet } {
  const all = allPairs(p);
  const order = Int32Array.from({ length: p * p }, (_, i) => i);
  const rng = createRng(seedFor(seed, "split"));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const nTrain = Math.round(trainFraction * order.length);
  const pick = (idx: Int32Array): PairSet => ({
    a: idx.map((i) => all.a[i]),
    b: idx.map((i) => all.b[i]),
    label: idx.map((i) => all.label[i]),
  });
  return { train: pick(order.subarray(0, nTrain)), test: pick(order.subarray(nTrain)) };
}

/** n×p one-hot rows, as Float32 ready for a tensor. */
export function oneHot(values: Int32Array, p: number): Float32Array {
  const out = new Float32Array(values.length * p);
  values.forEach((v, i) => (out[i * p + v] = 1));
  return out;
}
