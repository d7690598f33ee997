// The Run contract every experiment keeps, asserted the same way for each: a pure function of
// (params, seed); advance(k) does at most k steps; no tensor outlives the run; dispose twice is safe.
import * as tf from "@tensorflow/tfjs";
import { expect } from "vitest";
import { runToCompletion } from "@/lib/experiments/runner";
import type { Experiment, Snapshot } from "@/lib/experiments/types";

/**
 * The same (params, seed) gives the same final snapshot, and the next seed changes `bySeed` (what
 * a seed should change in this experiment). Returns the snapshot, for checks an experiment adds.
 */
export async function expectPureFunctionOfSeed(exp: Experiment, params: Record<string, unknown>, seed: number, bySeed: (s: Snapshot) => unknown): Promise<Snapshot> {
  const a = await runToCompletion(exp, params, seed);
  const b = await runToCompletion(exp, params, seed);
  const c = await runToCompletion(exp, params, seed + 1);
  expect(b).toEqual(a);
  expect(bySeed(c)).not.toEqual(bySeed(a));
  return a;
}

/**
 * advance(k) does exactly k steps while work remains and stops at totalSteps; stepping leaks no
 * tensor; dispose (twice) releases every tensor, also from a run stopped part-way (`partial`
 * steps in, which should be where the run holds the most, e.g. mid-training).
 */
export async function expectBoundedStepsWithoutLeaks(exp: Experiment, params: Record<string, unknown>, partial: number): Promise<void> {
  const before = tf.memory().numTensors;
  const stopped = await exp.start(params, 1);
  const total = stopped.snapshot().totalSteps;
  expect(partial + 1).toBeLessThan(total);
  await stopped.advance(partial);
  expect(stopped.snapshot().step).toBe(partial);
  await stopped.advance(1);
  expect(stopped.snapshot().step).toBe(partial + 1);
  stopped.dispose();
  stopped.dispose();
  expect(tf.memory().numTensors).toBe(before);

  const run = await exp.start(params, 1);
  await run.advance(partial);
  const during = tf.memory().numTensors;
  await run.advance(10 * total);
  expect(run.snapshot()).toMatchObject({ step: total, totalSteps: total, done: true });
  // A run may let go of what one phase held (a sweep's network) but never gains tensors by stepping.
  expect(tf.memory().numTensors).toBeLessThanOrEqual(during);
  run.dispose();
  run.dispose();
  expect(tf.memory().numTensors).toBe(before);
}
