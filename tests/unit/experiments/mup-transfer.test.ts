import { beforeAll, describe, expect, it } from "vitest";
import { selectServerBackend } from "@/lib/experiments/core/tf-backend.node";
import { mupTransfer } from "@/lib/experiments/mup-transfer";
import { argminLoss } from "@/lib/experiments/mup-transfer/simulate";
import { learningRateGrid, params } from "@/lib/experiments/mup-transfer/spec";
import { parseParams } from "@/lib/experiments/params";
import { runExperiment } from "@/lib/experiments/runner";
import type { Experiment } from "@/lib/experiments/types";
import { expectBoundedStepsWithoutLeaks, expectPureFunctionOfSeed } from "../../support/run-contract";

const exp = mupTransfer as unknown as Experiment;
/** Training runs take seconds each; the unit project's default timeout is 5 s. */
const LONG = 120_000;

beforeAll(async () => {
  await selectServerBackend();
});

const verdicts = (report: Awaited<ReturnType<typeof runExperiment>>, keys: string[]) => {
  const byKey = Object.fromEntries(report.observables.map((o) => [o.key, o]));
  console.info(
    "mup-transfer:",
    keys.map((k) => `${k} ${byKey[k].measured.toFixed(3)} (predicted ${byKey[k].predicted}) per seed [${byKey[k].perSeed.map((v) => v.toFixed(3)).join(", ")}]`),
  );
  return Object.fromEntries(keys.map((k) => [k, byKey[k].verdict]));
};

describe("mup-transfer simulation vs theory", () => {
  it("coordinate check: SP Δf ∝ width and Δh ∝ width^(−1/2); μP both flat (widths 64-1024, seeds 1-5)", async () => {
    // One sweep step suffices: only the coordinate-check observables are judged here.
    const report = await runExperiment(exp, params.parse({ steps: 1 }), mupTransfer.defaultSeeds);
    const keys = ["spSlopeF", "spSlopeH", "mupSlopeF", "mupSlopeH"];
    expect(verdicts(report, keys)).toEqual(Object.fromEntries(keys.map((k) => [k, "reproduced"])));
  }, LONG);

  it("learning-rate transfer: μP's best η stays put while SP's falls like 1/width (widths 32-512, seeds 1-3)", async () => {
    // The defaults (64-1024) give the same shifts in 3× the time; 32-512 still spans the 16× the tolerances assume.
    const report = await runExperiment(exp, params.parse({ widths: [32, 128, 512] }), [1, 2, 3]);
    expect(verdicts(report, ["spOptimumShift", "mupOptimumShift"])).toEqual({
      spOptimumShift: "reproduced",
      mupOptimumShift: "reproduced",
    });
    console.info("seed 1 optimal η:", report.series.spOptimalLr, report.series.mupOptimalLr);
    // Loss at μP's transferred η does not get worse with width.
    const mupLoss = report.series.mupBestLoss.y;
    expect(mupLoss[mupLoss.length - 1]).toBeLessThanOrEqual(mupLoss[0]);
  }, LONG);

  it("counts a diverged learning rate as infinite loss", () => {
    expect(argminLoss([NaN, 0.5, Infinity, 0.2, 0.3])).toEqual({ index: 3, loss: 0.2 });
    expect(argminLoss([0.1, NaN])).toEqual({ index: 0, loss: 0.1 });
    expect(argminLoss([NaN, -Infinity])).toEqual({ index: 0, loss: Infinity });
  });
});

describe("mup-transfer run contract", () => {
  const small = params.parse({ widths: [16, 32], steps: 5, learningRates: 3 });

  it("is a pure function of (params, seed), with one step per width, parametrisation and sweep step", async () => {
    const a = await expectPureFunctionOfSeed(exp, small, 2, (s) => s.observables.spSlopeF);
    expect(Number.isFinite(a.observables.spSlopeF)).toBe(true);
    // 2 widths × 2 parametrisations × (1 coordinate-check step + 5 sweep steps).
    expect(a.totalSteps).toBe(24);
  }, LONG);

  // Step 6 is inside the first sweep, which then holds a network.
  it("advances at most the requested number of steps and leaks no tensors", () => expectBoundedStepsWithoutLeaks(exp, small, 6), LONG);

  it("rejects parameters outside the compute caps", () => {
    const bad = [{ widths: [8, 64] }, { widths: [64] }, { widths: [64, 4096] }, { learningRates: 13 }, { steps: 0 }, { trainPoints: 4096 }];
    for (const b of bad) expect(parseParams(exp, b).ok, JSON.stringify(b)).toBe(false);
    expect(parseParams(exp, {}).ok).toBe(true);
  });

  it("sweeps η = 0.4·2^(−j) and estimates cost from every width, parametrisation and learning rate", () => {
    expect(learningRateGrid(params.parse({}))).toEqual([0.4, 0.2, 0.1, 0.05, 0.025, 0.0125, 0.00625, 0.003125]);
    const base = mupTransfer.cost(params.parse({}));
    expect(base.steps).toBe(2 * 3 * 301);
    expect(mupTransfer.cost(params.parse({ learningRates: 4 })).flops).toBeLessThan(base.flops / 1.9);
  });
});
