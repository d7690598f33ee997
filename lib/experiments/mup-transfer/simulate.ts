// One run: the one-step coordinate check at every width (SP and μP), then for every width and
// parametrisation a batched GD run over the whole learning-rate grid.
import { createRng, seedFor } from "../core/rng";
import { logLogSlope } from "../core/stats";
import { steppedRun } from "../core/stepped-run";
import { disposeBatch, flopsPerStep, makeBatch, type ReluNet } from "../ntk-wide-net/relu-net";
import type { Curve, Run } from "../types";
import { oneStepChange } from "./coord-check";
import { teacherData } from "./data";
import { PARAMETRIZATIONS, buildNet, type Parametrization } from "./parametrization";
import { COORD_LEARNING_RATE, COORD_REPLICAS, INPUT_DIM, learningRateGrid, sortedWidths, type Params } from "./spec";

export function cost(p: Params): { steps: number; flops: number } {
  const widths = sortedWidths(p);
  const kinds = PARAMETRIZATIONS.length;
  const flops = widths.reduce((s, width) => {
    const sweep = flopsPerStep({ copies: p.learningRates, width, inputDim: INPUT_DIM }, p.trainPoints);
    const coord = flopsPerStep({ copies: 1, width, inputDim: INPUT_DIM }, p.trainPoints);
    return s + kinds * (p.steps * sweep + coord);
  }, 0);
  return { steps: kinds * widths.length * (1 + p.steps), flops };
}

interface Results {
  deltaF: number[];
  deltaH: number[];
  /** Grid index of the learning rate with the lowest final loss, per width. */
  optimum: number[];
  bestLoss: number[];
}

/** Index of the smallest final loss; a diverged copy (NaN or ±∞) counts as infinite loss. */
export function argminLoss(losses: ArrayLike<number>): { index: number; loss: number } {
  let index = 0;
  let loss = Infinity;
  for (let j = 0; j < losses.length; j++) {
    const l = Number.isFinite(losses[j]) ? losses[j] : Infinity;
    if (l < loss) [index, loss] = [j, l];
  }
  return { index, loss };
}

export function simulate(p: Params, seed: number): Run {
  const data = teacherData(p.trainPoints, createRng(seedFor(seed, "data")));
  const batch = makeBatch(data.x, data.y, INPUT_DIM);
  const widths = sortedWidths(p);
  const grid = learningRateGrid(p);
  const results: Record<Parametrization, Results> = {
    sp: { deltaF: [], deltaH: [], optimum: [], bestLoss: [] },
    mup: { deltaF: [], deltaH: [], optimum: [], bestLoss: [] },
  };
  // Work units: one coordinate-check step per (width, kind), then `steps` sweep steps per (width, kind).
  const coordUnits = widths.length * PARAMETRIZATIONS.length;
  let sweep: ReluNet | null = null;

  const run = steppedRun({
    totalSteps: coordUnits * (1 + p.steps),
    step(i) {
      if (i < coordUnits) {
        const [width, kind] = [widths[Math.floor(i / 2)], PARAMETRIZATIONS[i % 2]];
        const net = buildNet(
          kind,
          width,
          Array.from({ length: COORD_REPLICAS }, (_, r) => ({ lr: COORD_LEARNING_RATE, initSeed: seedFor(seed, `coord@${width}#${r}`) })),
        );
        const { deltaF, deltaH } = oneStepChange(net, batch);
        net.dispose();
        results[kind].deltaF.push(deltaF);
        results[kind].deltaH.push(deltaH);
        return;
      }
      const j = i - coordUnits;
      const job = Math.floor(j / p.steps);
      const [width, kind] = [widths[Math.floor(job / 2)], PARAMETRIZATIONS[job % 2]];
      sweep ??= buildNet(kind, width, grid.map((lr) => ({ lr, initSeed: seedFor(seed, `init@${width}`) })));
      sweep.step(batch);
      if ((j % p.steps) + 1 === p.steps) {
        const { index, loss } = argminLoss(sweep.loss(batch));
        results[kind].optimum.push(index);
        results[kind].bestLoss.push(loss);
        sweep.dispose();
        sweep = null;
      }
    },
    view() {
      const curve = (y: number[]): Curve => ({ x: widths.slice(0, y.length), y: y.slice() });
      const slope = (y: number[]) => (y.length === widths.length ? logLogSlope(widths, y) : NaN);
      const shift = (o: number[]) => (o.length === widths.length ? o[o.length - 1] - o[0] : NaN);
      const { sp, mup } = results;
      return {
        series: {
          spDeltaF: curve(sp.deltaF),
          mupDeltaF: curve(mup.deltaF),
          spDeltaH: curve(sp.deltaH),
          mupDeltaH: curve(mup.deltaH),
          spOptimalLr: curve(sp.optimum.map((j) => grid[j])),
          mupOptimalLr: curve(mup.optimum.map((j) => grid[j])),
          spBestLoss: curve(sp.bestLoss),
          mupBestLoss: curve(mup.bestLoss),
        },
        observables: {
          spSlopeF: slope(sp.deltaF),
          spSlopeH: slope(sp.deltaH),
          mupSlopeF: slope(mup.deltaF),
          mupSlopeH: slope(mup.deltaH),
          spOptimumShift: shift(sp.optimum),
          mupOptimumShift: shift(mup.optimum),
        },
      };
    },
  });

  return {
    ...run,
    dispose() {
      sweep?.dispose();
      sweep = null;
      disposeBatch(batch);
    },
  };
}
