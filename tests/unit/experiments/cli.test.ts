import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deepLinearModes } from "@/lib/experiments/deep-linear-modes";
import { experiments } from "@/lib/experiments/registry";

const root = path.resolve(import.meta.dirname, "../../..");

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/experiment.ts", ...args], {
      cwd: root,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// Each case spawns tsx, which loads tfjs: seconds each on a busy machine.
describe("experiment CLI", { timeout: 60_000 }, () => {
  it("--list prints one line per registered experiment", async () => {
    const { code, stdout } = await cli("--list");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(experiments.length);
    for (const e of experiments) expect(lines.some((l) => l.startsWith(`${e.id} `))).toBe(true);
  });

  it("--json prints exactly one parseable document with per-seed and reduced values", async () => {
    const { code, stdout } = await cli("deep-linear-modes", "--param", "steps=1200", "--seeds", "3,4", "--json");
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.id).toBe("deep-linear-modes@1");
    expect(doc.version).toBe(1);
    expect(doc.seeds).toEqual([3, 4]);
    expect(doc.params.steps).toBe(1200);
    expect(doc.params.learningRate).toBe(0.005);
    const t1 = doc.observables.find((o: { key: string }) => o.key === "tHalf1");
    expect(t1.perSeed).toHaveLength(2);
    // The theory's value for these parameters, and a measurement within the experiment's tolerance of it.
    expect(t1.predicted).toBe(deepLinearModes.theory(doc.params).observables.tHalf1);
    expect(t1.tolerance).toEqual({ kind: "relative", rel: 0.03 });
    expect(Math.abs(t1.measured / t1.predicted - 1)).toBeLessThanOrEqual(t1.tolerance.rel);
    expect(t1.verdict).toBe("reproduced");
    // Mode 6 needs t ≈ 25 but the run stops at t = 6: unmeasurable, written as null.
    const t6 = doc.observables.find((o: { key: string }) => o.key === "tHalf6");
    expect(t6.measured).toBeNull();
    expect(t6.verdict).toBe("inconclusive");
  });

  it("prints a table with theory, tolerance and verdict per observable", async () => {
    const { code, stdout } = await cli("deep-linear-modes@1", "--param", "steps=1200", "--seeds", "1");
    expect(code).toBe(0);
    expect(stdout).toMatch(/observable\s+role\s+measured\s+per seed\s+theory\s+tolerance\s+verdict/);
    const row = stdout.match(/^tHalf1\s+prediction\s+(\S+)\s+(\S+)\s+(\S+)\s+±3%\s+reproduced$/m);
    expect(row, stdout).not.toBeNull();
    const [measured, perSeed, theory] = row!.slice(1).map(Number);
    const predicted = deepLinearModes.theory(deepLinearModes.params.parse({ steps: 1200 })).observables.tHalf1;
    // Printed to 4 significant digits: within half a unit of the 4th.
    expect(Math.abs(theory / predicted - 1)).toBeLessThanOrEqual(5e-4);
    expect(perSeed).toBe(measured);
    expect(Math.abs(measured / predicted - 1)).toBeLessThanOrEqual(0.03);
  });

  it("an unmet precondition makes the prediction inconclusive, with the reason, never not reproduced", async () => {
    // At η = 0.3 seed 1 starts at 1.4·(2/η): there is no progressive sharpening to observe.
    const { code, stdout } = await cli("edge-of-stability", "--param", "learningRate=0.3", "--param", "steps=200", "--seeds", "1");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^initialRatio\s+precondition\s+\S+.*not-met$/m);
    expect(stdout).toMatch(/^sharpnessRatio\s+prediction\s+.*inconclusive$/m);
    expect(stdout).toMatch(/^sharpnessRatio: inconclusive: precondition "Initial sharpness \/ \(2\/η\)" not met: measured 1\.\d+, needs in \[0, 0\.8\]$/m);
    expect(stdout).toMatch(/^verdict inconclusive$/m);
    expect(stdout).not.toMatch(/not-reproduced/);
  });

  it.each([
    [["nope"], /unknown experiment "nope"/],
    [["deep-linear-modes", "--param", "learningRate=5"], /learningRate must be a number between 0\.0005 and 0\.02 \(got 5\)/],
    [["deep-linear-modes", "--param", "speed=1"], /unknown parameter speed \(allowed: init,/],
    [["deep-linear-modes", "--param", "init=orthogonal"], /init must be one of "decoupled", "random"/],
    [["deep-linear-modes", "--seeds", "1,x"], /--seeds must be a comma-separated list of non-negative integers/],
    [["deep-linear-modes", "--frobnicate"], /unknown option --frobnicate/],
    [[], /usage:/],
  ])("rejects bad input %j with one line on stderr", async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
