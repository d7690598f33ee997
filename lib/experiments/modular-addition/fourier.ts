// Discrete Fourier transform of short real signals, shared by the agf-saddles (output power
// spectrum) and modular-addition (per-neuron frequency and phase) experiments.

export interface Dft {
  /** Length of the transformed signals. */
  p: number;
  /**
   * Coefficient k of X̂(k) = Σₙ x[offset + n·stride]·e^{−2πikn/p}, written into out[0] (re) and
   * out[1] (im). With x = cos(2πkn/p + φ), arg X̂(k) = φ.
   */
  coefficient(x: ArrayLike<number>, k: number, out: Float64Array, offset?: number, stride?: number): Float64Array;
}

/** Precomputes the twiddle factors for length p, so transforms in hot loops skip Math.cos. */
export function createDft(p: number): Dft {
  const cos = Float64Array.from({ length: p }, (_, i) => Math.cos((2 * Math.PI * i) / p));
  const sin = Float64Array.from({ length: p }, (_, i) => Math.sin((2 * Math.PI * i) / p));
  return {
    p,
    coefficient(x, k, out, offset = 0, stride = 1) {
      let re = 0;
      let im = 0;
      for (let n = 0; n < p; n++) {
        const v = x[offset + n * stride];
        const idx = (k * n) % p;
        re += v * cos[idx];
        im -= v * sin[idx];
      }
      out[0] = re;
      out[1] = im;
      return out;
    },
  };
}

/** Frequencies 1..⌊(p−1)/2⌋: for a real signal the rest mirror them. */
export function positiveFrequencies(p: number): number[] {
  return Array.from({ length: Math.floor((p - 1) / 2) }, (_, i) => i + 1);
}
