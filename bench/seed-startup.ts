// Where a check seed's time goes, in cold contained children one after another (no spare booted
// ahead): spawn → modules loaded → tfjs backend ready (the child's "ready") → input sent → last
// step → result and exit, and the CPU a child uses in all (Linux: this process's reaped children,
// from /proc). deep-linear-modes at default parameters, the check workers' limits.
// Run: npx tsx bench/seed-startup.ts [runs]
import "../scripts/server-only-hook.mjs";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { quantile } from "@/lib/experiments/core/stats";
import { machine } from "./support";

const RUNS = Number(process.argv[2] ?? 10);
const { childBundle } = await import("@/lib/checks/child-bundle.server");
const { ContainedChild } = await import("@/lib/checks/contain.server");
const { checkLimits } = await import("@/lib/checks/run-check.server");
const { deepLinearModes } = await import("@/lib/experiments/deep-linear-modes");

const bundleStarted = performance.now();
const bundle = await childBundle(path.resolve("lib/checks/seed-child.ts"));
const bundleMs = performance.now() - bundleStarted;
const params = deepLinearModes.params.parse({});
/** CPU ms of this process's waited-for children (cutime + cstime, in clock ticks of 10 ms). */
const childrenCpuMs = () => {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10;
};
const cpuBefore = childrenCpuMs();
const rows: Record<string, number[]> = { modules: [], backend: [], ready: [], compute: [], exit: [], total: [] };

for (let i = 0; i < RUNS; i++) {
  const spawned = performance.now();
  const child = new ContainedChild(bundle, checkLimits());
  while (!child.startup) await new Promise((r) => setTimeout(r, 1));
  const sent = performance.now();
  let lastStep = sent;
  const out = await child.run({ experiment: deepLinearModes.id, params, seed: 100 + i, chunks: 20 }, (m) => {
    if (m.step === m.totalSteps) lastStep = performance.now();
  });
  if (!out.ok) throw new Error(out.message);
  const ended = performance.now();
  // The child's own times count from its process start, a few ms after the spawn.
  rows.modules.push(Number(child.startup.modulesMs));
  rows.backend.push(Number(child.startup.backendMs) - Number(child.startup.modulesMs));
  rows.ready.push(sent - spawned);
  rows.compute.push(lastStep - sent);
  rows.exit.push(ended - lastStep);
  rows.total.push(ended - spawned);
}

const cpuPerChild = (childrenCpuMs() - cpuBefore) / RUNS;
const label: Record<string, string> = {
  modules: "process start → modules loaded (Node, the bundle, tfjs from node_modules)",
  backend: "→ wasm backend ready",
  ready: "spawn → ready, as the parent sees it",
  compute: "input sent → last step (compute)",
  exit: "last step → result read, child exited",
  total: "spawn → exited",
};
const ms = (xs: number[], q: number) => quantile(xs, q).toFixed(0);
console.log(
  [
    `Seed start-up, ${RUNS} cold children (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}, ${machine()}; bundle check/build ${bundleMs.toFixed(0)} ms)`,
    "",
    "| deep-linear-modes defaults, one seed | p50 ms | max ms |",
    "|---|---|---|",
    ...Object.entries(rows).map(([k, xs]) => `| ${label[k]} | ${ms(xs, 0.5)} | ${ms(xs, 1)} |`),
    `| CPU of one child in all (user + system, mean) | ${cpuPerChild.toFixed(0)} | |`,
  ].join("\n"),
);
