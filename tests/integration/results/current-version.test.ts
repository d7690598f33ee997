// "When an experiment gains a new version, old results stay as they were checked, and anyone can
// ask for a re-check on the current version, shown side by side." Every registry experiment is at
// its first version today, so a result is made to look pinned to an older one (@0) the way a
// result submitted before a version bump would be stored; the re-check then runs the current one.
// Also: a check enqueued where a worker runs wakes it (no wait for its next poll).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jobs, localCheckPollers, stopJobs } from "@/lib/jobs/boss.server";
import { cachedLiveDocument, startLiveDocumentCache, storeLiveDocument } from "@/lib/build/live-document-cache";
import { startCheckWorkers } from "@/lib/jobs/check-worker.server";
import { getResult } from "@/lib/results/read.server";
import { submitResult } from "@/lib/results/submit.server";
import { submissionSchema } from "@/lib/results/submission-schema";
import { POST as recheck } from "@/app/api/results/[id]/recheck/route";
import { createMember } from "../../support/members";
import { call, sessionCookie } from "../../support/http";

let author: Awaited<ReturnType<typeof createMember>>;
let reader: Awaited<ReturnType<typeof createMember>> & { cookie: string };
let stopWorkers: () => Promise<void>;

beforeAll(async () => {
  author = await createMember("pinned");
  const member = await createMember("rechecker");
  reader = { ...member, cookie: await sessionCookie(member.id) };
  stopWorkers = await startCheckWorkers(1);
});
afterAll(async () => {
  await stopWorkers();
  await stopJobs();
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const finished = (status: string | undefined) => status === "DONE" || status === "FAILED";

// A seed no other test or earlier run uses: an identical spec would reuse a stored check.
const freshSeed = () => 100_000 + Math.floor(Math.random() * 1_000_000_000);

async function checkedResult() {
  const input = submissionSchema.parse({
    title: "Mode 1 on time",
    spec: { experiment: "deep-linear-modes@1", params: { steps: 1200 }, seeds: [freshSeed()], claims: [{ kind: "agrees-with-theory", observable: "tHalf1" }] },
  });
  const submitted = await submitResult({ id: author.id, role: "MEMBER" }, input);
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  return until(() => getResult(submitted.value.id), (r) => finished(r?.latest?.status));
}

describe("re-checking an old result on the experiment's current version", () => {
  it("any member can ask; the new check runs the current version beside the pinned one, which stays as it was", async () => {
    const original = (await checkedResult())!;
    const pinnedCheck = original.latest!;
    // As if submitted before deep-linear-modes reached version 1.
    await db().result.update({ where: { id: original.id }, data: { experimentId: "deep-linear-modes@0", spec: { ...original.spec, experiment: "deep-linear-modes@0" } as unknown as Prisma.InputJsonObject } });

    const asked = await call(recheck, { cookie: reader.cookie, params: { id: original.id } });
    expect(asked.status).toBe(202);
    const after = (await until(
      () => getResult(original.id),
      (r) => finished(r?.checks.find((c) => c.kind === "CURRENT_VERSION")?.status),
    ))!;
    const current = after.checks.find((c) => c.kind === "CURRENT_VERSION")!;
    expect(current).toMatchObject({ status: "DONE", experimentId: "deep-linear-modes@1", requestedBy: { name: reader.name } });
    expect(current.claims[0]).toMatchObject({ statement: "tHalf1 agrees with theory", verdict: "reproduced" });
    expect(current.environment).toMatchObject({ experiment: "deep-linear-modes@1" });
    // The headline is still the pinned check, untouched.
    expect(after.latest).toMatchObject({ id: pinnedCheck.id, verdict: pinnedCheck.verdict, status: "DONE" });
    expect(after.experimentId).toBe("deep-linear-modes@0");
  });

  it("refuses a re-check when the pinned version is the current one (409), an unknown result (404), a signed-out caller (401)", async () => {
    const r = (await checkedResult())!;
    const before = await db().check.count({ where: { resultId: r.id } });
    const same = await call(recheck, { cookie: reader.cookie, params: { id: r.id } });
    expect(same.status).toBe(409);
    expect(same.body.fieldErrors.experiment[0]).toMatch(/already the current version/);
    expect((await call(recheck, { cookie: reader.cookie, params: { id: "cnosuchresult0000000000000" } })).status).toBe(404);
    expect((await call(recheck, { params: { id: r.id } })).status).toBe(401);
    expect(await db().check.count({ where: { resultId: r.id } })).toBe(before);
  });
});

describe("checks enqueued in the process that runs a worker (npm start)", () => {
  it("wake that worker at once rather than waiting for its next poll; its verdict empties the page cache; stopping forgets it", async () => {
    expect(localCheckPollers().size).toBe(1);
    const [poller] = localCheckPollers();
    const notify = vi.spyOn(await jobs(), "notifyWorker");
    startLiveDocumentCache(600);
    try {
      storeLiveDocument("/results", Buffer.from("<p>before the verdict</p>"), []);
      const r = await checkedResult();
      expect(r?.latest?.status).toBe("DONE");
      expect(notify).toHaveBeenCalledWith(poller);
      expect(cachedLiveDocument("/results")).toBeUndefined();
    } finally {
      notify.mockRestore();
      startLiveDocumentCache(0);
    }
    const extra = await startCheckWorkers(1);
    expect(localCheckPollers().size).toBe(2);
    await extra();
    expect([...localCheckPollers()]).toEqual([poller]);
  });
});
