// POST /api/results under fast-check: random and mutated bodies (1,000+) never cause a 5xx, never
// store or enqueue anything unless accepted (202), and never pollute a prototype.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { jobs, stopJobs } from "@/lib/jobs/boss.server";
import type { RouteHandler } from "@/lib/http/route.server";
import { call, sessionCookie } from "../../support/http";
import { createMember } from "../../support/members";

let submit: RouteHandler;
let cookie: string;
let memberId: string;

beforeAll(async () => {
  // The per-member submission limit would answer 429 before validation after ten bodies.
  process.env.RATE_LIMITS = "result:user=1000000/3600";
  ({ POST: submit } = await import("@/app/api/results/route"));
  const member = await createMember("fuzz");
  memberId = member.id;
  cookie = await sessionCookie(member.id);
  await jobs();
});
afterAll(async () => {
  await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'result-check' AND data->>'checkId' IN (SELECT c.id FROM "Check" c JOIN "Result" r ON r.id = c."resultId" WHERE r."authorId" = $1)`, memberId);
  // And its results: a never-run check left queued would be reused by a later file's identical spec.
  await db().result.deleteMany({ where: { authorId: memberId } });
  await stopJobs();
});

const valid = {
  title: "Mode 1 on time",
  description: "text",
  spec: { experiment: "deep-linear-modes@1", params: { steps: 1200 }, seeds: [1], claims: [{ kind: "agrees-with-theory", observable: "tHalf1" }] },
  problems: [],
};

const nasty = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "steps", "learningRate", "tHalf1", "edge-of-stability@1", "deep-linear-modes@1", "", "x".repeat(300)),
  fc.string(),
);
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 0.5, 4294967296, Number.MAX_SAFE_INTEGER),
    fc.integer(),
    fc.double(),
    nasty,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(nasty, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** Sets `path` in a deep copy of `base` to `value` (mutation of a valid body). */
function mutate(base: unknown, path: readonly string[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(base));
  let at = copy;
  for (const key of path.slice(0, -1)) {
    if (!at || typeof at !== "object") return copy;
    at = at[key];
  }
  if (at && typeof at === "object") Object.defineProperty(at, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
const paths = fc.constantFrom(
  ["title"], ["description"], ["spec"], ["spec", "experiment"], ["spec", "params"], ["spec", "params", "steps"], ["spec", "params", "__proto__"],
  ["spec", "seeds"], ["spec", "seeds", "0"], ["spec", "claims"], ["spec", "claims", "0"], ["spec", "claims", "0", "kind"], ["spec", "claims", "0", "observable"],
  ["spec", "claims", "0", "min"], ["problems"], ["problems", "0"], ["__proto__"], ["constructor"], ["extra"],
);
const body = fc.oneof(anyValue, fc.tuple(paths, anyValue).map(([p, v]) => mutate(valid, p, v)));

async function counts() {
  const [results, checks, queued] = await Promise.all([
    db().result.count(),
    db().check.count(),
    db().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'result-check'`),
  ]);
  return { results, checks, jobs: queued[0].n };
}

describe("POST /api/results fuzzed", () => {
  it("1,000 random and mutated bodies: no 5xx, nothing stored or enqueued unless 202, no prototype pollution", { timeout: 600_000 }, async () => {
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const before = await counts();
        const r = await call(submit, { rawBody: JSON.stringify(b) ?? "null", cookie });
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        expect(r.status).toBeLessThan(500);
        const after = await counts();
        if (r.status === 202) expect(after.results).toBe(before.results + 1);
        else {
          expect([400, 413, 422]).toContain(r.status);
          expect(after).toEqual(before);
        }
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    console.info("fuzz statuses:", Object.fromEntries(statuses));
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(1000);
    expect(statuses.get(400)).toBeGreaterThan(100);
  });
});
