// The results API in-process: tokens (created once, listed without the secret, revoked), both
// ways to authenticate, bad input per field with nothing stored or enqueued, and the rate limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { jobs, stopJobs } from "@/lib/jobs/boss.server";
import { consume } from "@/lib/rate-limit/consume.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { POST as createToken, GET as listTokens } from "@/app/api/account/tokens/route";
import { DELETE as revokeToken } from "@/app/api/account/tokens/[id]/route";
import { POST as submit, GET as list } from "@/app/api/results/route";
import { GET as getOne } from "@/app/api/results/[id]/route";
import { GET as experimentsRoute } from "@/app/api/experiments/route";
import { GET as openapi } from "@/app/api/openapi.json/route";
import { call, sessionCookie } from "../../support/http";
import { createMember } from "../../support/members";

let member: Awaited<ReturnType<typeof createMember>>;
let cookie: string;

beforeAll(async () => {
  member = await createMember("api");
  cookie = await sessionCookie(member.id);
  await jobs(); // the queue's tables exist from the first start
});
afterAll(async () => {
  // No worker runs in this file: take its queued jobs off the queue so later files do not run them.
  await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'result-check' AND data->>'checkId' IN (SELECT c.id FROM "Check" c JOIN "Result" r ON r.id = c."resultId" WHERE r."authorId" = $1)`, member.id);
  // And its results: a never-run check left queued would be reused by a later file's identical spec.
  await db().result.deleteMany({ where: { authorId: member.id } });
  await stopJobs();
});

const good = (seeds = [1]) => ({
  title: "Mode 1 on time",
  description: "By **Saxe**: $t = \\tau/s$.",
  spec: { experiment: "deep-linear-modes@1", params: { steps: 1200 }, seeds, claims: [{ kind: "agrees-with-theory", observable: "tHalf1" }] },
  problems: ["od-1"],
});

async function counts() {
  const [results, jobs] = await Promise.all([db().result.count(), db().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'result-check'`)]);
  return { results, jobs: jobs[0].n };
}

describe("API tokens and authentication", () => {
  let token: string;
  let tokenId: string;

  it("a token is shown once, listed without its secret, and stored hashed", async () => {
    const made = await call(createToken, { body: { name: "laptop" }, cookie });
    expect(made.status).toBe(201);
    token = made.body.token;
    tokenId = made.body.id;
    expect(token).toMatch(/^lmh_[A-Za-z0-9_-]{43}$/);
    const listed = await call(listTokens, { method: "GET", cookie });
    expect(listed.body.tokens).toEqual([expect.objectContaining({ id: tokenId, name: "laptop", prefix: token.slice(0, 10), revokedAt: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(row.tokenHash).not.toContain(token.slice(4));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a bearer token needs no Origin (any site may hold one); a cookie needs the site's own", async () => {
    const before = await counts();
    const withToken = await call(submit, { body: good([11]), authorization: `Bearer ${token}`, origin: "https://elsewhere.example" });
    expect(withToken.status).toBe(202);
    expect(withToken.headers.get("location")).toBe(`/results/${withToken.body.id}`);
    expect(withToken.body.url).toBe(`http://localhost:3000/results/${withToken.body.id}`);
    const crossSiteCookie = await call(submit, { body: good([12]), cookie, origin: "https://elsewhere.example" });
    expect(crossSiteCookie.status).toBe(403);
    const sameSite = await call(submit, { body: good([13]), cookie });
    expect(sameSite.status).toBe(202);
    expect(await counts()).toEqual({ results: before.results + 2, jobs: before.jobs + 2 });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).not.toBeNull();
    const stored = await call(getOne, { method: "GET", params: { id: withToken.body.id } });
    expect(stored.body).toMatchObject({ experiment: "deep-linear-modes@1", problems: ["od-1"], author: { handle: member.handle } });
    expect(stored.body.descriptionHtml).toContain("<strong>Saxe</strong>");
    expect(stored.body.checks[0]).toMatchObject({ status: "QUEUED" });
  });

  it("a bad, unknown or revoked token is 401 and stores nothing, even with a valid cookie beside it", async () => {
    expect((await call(revokeToken, { method: "DELETE", params: { id: tokenId }, cookie })).status).toBe(204);
    const before = await counts();
    for (const authorization of [`Bearer ${token}`, "Bearer lmh_nope", "Bearer "]) {
      const r = await call(submit, { body: good([14]), authorization, cookie });
      expect(r.status, authorization).toBe(authorization === "Bearer " ? 202 : 401);
      if (r.status === 401) expect(r.body.error).toBe("This API token is not valid (unknown or revoked).");
    }
    // "Bearer " with no token is no bearer header: the cookie (same-origin) decides.
    expect(await counts()).toEqual({ results: before.results + 1, jobs: before.jobs + 1 });
    expect((await call(submit, { body: good([15]) })).status).toBe(401);
  });
});

describe("bad input: a status and a message per field, nothing stored or enqueued", () => {
  const cases: [string, (b: ReturnType<typeof good>) => unknown, number, string][] = [
    ["unknown experiment", (b) => ({ ...b, spec: { ...b.spec, experiment: "nope@1" } }), 422, "spec.experiment"],
    ["unknown version", (b) => ({ ...b, spec: { ...b.spec, experiment: "deep-linear-modes@7" } }), 422, "spec.experiment"],
    ["unknown parameter", (b) => ({ ...b, spec: { ...b.spec, params: { speed: 1 } } }), 422, "spec.params.speed"],
    ["out-of-range value", (b) => ({ ...b, spec: { ...b.spec, params: { steps: 1 } } }), 422, "spec.params.steps"],
    ["wrong-typed value", (b) => ({ ...b, spec: { ...b.spec, params: { steps: "many" } } }), 422, "spec.params.steps"],
    ["too many seeds", (b) => ({ ...b, spec: { ...b.spec, seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] } }), 400, "spec.seeds"],
    ["a claim on a missing observable", (b) => ({ ...b, spec: { ...b.spec, claims: [{ kind: "agrees-with-theory", observable: "loss" }] } }), 422, "spec.claims.0.observable"],
    ["a malformed claim", (b) => ({ ...b, spec: { ...b.spec, claims: [{ kind: "within", observable: "tHalf1", min: 2, max: 1 }] } }), 400, "spec.claims.0.max"],
    ["over the compute cap", (b) => ({ ...b, spec: { experiment: "mup-transfer@1", params: { widths: [2048, 2048, 2048, 2048, 2048], steps: 2000 }, seeds: [1, 2], claims: [{ kind: "agrees-with-theory", observable: "mupOptimumShift" }] } }), 422, "spec"],
    ["an oversized description", (b) => ({ ...b, description: "x".repeat(64 * 1024 + 1) }), 400, "description"],
    ["an unknown problem", (b) => ({ ...b, problems: ["od-999"] }), 422, "problems.0"],
  ];
  it.each(cases)("%s", async (_, mutate, status, field) => {
    // Every attempt counts against the member's submission limit: a fresh member per case.
    const someone = await createMember("bad-input");
    const before = await counts();
    const r = await call(submit, { body: mutate(good([21])), cookie: await sessionCookie(someone.id) });
    expect(r.status).toBe(status);
    expect(Object.keys(r.body.fieldErrors)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it("a __proto__ key is dropped by validation and reaches no prototype", async () => {
    const someone = await createMember("proto");
    const body = JSON.parse(JSON.stringify(good([22])).replace('"params":{', '"params":{"__proto__":{"steps":5,"polluted":1},'));
    const r = await call(submit, { body, cookie: await sessionCookie(someone.id) });
    expect(r.status).toBe(202);
    const stored = await db().result.findUniqueOrThrow({ where: { id: r.body.id } });
    expect((stored.spec as { params: Record<string, unknown> }).params.steps).toBe(1200);
    expect(JSON.stringify(stored.spec)).not.toContain("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("submissions are rate limited per member: 429 with Retry-After, nothing stored", async () => {
    const other = await createMember("limited");
    for (let i = 0; i < rateRules.resultSubmitPerMember.limit; i++) await consume(rateRules.resultSubmitPerMember, `user:${other.id}`);
    const before = await counts();
    const r = await call(submit, { body: good([31]), cookie: await sessionCookie(other.id) });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });
});

describe("catalog, listing and OpenAPI", () => {
  it("GET /api/experiments: ids, versions, JSON Schemas, observables with roles, the cost model", async () => {
    const r = await call(experimentsRoute, { method: "GET" });
    const eos = r.body.experiments.find((e: { id: string }) => e.id === "edge-of-stability@1");
    expect(eos.version).toBe(1);
    expect(eos.params.properties.learningRate).toMatchObject({ type: "number", minimum: 0.1, maximum: 0.4, default: 0.2 });
    expect(eos.observables).toEqual([
      expect.objectContaining({ key: "sharpnessRatio", role: "prediction", requires: ["initialRatio"] }),
      expect.objectContaining({ key: "initialRatio", role: "precondition" }),
    ]);
    expect(eos.defaultCost.flops).toBeGreaterThan(0);
    expect(r.body.caps).toEqual({ maxSeeds: 10, maxClaims: 10, maxCheckFlops: 1e12 });
  });

  it("GET /api/results?verdict= lists a result by its headline verdict: the latest check on the pinned version, not an earlier run or a current-version re-check", async () => {
    const made = await call(submit, { cookie, body: { ...good([31]), title: "Verdict filter" } });
    expect(made.status).toBe(202);
    const id = made.body.id as string;
    const first = await db().check.findFirstOrThrow({ where: { resultId: id } });
    const done = (verdict: string, queuedAt: Date) => ({ status: "DONE" as const, verdict, queuedAt, finishedAt: queuedAt });
    await db().check.update({ where: { id: first.id }, data: done("reproduced", new Date(Date.now() - 60_000)) });
    const listed = async (verdict: string) => ((await call(list, { method: "GET", path: `/api/results?author=${member.handle}&verdict=${verdict}` })).body.results as { id: string }[]).some((r) => r.id === id);
    expect(await listed("reproduced")).toBe(true);
    // A moderator's re-run changed the outcome; a re-check on a newer version says something else again.
    await db().check.create({ data: { resultId: id, kind: "RERUN", experimentId: first.experimentId, spec: first.spec as object, ...done("not-reproduced", new Date(Date.now() - 30_000)) } });
    await db().check.create({ data: { resultId: id, kind: "CURRENT_VERSION", experimentId: first.experimentId, spec: first.spec as object, ...done("inconclusive", new Date()) } });
    expect(await listed("reproduced")).toBe(false);
    expect(await listed("not-reproduced")).toBe(true);
    expect(await listed("inconclusive")).toBe(false);
  });

  it("GET /api/results filters by experiment and author; /api/openapi.json documents the submission schema", async () => {
    const mine = await call(list, { method: "GET", path: `/api/results?author=${member.handle}&experiment=deep-linear-modes@1` });
    expect(mine.status).toBe(200);
    expect(mine.body.results.length).toBeGreaterThanOrEqual(2);
    for (const r of mine.body.results) expect(r.author.handle).toBe(member.handle);
    expect((await call(list, { method: "GET", path: "/api/results?verdict=maybe" })).status).toBe(400);
    const doc = await call(openapi, { method: "GET" });
    expect(doc.body.openapi).toBe("3.1.0");
    expect(doc.body.components.schemas.Submission.properties.spec.properties.seeds).toMatchObject({ type: "array", maxItems: 10 });
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(["/api/results", "/api/results/{id}", "/api/experiments"]));
  });
});
