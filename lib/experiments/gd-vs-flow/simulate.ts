// Integrates gradient flow and one modified flow per learning rate side by side (one RK4 step of
// each per work unit), runs GD at every learning rate up front, and measures the gaps at time T.
import { norm } from "../core/linalg";
import { topEigenvalue } from "../core/lanczos";
import { createRng, seedFor } from "../core/rng";
import { logLogSlope } from "../core/stats";
import type { Curve, Run } from "../types";
import { gradientDescent, gradientField, modifiedField, rk4Step } from "./flows";
import { gradFlops, tanhNet, type TanhNet } from "./model";
import { learningRates, type Params } from "./spec";

export function dataset(points: number): { x: Float64Array; y: Float64Array } {
  const x = Float64Array.from({ length: points }, (_, i) => -1 + (2 * i) / (points - 1));
  return { x, y: x.map((v) => Math.sin(3 * v)) };
}

/** w, b ~ N(0, 1); a ~ N(0, 1/h); c = 0. */
export function initialParams(h: number, seed: number): Float64Array {
  const rng = createRng(seedFor(seed, "init"));
  const theta = new Float64Array(3 * h + 1);
  for (let j = 0; j < 2 * h; j++) theta[j] = rng.normal();
  for (let j = 0; j < h; j++) theta[2 * h + j] = rng.normal() / Math.sqrt(h);
  return theta;
}

export function cost(p: Params): { steps: number; flops: number } {
  const g = gradFlops(p.hidden, p.points);
  // RK4: 4 field evaluations per step; the modified field costs 3 gradients (∇L and two for the HVP).
  const flowGrads = p.rk4Steps * 4 * (1 + 3 * p.etaCount);
  const gdGrads = learningRates(p).reduce((acc, _eta, j) => acc + p.gdSteps * 2 ** j, 0);
  return { steps: p.rk4Steps, flops: (flowGrads + gdGrads) * g };
}

async function sharpness(net: TanhNet, theta: Float64Array, seed: number): Promise<number> {
  return topEigenvalue((v) => net.hvp(theta, v), net.dim, { iters: 30, seed });
}

const distance = (a: Float64Array, b: Float64Array) => norm(a.map((v, k) => v - b[k]));

export function simulate(p: Params, seed: number): Run {
  const { x, y } = dataset(p.points);
  const net = tanhNet(p.hidden, x, y);
  const theta0 = initialParams(p.hidden, seed);
  const etas = learningRates(p);
  const gd = etas.map((eta, j) => gradientDescent(net, theta0, eta, p.gdSteps * 2 ** j));
  const flow = Float64Array.from(theta0);
  const modified = etas.map(() => Float64Array.from(theta0));
  const fields = etas.map((eta) => modifiedField(net, eta));
  const dt = p.flowTime / p.rk4Steps;
  const flowLoss: Curve = { x: [0], y: [net.loss(theta0)] };
  const every = Math.max(1, Math.floor(p.rk4Steps / 200));
  let done = 0;
  let sharpnessRatio = NaN;

  const view = () => {
    const finished = done === p.rk4Steps;
    const gapToFlow = gd.map((g) => (finished ? distance(g, flow) : NaN));
    const gapToModified = gd.map((g, j) => (finished ? distance(g, modified[j]) : NaN));
    return {
      series: {
        gapToFlow: { x: etas, y: gapToFlow },
        gapToModified: { x: etas, y: gapToModified },
        flowLoss: { x: flowLoss.x.slice(), y: flowLoss.y.slice() },
      },
      observables: {
        slopeToFlow: finished ? logLogSlope(etas, gapToFlow) : NaN,
        slopeToModified: finished ? logLogSlope(etas, gapToModified) : NaN,
        sharpnessRatio,
      },
    };
  };

  return {
    async advance(steps: number) {
      const end = Math.min(p.rk4Steps, done + Math.max(0, Math.floor(steps)));
      const gradient = gradientField(net);
      while (done < end) {
        rk4Step(gradient, flow, dt);
        modified.forEach((theta, j) => rk4Step(fields[j], theta, dt));
        done++;
        if (done % every === 0 || done === p.rk4Steps) {
          flowLoss.x.push(done * dt);
          flowLoss.y.push(net.loss(flow));
        }
      }
      if (done === p.rk4Steps && Number.isNaN(sharpnessRatio)) {
        const lam = Math.max(await sharpness(net, theta0, seed), await sharpness(net, flow, seed));
        sharpnessRatio = (lam * etas[0]) / 2;
      }
    },
    snapshot: () => ({ step: done, totalSteps: p.rk4Steps, done: done === p.rk4Steps, ...view() }),
    dispose() {},
  };
}
