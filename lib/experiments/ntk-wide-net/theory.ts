// Kernel-regression predictions for the wide two-layer ReLU net (Jacot et al. 2018; Lee et al. 2019).
import type { Curve, TheoryPrediction } from "../types";
import { sphereData, type SphereData } from "./data";
import { kernelRegression, kernelTestPrediction, kernelTrainLoss, type KernelRegression } from "./kernel";
import { INPUT_DIM, TEST_POINTS, logEvery, type Params } from "./spec";

export interface KernelReference {
  data: SphereData;
  kernel: KernelRegression;
  /** Kernel test predictions after `steps` GD steps. */
  final: Float64Array;
  /** Test-point indices sorted by `final`, the x-axis of the prediction plot. */
  rank: number[];
}

export function kernelReference(p: Params): KernelReference {
  const data = sphereData({ inputDim: INPUT_DIM, trainPoints: p.trainPoints, testPoints: TEST_POINTS, dataSeed: p.dataSeed });
  const kernel = kernelRegression(data.xTrain, data.yTrain, data.xTest, INPUT_DIM);
  const final = kernelTestPrediction(kernel, p.learningRate, p.steps);
  const rank = Array.from(final.keys()).sort((i, j) => final[i] - final[j]);
  return { data, kernel, final, rank };
}

/** Steps at which curves are recorded: every `logEvery` steps, always including the last. */
export function curveSteps(p: Params): number[] {
  const every = logEvery(p);
  const steps = Array.from({ length: Math.floor(p.steps / every) }, (_, i) => (i + 1) * every);
  if (steps[steps.length - 1] !== p.steps) steps.push(p.steps);
  return steps;
}

/** `values` reordered by `rank`, against rank. */
export function rankedCurve(values: ArrayLike<number>, rank: number[]): Curve {
  return { x: rank.map((_, i) => i), y: rank.map((i) => values[i]) };
}

export function theory(p: Params): TheoryPrediction {
  const ref = kernelReference(p);
  const steps = curveSteps(p);
  return {
    // At infinite width the network is kernel regression exactly; finite width adds O(m^(−1/2)).
    observables: { deviation: 0, widthSlope: -0.5 },
    series: {
      kernelTrainLoss: { x: steps, y: steps.map((t) => kernelTrainLoss(ref.kernel, p.learningRate, t)) },
      kernelTestPrediction: rankedCurve(ref.final, ref.rank),
    },
  };
}
