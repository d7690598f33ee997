// `npm run worker` processes killed mid-check (SIGKILL, with their seed processes) 20 times in a
// loop: pg-boss hands each killed job back after it expires, and every check still ends with
// exactly one stored outcome. Separate worker processes need PostgreSQL (the embedded database has
// one opener, the site's process), so this runs in the PostgreSQL pass.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { stopJobs } from "@/lib/jobs/boss.server";
import { submitResult } from "@/lib/results/submit.server";
import { submissionSchema } from "@/lib/results/submission-schema";
import { createMember } from "../../support/members";

const root = path.resolve(import.meta.dirname, "../../..");
const KILLS = 20;
const CHECKS = 12;
const workerEnv = { LMH_JOBS_MAINTENANCE_SECONDS: "1", LMH_CHECK_SEED_SECONDS: "8" };
const live = new Set<ChildProcess>();

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, ...workerEnv },
    detached: true, // its own process group: killing the group takes its seed processes too
    stdio: "ignore",
  });
  live.add(child);
  child.on("exit", () => live.delete(child));
  return child;
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGKILL");
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterAll(async () => {
  for (const child of live) await kill(child);
  await stopJobs();
});

describe.runIf(!inject("embedded"))("check workers killed mid-check", () => {
  it(`${KILLS} kills in a loop: every check ends with exactly one outcome`, { timeout: 600_000 }, async () => {
    const member = await createMember("killer");
    // Jobs expire (and come back) 1 s after their one seed's 8 s limit.
    process.env.LMH_CHECK_SEED_SECONDS = workerEnv.LMH_CHECK_SEED_SECONDS;
    process.env.LMH_CHECK_EXPIRY_MARGIN_SECONDS = "1";
    const ids: string[] = [];
    try {
      for (let i = 0; i < CHECKS; i++) {
        const r = await submitResult(
          { id: member.id, role: "MEMBER" },
          submissionSchema.parse({ title: `Killed ${i}`, spec: { experiment: "deep-linear-modes@1", params: { steps: 1500 }, seeds: [1000 + i], claims: [{ kind: "agrees-with-theory", observable: "tHalf1" }] } }),
        );
        if (!r.ok) throw new Error(JSON.stringify(r));
        ids.push(r.value.checkId!);
      }
    } finally {
      delete process.env.LMH_CHECK_SEED_SECONDS;
      delete process.env.LMH_CHECK_EXPIRY_MARGIN_SECONDS;
    }

    let kills = 0;
    while (kills < KILLS) {
      const worker = startWorker();
      // Wait until it is inside a check (a seed process reporting steps), then kill it there.
      const deadline = Date.now() + 60_000;
      let midCheck = false;
      while (!midCheck && Date.now() < deadline) {
        await sleep(100);
        const running = await db().check.findMany({ where: { id: { in: ids }, status: "RUNNING" }, select: { progress: true } });
        midCheck = running.some((c) => Number((c.progress as { step?: number } | null)?.step) > 0);
      }
      expect(midCheck, "a worker got into a check").toBe(true);
      await kill(worker);
      kills++;
    }

    const finisher = startWorker();
    const deadline = Date.now() + 300_000;
    let checks = await db().check.findMany({ where: { id: { in: ids } } });
    while (checks.some((c) => c.status !== "DONE") && Date.now() < deadline) {
      await sleep(1000);
      checks = await db().check.findMany({ where: { id: { in: ids } } });
    }
    await kill(finisher);
    for (const c of checks) {
      expect(c.status, c.id).toBe("DONE");
      expect(c.verdict, c.id).toBe("reproduced");
    }
    // Some checks were interrupted and run again; each still has one outcome and one event.
    expect(checks.some((c) => c.attempts > 1)).toBe(true);
    for (const c of checks) expect(await db().event.count({ where: { dedupeKey: `result.checked:${c.id}` } })).toBe(1);
    const completed = await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'result-check' AND state = 'completed' AND data->>'checkId' = ANY($1)`,
      ids,
    );
    expect(completed[0].n).toBe(CHECKS);
  });
});
