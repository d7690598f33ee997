// A Run over a fixed number of synchronous work units (GD steps, trials), for the plain
// Float64 experiments. The experiment supplies one unit of work and a view of its state.
import type { Curve, Run, Snapshot } from "../types";

export interface SteppedRunSpec {
  totalSteps: number;
  /** Performs work unit `index` (0-based). */
  step(index: number): void;
  view(): { series: Record<string, Curve>; observables: Record<string, number> };
}

export function steppedRun(spec: SteppedRunSpec): Run {
  let done = 0;
  return {
    async advance(steps: number) {
      const end = Math.min(spec.totalSteps, done + Math.max(0, Math.floor(steps)));
      while (done < end) spec.step(done++);
    },
    snapshot(): Snapshot {
      return { step: done, totalSteps: spec.totalSteps, done: done >= spec.totalSteps, ...spec.view() };
    },
    dispose() {},
  };
}

/** Copies a growing curve so a snapshot does not alias the run's buffers. */
export function copyCurve(c: Curve): Curve {
  return { x: c.x.slice(), y: c.y.slice() };
}
