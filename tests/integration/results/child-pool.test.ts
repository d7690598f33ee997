// Contained children booted ahead of their work (lib/checks/child-pool.server.ts): a spare runs the
// next unit and is replaced; one that died while waiting, or was started from a bundle that a
// source change made old, is replaced and the unit still runs; the wall clock starts at the input,
// boot has its own limit; a stopped pool leaves no process behind.
import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ChildPool } from "@/lib/checks/child-pool.server";
import { runContained } from "@/lib/checks/contain.server";

const bomb = path.resolve("tests/fixtures/checks/bomb.ts");
const limits = { memoryMb: 2048, heapMb: 256, wallSeconds: 20 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** This test process's contained children (sh, which execs node), not ps itself or esbuild's service. */
const children = () =>
  execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(process.pid)], { encoding: "utf8" })
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter(([, comm]) => comm === "sh" || comm === "node");

let pool: ChildPool | undefined;
afterEach(async () => {
  await pool?.stop();
  pool = undefined;
});

async function waitGone(pid: number) {
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(50);
  expect(alive(pid)).toBe(false);
}

describe("ChildPool", () => {
  it("runs a unit in the spare booted ahead, which exits, and boots a new spare", async () => {
    pool = new ChildPool(bomb, 1);
    await pool.start(limits);
    const [spare] = pool.sparePids;
    expect(spare).toBeGreaterThan(0);
    expect(await pool.run({ mode: "pid" }, limits)).toEqual({ ok: true, value: spare });
    await waitGone(spare);
    const [next] = pool.sparePids;
    expect(next).not.toBe(spare);
    expect(await pool.run({ mode: "pid" }, limits)).toEqual({ ok: true, value: next });
  });

  it("a spare that died while waiting is replaced and the unit still runs", async () => {
    pool = new ChildPool(bomb, 1);
    await pool.start(limits);
    const [spare] = pool.sparePids;
    process.kill(spare, "SIGKILL");
    await waitGone(spare);
    await sleep(100); // its exit is noticed
    const out = await pool.run<number>({ mode: "pid" }, limits);
    expect(out.ok && out.value).toBeGreaterThan(0);
    expect(out.ok && out.value).not.toBe(spare);
  });

  it("a spare started before a source changed is not used: the unit runs the new code", async () => {
    // Under the project (so the bundle resolves like the real children) but outside tracked files.
    const dir = path.resolve("node_modules/.cache/lmh-test");
    const script = path.join(dir, "changing-child.ts");
    const channel = JSON.stringify(path.resolve("lib/checks/child-channel.ts"));
    const write = (word: string) => writeFile(script, `import { childChannel } from ${channel};\nconst { send } = await childChannel();\nsend({ type: "result", value: "${word}" });\n`);
    await mkdir(dir, { recursive: true });
    try {
      await write("first");
      pool = new ChildPool(script, 1);
      await pool.start(limits);
      const [spare] = pool.sparePids;
      await write("second");
      expect(await pool.run({}, limits)).toEqual({ ok: true, value: "second" });
      await waitGone(spare);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a spare booted under other limits is not used", async () => {
    pool = new ChildPool(bomb, 1);
    await pool.start(limits);
    const [spare] = pool.sparePids;
    const out = await pool.run<number>({ mode: "pid" }, { ...limits, memoryMb: 1024 });
    expect(out.ok && out.value).not.toBe(spare);
    await waitGone(spare);
  });

  it("the wall clock starts at the input: a spare that waited longer than the limit still runs", async () => {
    pool = new ChildPool(bomb, 1);
    const short = { ...limits, wallSeconds: 1 };
    await pool.start(short);
    await sleep(1500);
    expect(await pool.run({ mode: "ok" }, short)).toEqual({ ok: true, value: "fine" });
    expect(await pool.run({ mode: "hang" }, short)).toEqual({ ok: false, failure: "timed-out", message: "timed out after 1 s" });
  });

  it("a stopped pool leaves no child processes, and a run after the stop still gets a child of its own", async () => {
    pool = new ChildPool(bomb, 2);
    await pool.start(limits);
    const spares = pool.sparePids;
    expect(spares).toHaveLength(2);
    const running = pool.run({ mode: "hang" }, { ...limits, wallSeconds: 2 });
    await pool.stop();
    for (const pid of spares) expect(alive(pid)).toBe(false);
    expect(pool.sparePids).toEqual([]);
    expect(await running).toMatchObject({ ok: false, failure: "timed-out" });
    expect(await pool.run({ mode: "ok" }, limits)).toEqual({ ok: true, value: "fine" });
    expect(pool.sparePids).toEqual([]);
    for (let i = 0; i < 40 && children().length > 0; i++) await sleep(50);
    expect(children()).toEqual([]);
  });
});

describe("runContained start-up", () => {
  it("a child that is not ready within its boot limit is a timeout verdict", async () => {
    expect(await runContained(bomb, { mode: "ok" }, { ...limits, bootSeconds: 0.001 })).toEqual({ ok: false, failure: "timed-out", message: "did not start within 0.001 s" });
  });
});
