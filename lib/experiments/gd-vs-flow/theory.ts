// Backward error analysis: GD with step η is O(η) from gradient flow and O(η²) from the modified flow.
import type { TheoryPrediction } from "../types";
import { learningRates, type Params } from "./spec";

export function theory(p: Params): TheoryPrediction {
  const etas = learningRates(p);
  // Guide lines of slope 1 and 2 through (η_max, 1e-3) and (η_max, 1e-4), for reading slopes off the plot.
  const line = (power: number, at: number) => etas.map((eta) => at * (eta / etas[0]) ** power);
  return {
    observables: { slopeToFlow: 1, slopeToModified: 2, sharpnessRatio: 1 },
    series: { slopeOne: { x: etas, y: line(1, 1e-3) }, slopeTwo: { x: etas, y: line(2, 1e-4) } },
  };
}
