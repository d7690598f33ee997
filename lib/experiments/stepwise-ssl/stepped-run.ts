// Shared by the stepwise-ssl, agf-saddles and modular-addition experiments: turns a
// step function plus host-side bookkeeping into the chunked `Run` contract, so a demo can
// single-step and a server can advance in large chunks with the same code.
import type { Run, Snapshot } from "../types";

export interface SteppedSimulation {
  totalSteps: number;
  /** Performs one training step; `step` is the number of steps already done. */
  step(step: number): void;
  /** Built from host-side caches only, so it is cheap and still works after release. */
  snapshot(step: number): Snapshot;
  /** Frees every tensor the simulation holds. */
  release(): void;
}

export function steppedRun(sim: SteppedSimulation): Run {
  let done = 0;
  let released = false;
  return {
    async advance(steps: number) {
      if (released) throw new Error("advance() called after dispose()");
      const n = Math.min(Math.max(0, Math.floor(steps)), sim.totalSteps - done);
      for (let i = 0; i < n; i++) sim.step(done++);
    },
    snapshot: () => sim.snapshot(done),
    dispose() {
      if (released) return;
      released = true;
      sim.release();
    },
  };
}

/** Record every k-th step so stored curves stay near `maxPoints` long whatever the run length. */
export function recordInterval(totalSteps: number, maxPoints: number): number {
  return Math.max(1, Math.ceil(totalSteps / maxPoints));
}

/** True at the steps whose state is recorded: every `every` steps and the last one. */
export function isRecordStep(step: number, every: number, totalSteps: number): boolean {
  return step % every === 0 || step === totalSteps;
}

/** Copies of the recorded arrays, so a snapshot never aliases state that keeps changing. */
export function curve(x: readonly number[], y: readonly number[]): { x: number[]; y: number[] } {
  return { x: x.slice(), y: y.slice() };
}
