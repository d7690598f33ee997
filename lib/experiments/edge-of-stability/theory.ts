// The edge-of-stability prediction (Cohen et al. 2021): under full-batch GD the sharpness rises
// until it reaches the stability threshold 2/η of the quadratic model, then hovers there
// (self-stabilisation, Damian et al. 2023).
import type { TheoryPrediction } from "../types";
import { threshold, type Params } from "./spec";

export function theory(p: Params): TheoryPrediction {
  const t = threshold(p);
  return {
    observables: { sharpnessRatio: 1 },
    series: { threshold: { x: [0, p.steps], y: [t, t] } },
  };
}
