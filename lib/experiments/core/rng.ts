// Deterministic pseudo-random numbers so every simulation is a pure function of (params, seed).
// sfc32 passes PractRand to large sizes and is fast in JS; the polar method turns uniforms into normals.

export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
  /** Fills `out` with N(0, std²) draws and returns it. */
  fillNormal(out: Float64Array, std?: number): Float64Array;
}

/** Mixes a 32-bit integer (murmur3 finaliser) so nearby seeds give unrelated states. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a hash of a string, to name independent streams. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Derives the seed of an independent stream (e.g. "init", "data") from a run seed. */
export function seedFor(seed: number, stream: string): number {
  return mix32((mix32(seed >>> 0) ^ hashString(stream)) >>> 0);
}

export function createRng(seed: number): Rng {
  let a = mix32(seed >>> 0 ^ 0x9e3779b9);
  let b = mix32(a ^ 0x243f6a88);
  let c = mix32(b ^ 0xb7e15162);
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so the first outputs do not echo the seed.
  for (let i = 0; i < 12; i++) next();

  // 53-bit uniform from two 32-bit words.
  const uniform = (): number => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;

  // Marsaglia's polar method: two normals per accepted pair, no trigonometry.
  let spare = 0;
  let hasSpare = false;
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * f;
    hasSpare = true;
    return u * f;
  };

  const fillNormal = (out: Float64Array, std = 1): Float64Array => {
    for (let i = 0; i < out.length; i++) out[i] = std * normal();
    return out;
  };

  return { uniform, normal, fillNormal };
}
