// The worker's side of a check: claim it, run it, store its one outcome, tell the author.
// Used by `npm run worker` and the launcher under tsx too (see scripts/server-only-off.mjs).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client.server";
import type { ChildPool } from "@/lib/checks/child-pool.server";
import { runCheck, type CheckOutcome, type CheckProgress } from "@/lib/checks/run-check.server";
import { positiveSetting } from "@/lib/env.server";
import { CHECK_RETRY, QUEUES, jobs, transactionDb, wakeLocalCheckPollers } from "@/lib/jobs/boss.server";
import { forgetLiveDocuments } from "@/lib/build/live-document-cache";
import { recordEvent } from "@/lib/notifications/events.server";
import { experimentById, type NormalizedSpec } from "./spec";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Extra time a job may stay active beyond its seeds' wall-clock limits before pg-boss retries it. */
const EXPIRY_MARGIN_SECONDS = 60;

/** JSON has no NaN: what could not be measured is stored as null. */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v))) as Prisma.InputJsonValue;
}

/**
 * Sends the check's job in the caller's transaction (nothing is enqueued unless the check row is
 * stored). The job expires, and is retried, only after every seed could have used its full time.
 */
export async function enqueueCheck(tx: Tx, checkId: string, seedCount: number): Promise<void> {
  const boss = await jobs();
  const expireInSeconds = seedCount * positiveSetting("LMH_CHECK_SEED_SECONDS", 120) + positiveSetting("LMH_CHECK_EXPIRY_MARGIN_SECONDS", EXPIRY_MARGIN_SECONDS);
  const jobId = await boss.send(QUEUES.check, { checkId }, { ...CHECK_RETRY, expireInSeconds, db: transactionDb(tx) });
  await tx.check.update({ where: { id: checkId }, data: { jobId } });
}

/** How many checks wait before this one (0: it is next). */
export async function queuePosition(checkId: string): Promise<number | null> {
  const check = await db().check.findUnique({ where: { id: checkId }, select: { status: true, queuedAt: true } });
  if (!check || check.status !== "QUEUED") return null;
  return db().check.count({ where: { status: "QUEUED", queuedAt: { lt: check.queuedAt } } });
}

/** Progress is written at most this often, so a fast run does not flood the one connection. */
const PROGRESS_EVERY_MS = 500;

/**
 * Runs one delivery of a check job. At-least-once delivery means this may run twice for one
 * check (a worker killed mid-run, an expired job); the outcome is written only while the check
 * is not yet done, so exactly one outcome is ever stored, and the notification (recorded in the
 * same transaction, deduplicated by check id) goes out once. `seeds`: a worker's pool of seed
 * children (run-check's seedPool); without it each seed's child starts when the seed does.
 */
export async function processCheck(checkId: string, seeds?: ChildPool): Promise<"stored" | "already-done" | "missing"> {
  const claimed = await db().check.updateMany({
    where: { id: checkId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "RUNNING", startedAt: new Date(), attempts: { increment: 1 }, progress: Prisma.DbNull },
  });
  if (claimed.count === 0) return (await db().check.findUnique({ where: { id: checkId }, select: { id: true } })) ? "already-done" : "missing";
  const check = await db().check.findUniqueOrThrow({ where: { id: checkId }, include: { result: { select: { id: true, title: true, authorId: true, problemIds: true } } } });
  const exp = experimentById(check.experimentId);
  let outcome: CheckOutcome | { failure: string };
  if (!exp) outcome = { failure: `could not be checked: the server no longer runs ${check.experimentId}` };
  else {
    let last = 0;
    let pending: Promise<unknown> = Promise.resolve();
    const onProgress = (p: CheckProgress) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS && p.step !== p.totalSteps) return;
      last = now;
      pending = pending.then(() => db().check.updateMany({ where: { id: checkId, status: "RUNNING" }, data: { progress: toJson(p) } })).catch(() => {});
    };
    outcome = await runCheck(exp, check.spec as unknown as NormalizedSpec, onProgress, seeds);
    await pending;
  }
  return storeOutcome(checkId, check.result, outcome);
}

async function storeOutcome(
  checkId: string,
  result: { id: string; title: string; authorId: string | null; problemIds: string[] },
  outcome: CheckOutcome | { failure: string },
): Promise<"stored" | "already-done"> {
  const done = "verdict" in outcome;
  const stored = await db().$transaction(async (tx) => {
    const written = await tx.check.updateMany({
      where: { id: checkId, status: { in: ["QUEUED", "RUNNING"] } },
      data: {
        status: "DONE",
        finishedAt: new Date(),
        progress: Prisma.DbNull,
        verdict: done ? outcome.verdict : "inconclusive",
        claims: done ? toJson(outcome.claims) : undefined,
        observables: done ? toJson(outcome.observables) : undefined,
        curves: done ? toJson(outcome.curves) : undefined,
        failure: outcome.failure,
        runtimeMs: done ? outcome.runtimeMs : null,
        environment: done ? toJson(outcome.environment) : undefined,
      },
    });
    if (written.count === 0) return "already-done" as const;
    const url = `/results/${result.id}`;
    await recordEvent(tx, {
      kind: "result.checked",
      actorId: null,
      subject: { type: "result", id: result.id },
      url,
      title: result.title,
      recipients: result.authorId ? [result.authorId] : [],
      dedupeKey: `result.checked:${checkId}`,
    });
    for (const problemId of result.problemIds) {
      await recordEvent(tx, { kind: "problem.result", actorId: null, subject: { type: "problem", id: problemId }, url, title: result.title, dedupeKey: `problem.result:${checkId}:${problemId}` });
    }
    return "stored" as const;
  });
  // The verdict shows on the results index, the result's page and its problems' pages, which
  // signed-out readers may have cached (a worker in the site's own process shares that cache).
  if (stored === "stored") forgetLiveDocuments();
  return stored;
}

/** A job that exhausted its retries: the check is dead until a moderator re-queues it. */
export async function markCheckDead(checkId: string, reason: string): Promise<void> {
  await db().check.updateMany({ where: { id: checkId, status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", failure: reason, finishedAt: new Date() } });
}

/** Puts a dead check back on the queue (a moderator's action); false unless it was dead. */
export async function requeueCheck(checkId: string): Promise<boolean> {
  const requeued = await db().$transaction(async (tx) => {
    const check = await tx.check.findUnique({ where: { id: checkId }, select: { status: true, spec: true } });
    if (!check || check.status !== "FAILED") return false;
    const moved = await tx.check.updateMany({ where: { id: checkId, status: "FAILED" }, data: { status: "QUEUED", failure: null, finishedAt: null, queuedAt: new Date() } });
    if (moved.count === 0) return false;
    await enqueueCheck(tx, checkId, (check.spec as unknown as NormalizedSpec).seeds.length);
    return true;
  });
  if (requeued) await wakeLocalCheckPollers();
  return requeued;
}
