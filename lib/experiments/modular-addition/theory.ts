// Gromov's analytic solution: every neuron uses a single frequency σ with
// U_a ∝ cos(2πσn/p + φa), U_b ∝ cos(2πσn/p + φb) and W_o[q] ∝ cos(2πσq/p + φa + φb),
// which classifies every pair correctly. Gromov (2023) reached it with plain gradient descent on the
// squared error and no regularization, and with AdamW; this demo trains with AdamW and weight decay.
import type { TheoryPrediction } from "../types";
import type { ModAddParams } from "./spec";

export function modAddTheory(params: ModAddParams): TheoryPrediction {
  const flat = (y: number) => ({ x: [0, params.steps], y: [y, y] });
  return {
    observables: { testAccuracy: 1, concentration: 1, phaseError: 0 },
    series: { accuracyTheory: flat(1), concentrationTheory: flat(1), phaseErrorTheory: flat(0) },
  };
}
