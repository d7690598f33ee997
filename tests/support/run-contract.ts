// The Run contract every experiment keeps, asserted the same way for each: a pure function of
// (params, seed); advance(k) does at most k steps; no tensor outlives the run; dispose twice is safe.
import * as tf from "@tensorflow/tfjs";
import { expect } from "vitest";
import { runToCompletion } from "@/lib/experiments/runner";
import type { Experiment, Run } from "@/lib/experiments/types";

export async function expectPureFunctionOfSeed(exp: Experiment, params: Record<string, unknown>, seed: number, seriesKey: string) {
  const a = await runToCompletion(exp, params, seed);
  const b = await runToCompletion(exp, params, seed);
  const c = await runToCompletion(exp, params, seed + 1);
  expect(b).toEqual(a);
  expect(c.series[seriesKey]!.y).not.toEqual(a.series[seriesKey]!.y);
}

/** Returns the disposed run, for checks a particular experiment adds. */
export async function expectBoundedStepsWithoutLeaks(exp: Experiment, params: Record<string, unknown> & { steps: number }, firstAdvance: number): Promise<Run> {
  const before = tf.memory().numTensors;
  const run = await exp.start(params, 1);
  await run.advance(firstAdvance);
  expect(run.snapshot().step).toBe(firstAdvance);
  const during = tf.memory().numTensors;
  await run.advance(10 * params.steps);
  expect(run.snapshot()).toMatchObject({ step: params.steps, done: true });
  expect(tf.memory().numTensors).toBe(during);
  run.dispose();
  run.dispose();
  expect(tf.memory().numTensors).toBe(before);
  return run;
}
