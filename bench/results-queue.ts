// Results queue benchmarks, on PostgreSQL (DATABASE_URL, required: worker processes share the
// queue through it; the database must be migrated):
// 1. queue overhead per job with an idle worker: enqueue → handler start, and finish → verdict
//    visible (outcome stored and read back), p50/p99 over tiny checks;
// 2. checks per minute with 1 and 2 `npm run worker` processes for a default-sized experiment,
//    against the pure compute ceiling (the same runs in-process, one after another).
// Run: DATABASE_URL=postgres://… npx tsx bench/results-queue.ts [checks]
import "../scripts/server-only-hook.mjs";
import { cpus } from "node:os";
import { quantile } from "@/lib/experiments/core/stats";
import { machine, startProcess, stopProcess } from "./support";

const CHECKS = Number(process.argv[2] ?? 6);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const { closeDb, db } = await import("@/lib/db/client.server");
const { jobs, stopJobs } = await import("@/lib/jobs/boss.server");
const { submitResult } = await import("@/lib/results/submit.server");
const { submissionSchema } = await import("@/lib/results/submission-schema");
const { getResult } = await import("@/lib/results/read.server");
const { startCheckWorkers } = await import("@/lib/jobs/check-worker.server");
const { selectServerBackend } = await import("@/lib/experiments/core/tf-backend.node.js");
const { runToCompletion } = await import("@/lib/experiments/runner");
const { deepLinearModes } = await import("@/lib/experiments/deep-linear-modes");

if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a migrated PostgreSQL database.");
await jobs();
const author = await db().user.create({ data: { name: "Bench", handle: `bench-${Date.now().toString(36)}`, role: "MEMBER" } });
let seedBase = Date.now() % 1_000_000;

async function submit(steps: number, seeds: number): Promise<string> {
  const r = await submitResult(
    { id: author.id, role: "MEMBER" },
    submissionSchema.parse({ title: "bench", spec: { experiment: "deep-linear-modes@1", params: { steps }, seeds: Array.from({ length: seeds }, () => seedBase++), claims: [{ kind: "agrees-with-theory", observable: "tHalf1" }] } }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value.id;
}

async function waitDone(ids: string[], timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await db().check.count({ where: { result: { id: { in: ids } }, status: { not: "DONE" } } });
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error("checks did not finish");
    await sleep(50);
  }
}

const worker = () => startProcess("npx", ["tsx", "scripts/worker.ts"], process.cwd(), { DATABASE_URL: process.env.DATABASE_URL!, WORKERS: "1" });

// 1. Overhead, one check at a time with an idle worker: in another process (`npm run worker`,
// found by polling), then in this one (as `npm start` runs it: the submission wakes it).
async function overhead() {
  const toStart: number[] = [];
  const toVisible: number[] = [];
  for (let i = 0; i < 20; i++) {
    const sent = Date.now();
    const id = await submit(100, 1);
    let r = await getResult(id);
    while (!r?.latest?.startedAt) {
      await sleep(5);
      r = await getResult(id);
    }
    toStart.push(r.latest.startedAt.getTime() - sent);
    while (r?.latest?.status !== "DONE") {
      await sleep(5);
      r = await getResult(id);
    }
    // The stored outcome's finish time to the moment a reader sees it.
    toVisible.push(Date.now() - r.latest.finishedAt!.getTime());
  }
  return { toStart, toVisible };
}
const w = worker();
await sleep(8000); // the worker is up and polling
const separate = await overhead();
await stopProcess(w);
const stopLocal = await startCheckWorkers(1);
await sleep(2000);
const inProcess = await overhead();
await stopLocal();
const ms = (xs: number[], q: number) => quantile(xs, q).toFixed(0);

// 2. Throughput for a default-sized run (deep-linear-modes defaults, one seed per check).
await selectServerBackend();
const params = deepLinearModes.params.parse({});
const t0 = performance.now();
for (let i = 0; i < CHECKS; i++) await runToCompletion(deepLinearModes, params, 100 + i);
const ceiling = (CHECKS / (performance.now() - t0)) * 60_000;
const throughput: Record<number, number> = {};
for (const n of [1, 2]) {
  const workers = Array.from({ length: n }, worker);
  await sleep(8000);
  const start = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < CHECKS; i++) ids.push(await submit(params.steps, 1));
  await waitDone(ids);
  throughput[n] = (CHECKS / (Date.now() - start)) * 60_000;
  for (const x of workers) await stopProcess(x);
}

console.log(
  [
    `Results queue on PostgreSQL 15 (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores shared with other work, ${machine()})`,
    "",
    "| queue overhead per job (20 tiny checks, idle worker) | p50 ms | p99 ms |",
    "|---|---|---|",
    `| enqueue → handler start, worker in another process (polls every 1 s) | ${ms(separate.toStart, 0.5)} | ${ms(separate.toStart, 0.99)} |`,
    `| enqueue → handler start, worker in the submitting process (woken) | ${ms(inProcess.toStart, 0.5)} | ${ms(inProcess.toStart, 0.99)} |`,
    `| outcome stored → visible to a reader | ${ms([...separate.toVisible, ...inProcess.toVisible], 0.5)} | ${ms([...separate.toVisible, ...inProcess.toVisible], 0.99)} |`,
    "",
    `| deep-linear-modes defaults, 1 seed per check, ${CHECKS} checks | checks/min | of ceiling |`,
    "|---|---|---|",
    `| pure compute in-process (ceiling) | ${ceiling.toFixed(1)} | 100 % |`,
    ...[1, 2].map((n) => `| ${n} worker process${n > 1 ? "es" : ""} | ${throughput[n].toFixed(1)} | ${((throughput[n] / ceiling) * 100).toFixed(0)} % |`),
  ].join("\n"),
);
await stopJobs();
await closeDb();
process.exit(0);
