// Containment of one unit of check work: a heap bomb, a huge typed array, a hang and a crash each
// end as a failure value within the limits, and the parent is unharmed.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runContained } from "@/lib/checks/contain.server";

const bomb = path.resolve("tests/fixtures/checks/bomb.ts");
const limits = { memoryMb: 2048, heapMb: 256, wallSeconds: 20 };

describe("runContained", () => {
  it("returns the child's result", async () => {
    expect(await runContained(bomb, { mode: "ok" }, limits)).toEqual({ ok: true, value: "fine" });
  });

  it("a heap bomb runs out of memory under the heap cap", async () => {
    const started = Date.now();
    expect(await runContained(bomb, { mode: "heap" }, limits)).toMatchObject({ ok: false, failure: "out-of-memory" });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("a huge typed array is refused by the memory limit (the heap cap alone does not bound it)", async () => {
    expect(await runContained(bomb, { mode: "typed-array" }, limits)).toMatchObject({ ok: false, failure: "out-of-memory", message: "ran out of memory (limit 2048 MiB)" });
    // The same 4 GiB array under a larger limit: only the memory limit stopped it (pages never touched, so nothing resident).
    expect(await runContained(bomb, { mode: "typed-array" }, { ...limits, memoryMb: 16384 })).toEqual({ ok: true, value: 512 * 1024 * 1024 });
  });

  it("a hang is killed at the wall-clock limit", async () => {
    const started = Date.now();
    expect(await runContained(bomb, { mode: "hang" }, { ...limits, wallSeconds: 3 })).toEqual({ ok: false, failure: "timed-out", message: "timed out after 3 s" });
    expect(Date.now() - started).toBeLessThan(6_000);
  });

  it("a crash is reported with its last line", async () => {
    const out = await runContained(bomb, { mode: "crash" }, limits);
    expect(out).toMatchObject({ ok: false, failure: "crashed" });
    expect(!out.ok && out.message).toMatch(/^crashed \(exit code 1\): .*the simulation diverged/);
  });
});
