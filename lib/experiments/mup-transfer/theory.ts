// Tensor Programs predictions for f(x) = v·relu(Wx) under SGD (Yang & Hu 2021; Yang et al. 2022).
// After one step, SP moves the output by Θ(width) and hidden features by Θ(width^(−1/2)); μP moves
// both by Θ(1). SP's stable (and optimal) learning rate falls like 1/width; μP's does not move.
import type { TheoryPrediction } from "../types";
import { sortedWidths, type Params } from "./spec";

export function theory(p: Params): TheoryPrediction {
  const widths = sortedWidths(p);
  return {
    observables: {
      spSlopeF: 1,
      spSlopeH: -0.5,
      mupSlopeF: 0,
      mupSlopeH: 0,
      // η* ∝ 1/width on a factor-2 grid: log₂(width ratio) steps.
      spOptimumShift: Math.log2(widths[widths.length - 1] / widths[0]),
      mupOptimumShift: 0,
    },
    series: {},
  };
}
