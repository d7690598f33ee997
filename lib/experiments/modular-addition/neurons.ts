// Per-neuron Fourier analysis of the weights: dominant frequency, its share of the power, and
// how far the phases are from Gromov's rule φout = φa + φb.
import { createDft, positiveFrequencies, type Dft } from "./fourier";

export interface NeuronFourier {
  /** Dominant frequency σ of U_a, in 1..(p−1)/2. */
  frequency: Int32Array;
  /** |Û_a(σ)|² / Σ_{f=1..(p−1)/2} |Û_a(f)|². */
  concentration: Float64Array;
  /** |wrap(φa + φb − φout)| at σ, in [0, π]. */
  phaseError: Float64Array;
}

const phaseAt = (dft: Dft, x: ArrayLike<number>, f: number, out: Float64Array, offset: number, stride: number) => {
  dft.coefficient(x, f, out, offset, stride);
  return Math.atan2(out[1], out[0]);
};

/** Wraps an angle to [−π, π]. */
export function wrapAngle(x: number): number {
  return x - 2 * Math.PI * Math.round(x / (2 * Math.PI));
}

/** In the layout of ModAddWeights: ua, ub p×width (column = neuron); wo width×p (row = neuron). */
export function analyseNeurons(
  ua: ArrayLike<number>,
  ub: ArrayLike<number>,
  wo: ArrayLike<number>,
  width: number,
  p: number,
): NeuronFourier {
  const dft = createDft(p);
  const freqs = positiveFrequencies(p);
  const c = new Float64Array(2);
  const frequency = new Int32Array(width);
  const concentration = new Float64Array(width);
  const phaseError = new Float64Array(width);
  for (let i = 0; i < width; i++) {
    let total = 0;
    let best = 0;
    let bestPower = -1;
    for (const f of freqs) {
      dft.coefficient(ua, f, c, i, width);
      const power = c[0] * c[0] + c[1] * c[1];
      total += power;
      if (power > bestPower) [best, bestPower] = [f, power];
    }
    frequency[i] = best;
    concentration[i] = bestPower / total;
    const phi = phaseAt(dft, ua, best, c, i, width) + phaseAt(dft, ub, best, c, i, width);
    phaseError[i] = Math.abs(wrapAngle(phi - phaseAt(dft, wo, best, c, i * p, 1)));
  }
  return { frequency, concentration, phaseError };
}
