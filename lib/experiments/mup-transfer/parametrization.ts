// Standard parametrisation vs μP for f(x) = v·relu(Wx) under SGD (Tensor Programs V, SGD table),
// with μP matching SP at BASE_WIDTH.
import { createRng } from "../core/rng";
import { ReluNet } from "../ntk-wide-net/relu-net";
import { INPUT_DIM } from "./spec";

export type Parametrization = "sp" | "mup";
export const PARAMETRIZATIONS: readonly Parametrization[] = ["sp", "mup"];
export const BASE_WIDTH = 64;

/** Both: W ~ N(0, 1/d). Readout v ~ N(0, 1/width) in SP, N(0, 1/width²) in μP. */
const readoutStd = (kind: Parametrization, width: number): number => (kind === "sp" ? 1 / Math.sqrt(width) : 1 / width);

/** SP: one η for both layers. μP: hidden η·width/base, readout η·base/width. */
function layerRates(kind: Parametrization, width: number, lr: number): { hidden: number; output: number } {
  return kind === "sp" ? { hidden: lr, output: lr } : { hidden: (lr * width) / BASE_WIDTH, output: (lr * BASE_WIDTH) / width };
}

/** One copy on the network's leading axis: its learning rate and the seed of its initial weights. */
export interface CopySpec {
  lr: number;
  initSeed: number;
}

/**
 * SP and μP draw the same underlying normals for a given init seed, so at equal seeds they
 * differ only in their scalings.
 */
export function buildNet(kind: Parametrization, width: number, copies: CopySpec[]): ReluNet {
  const w = new Float32Array(copies.length * width * INPUT_DIM);
  const v = new Float32Array(copies.length * width);
  copies.forEach(({ initSeed }, c) => {
    const rng = createRng(initSeed);
    for (let i = 0; i < width * INPUT_DIM; i++) w[c * width * INPUT_DIM + i] = rng.normal() / Math.sqrt(INPUT_DIM);
    for (let i = 0; i < width; i++) v[c * width + i] = rng.normal() * readoutStd(kind, width);
  });
  const rates = copies.map(({ lr }) => layerRates(kind, width, lr));
  return new ReluNet(
    { copies: copies.length, width, inputDim: INPUT_DIM },
    { w, v, outputScale: 1, lrHidden: rates.map((r) => r.hidden), lrOutput: rates.map((r) => r.output) },
  );
}
