// Submitted results are checked by a real pg-boss worker, each seed in a contained child process,
// and stored with exactly one outcome. Tiny experiment sizes keep each check to seconds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { stopJobs } from "@/lib/jobs/boss.server";
import { startCheckWorkers } from "@/lib/jobs/check-worker.server";
import { processCheck } from "@/lib/results/checks.server";
import { getResult } from "@/lib/results/read.server";
import { submitResult } from "@/lib/results/submit.server";
import { submissionSchema } from "@/lib/results/submission-schema";
import { createMember } from "../../support/members";
import { call } from "../../support/http";
import { GET as badge } from "@/app/results/[id]/badge.svg/route";

let member: Awaited<ReturnType<typeof createMember>>;
let stopWorkers: () => Promise<void>;

beforeAll(async () => {
  member = await createMember("results");
  stopWorkers = await startCheckWorkers(1);
});
afterAll(async () => {
  await stopWorkers();
  await stopJobs();
});

const dlm = (claims: unknown[], seeds = [1], extra: Record<string, unknown> = {}) =>
  submissionSchema.parse({ title: "Mode 1 is learned on time", description: "Saxe et al. predict $t_{1/2}$.", spec: { experiment: "deep-linear-modes@1", params: { steps: 1200, ...extra }, seeds, claims } });

async function submit(input: ReturnType<typeof dlm>) {
  const r = await submitResult({ id: member.id, role: "MEMBER" }, input);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value;
}

async function settled(resultId: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await getResult(resultId);
    if (r?.latest && (r.latest.status === "DONE" || r.latest.status === "FAILED")) return r;
    if (Date.now() > deadline) throw new Error(`check of ${resultId} did not finish: ${JSON.stringify(r?.latest)}`);
    await new Promise((res) => setTimeout(res, 300));
  }
}

describe("result checks", () => {
  it("a true claim is reproduced, with per-seed values, curves with theory, environment and the cooked description", async () => {
    const s = await submit(dlm([{ kind: "agrees-with-theory", observable: "tHalf1" }], [2, 1]));
    const r = await settled(s.id);
    expect(r.spec.seeds).toEqual([1, 2]);
    expect(r.descriptionHtml).toContain("katex");
    const c = r.latest!;
    expect(c).toMatchObject({ status: "DONE", verdict: "reproduced", failure: null, attempts: 1 });
    expect(c.claims[0]).toMatchObject({ verdict: "reproduced", statement: "tHalf1 agrees with theory" });
    const t1 = c.observables.find((o) => o.key === "tHalf1")!;
    expect(t1.perSeed).toHaveLength(2);
    expect(t1.median).toBeCloseTo(t1.measured, 12);
    expect(t1.min).toBeLessThanOrEqual(t1.max);
    expect(c.curves.length).toBeGreaterThan(0);
    expect(c.curves.some((p) => p.theory.length > 0)).toBe(true);
    expect(c.curves[0].series[0].perSeed).toHaveLength(2);
    expect(c.environment).toMatchObject({ experiment: "deep-linear-modes@1", tfjs: "4.22.0", backend: "wasm", node: process.version });
    expect(c.runtimeMs).toBeGreaterThan(0);
    const svg = await call(badge, { method: "GET", params: { id: s.id } });
    expect(svg.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(svg.body).toContain(">reproduced</text>");
    // The author is told, once.
    const events = await db().event.findMany({ where: { dedupeKey: `result.checked:${c.id}` } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "result.checked", recipientIds: [member.id], url: `/results/${s.id}` });
  });

  it("a false claim is not reproduced, with the measured numbers", async () => {
    const s = await submit(dlm([{ kind: "less-than", observable: "tHalf1", value: 0.001 }]));
    const c = (await settled(s.id)).latest!;
    expect(c.verdict).toBe("not-reproduced");
    expect(c.claims[0].verdict).toBe("not-reproduced");
    expect(c.claims[0].measured).toBeGreaterThan(0.001);
    expect(c.claims[0].reason).toMatch(/^measured \d/);
  });

  it("an unmet precondition makes the claim inconclusive with the reason, never not reproduced", async () => {
    const s = await submit(
      submissionSchema.parse({ title: "EoS at a large step", spec: { experiment: "edge-of-stability@1", params: { learningRate: 0.3, steps: 200 }, seeds: [1], claims: [{ kind: "agrees-with-theory", observable: "sharpnessRatio" }, { kind: "less-than", observable: "sharpnessRatio", value: -1 }] } }),
    );
    const c = (await settled(s.id)).latest!;
    expect(c.verdict).toBe("inconclusive");
    for (const claim of c.claims) {
      expect(claim.verdict).toBe("inconclusive");
      expect(claim.reason).toMatch(/precondition "Initial sharpness \/ \(2\/η\)" not met: measured 1\.\d+, needs in \[0, 0\.8\]|not measurable/);
    }
  });

  it("a run over the wall-clock limit is a verdict: could not be checked, timed out", async () => {
    process.env.LMH_CHECK_SEED_SECONDS = "1";
    try {
      // The clock counts from the seed's input (its child is already started): the largest run the
      // schema allows computes for tens of seconds.
      const s = await submit(dlm([{ kind: "agrees-with-theory", observable: "tHalf1" }], [1], { steps: 50_000, hiddenWidth: 64, inputDim: 32, outputDim: 32 }));
      const c = (await settled(s.id)).latest!;
      expect(c).toMatchObject({ status: "DONE", verdict: "inconclusive", failure: "could not be checked: timed out after 1 s (seed 1)" });
      expect(c.claims[0]).toMatchObject({ verdict: "inconclusive", reason: "could not be checked: timed out after 1 s (seed 1)" });
    } finally {
      delete process.env.LMH_CHECK_SEED_SECONDS;
    }
  });

  it("a run that cannot get the memory it needs is a verdict (out of memory), and the worker carries on", async () => {
    // 100 MiB lets Node start but not load tfjs and the wasm backend: the seed's child fails while
    // it starts, and that is the verdict too.
    process.env.LMH_CHECK_MEMORY_MB = "100";
    try {
      const s = await submit(dlm([{ kind: "agrees-with-theory", observable: "tHalf1" }], [3]));
      const c = (await settled(s.id)).latest!;
      expect(c).toMatchObject({ status: "DONE", verdict: "inconclusive" });
      expect(c.failure).toBe("could not be checked: ran out of memory (limit 100 MiB) (seed 3)");
    } finally {
      delete process.env.LMH_CHECK_MEMORY_MB;
    }
    const after = await submit(dlm([{ kind: "agrees-with-theory", observable: "tHalf1" }], [4]));
    expect((await settled(after.id)).latest!.verdict).toBe("reproduced");
  });

  it("the same spec twice reuses the stored check; the second result links the first", async () => {
    const first = await submit(dlm([{ kind: "greater-than", observable: "tHalf1", value: 0 }], [5, 6]));
    const second = await submit({ ...dlm([{ kind: "greater-than", observable: "tHalf1", value: 0 }], [6, 5]), title: "Same thing again" });
    expect(second).toMatchObject({ reusedFrom: first.id, checkId: null });
    const [a, b] = [await settled(first.id), await settled(second.id)];
    expect(b.specHash).toBe(a.specHash);
    expect(b.latest!.id).toBe(a.latest!.id);
    expect(b.sameSpecAs?.id).toBe(first.id);
    expect(await db().check.count({ where: { result: { specHash: a.specHash } } })).toBe(1);
  });

  it("a check delivered twice stores one outcome", async () => {
    const s = await submit(dlm([{ kind: "agrees-with-theory", observable: "tHalf1" }], [7]));
    const done = await settled(s.id);
    const before = await db().check.findUniqueOrThrow({ where: { id: done.latest!.id } });
    // A second delivery of the same job after the outcome is stored changes nothing.
    expect(await processCheck(done.latest!.id)).toBe("already-done");
    const after = await db().check.findUniqueOrThrow({ where: { id: done.latest!.id } });
    expect(after).toEqual(before);
    expect(await db().event.count({ where: { dedupeKey: `result.checked:${before.id}` } })).toBe(1);
  });
});
