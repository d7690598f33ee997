// The route wrapper's contract, on a route defined here and on the real database: each refusal
// has its status and message, and a refused request never reaches the service.
import { describe, expect, it } from "vitest";
import { z } from "@/lib/zod";
import { db } from "@/lib/db/client.server";
import { conflict, notFound } from "@/lib/errors";
import { json, route } from "@/lib/http/route.server";
import { cachedLiveDocument, startLiveDocumentCache, storeLiveDocument } from "@/lib/build/live-document-cache";
import { call, sessionCookie, SITE } from "../../support/http";

let calls = 0;
const body = z.object({ title: z.string().trim().min(1, { error: "Give it a title." }).max(20) });
const echo = route({ auth: "viewer", body, maxBodyBytes: 200 }, async ({ viewer, body }) => {
  calls++;
  return json({ by: viewer.handle, title: body.title }, 201);
});

async function member(role: "MEMBER" | "MODERATOR" | "ADMIN" = "MEMBER") {
  const user = await db().user.create({ data: { name: "Wrapper test", handle: `wrap-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, role } });
  return { ...user, cookie: await sessionCookie(user.id) };
}

async function refusedWithoutCalling(request: Parameters<typeof call>[1], status: number) {
  const before = calls;
  const answer = await call(echo, request);
  expect(answer.status).toBe(status);
  expect(calls).toBe(before);
  return answer;
}

describe("route wrapper", () => {
  it("a successful write empties the signed-out readers' page cache; a refused one leaves it", async () => {
    const m = await member();
    startLiveDocumentCache(60);
    try {
      storeLiveDocument("/forum", Buffer.from("<p>before</p>"), []);
      await refusedWithoutCalling({ cookie: m.cookie, body: { title: "" } }, 400);
      expect(cachedLiveDocument("/forum")).toBeDefined();
      expect((await call(echo, { cookie: m.cookie, body: { title: "A post" } })).status).toBe(201);
      expect(cachedLiveDocument("/forum")).toBeUndefined();
    } finally {
      startLiveDocumentCache(0);
    }
  });

  it("passes the viewer and the parsed body to the handler", async () => {
    const m = await member();
    const answer = await call(echo, { cookie: m.cookie, body: { title: "  Hello " } });
    expect(answer).toMatchObject({ status: 201, body: { by: m.handle, title: "Hello" } });
  });

  it("refuses a mutation with a foreign, missing or differently-schemed Origin (403)", async () => {
    const m = await member();
    for (const origin of ["https://evil.example", null, SITE.replace("http:", "https:"), `${SITE}:80`, "http://localhost:3001", "null"]) {
      const answer = await refusedWithoutCalling({ cookie: m.cookie, body: { title: "x" }, origin }, 403);
      expect(answer.body.error).toMatch(/Cross-site requests are not accepted/);
    }
  });

  it("refuses a signed-out caller (401) and a tampered or foreign-secret cookie the same way", async () => {
    await refusedWithoutCalling({ body: { title: "x" } }, 401);
    const m = await member();
    const tampered = m.cookie.slice(0, -4) + (m.cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    await refusedWithoutCalling({ cookie: tampered, body: { title: "x" } }, 401);
  });

  it("accepts only application/json (415), within the size cap (413), as valid JSON (400)", async () => {
    const m = await member();
    for (const contentType of ["text/plain", "text/plain; charset=application/json", "application/json-patch+json", "application/jsonx", "application/json; charset=latin1"]) {
      await refusedWithoutCalling({ cookie: m.cookie, rawBody: '{"title":"x"}', contentType }, 415);
    }
    expect((await call(echo, { cookie: m.cookie, rawBody: '{"title":"x"}', contentType: "Application/JSON; charset=UTF-8" })).status).toBe(201);
    await refusedWithoutCalling({ cookie: m.cookie, body: { title: "x", padding: "y".repeat(300) } }, 413);
    await refusedWithoutCalling({ cookie: m.cookie, rawBody: "{not json" }, 400);
  });

  it("answers field errors for invalid input and for NUL characters anywhere (400)", async () => {
    const m = await member();
    const empty = await refusedWithoutCalling({ cookie: m.cookie, body: { title: "   " } }, 400);
    expect(empty.body.fieldErrors).toEqual({ title: ["Give it a title."] });
    const nul = await refusedWithoutCalling({ cookie: m.cookie, body: { title: "a\u0000b", nested: { ["k\u0000"]: 1 } } }, 400);
    expect(Object.keys(nul.body.fieldErrors).sort()).toEqual(["nested.k\u0000", "title"]);
  });

  it("requires the role a route names (403) and maps service failures to their statuses", async () => {
    const adminOnly = route({ auth: "MODERATOR" }, async ({ viewer }) => (viewer.role === "ADMIN" ? conflict({ form: ["Already done."] }) : notFound("No such thing.")));
    expect((await call(adminOnly, { cookie: (await member()).cookie })).status).toBe(403);
    expect(await call(adminOnly, { cookie: (await member("MODERATOR")).cookie })).toMatchObject({ status: 404, body: { error: "No such thing." } });
    expect(await call(adminOnly, { cookie: (await member("ADMIN")).cookie })).toMatchObject({ status: 409, body: { fieldErrors: { form: ["Already done."] } } });
  });

  it("turns an unexpected error into a calm 500 without internals", async () => {
    const broken = route({ auth: "public" }, async () => {
      throw new Error("secret detail: password=hunter2");
    });
    const original = console.error;
    console.error = () => {};
    try {
      const answer = await call(broken, { method: "GET", origin: null });
      expect(answer.status).toBe(500);
      expect(JSON.stringify(answer.body)).not.toMatch(/secret|hunter2/);
    } finally {
      console.error = original;
    }
  });

  it("applies a rate limit per address with Retry-After (429), and GET needs no Origin", async () => {
    const rule = { name: `test-${Date.now()}`, limit: 3, windowSeconds: 60, message: "Slow down." };
    const limited = route({ auth: "public", rateLimits: [{ rule, per: "address" }] }, async () => json({ ok: true }));
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 3; i++) expect((await call(limited, { method: "GET", origin: null, address })).status).toBe(200);
    const refused = await call(limited, { method: "GET", origin: null, address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body.error).toMatch(/^Slow down\. Try again in \d+ seconds?\.$/);
    expect((await call(limited, { method: "GET", origin: null, address: "198.51.100.251" })).status).toBe(200);
  });

  it("answers 404 for a path parameter that fails its schema", async () => {
    const byId = route({ auth: "public", params: z.object({ id: z.string().regex(/^[a-z0-9]+$/) }) }, async ({ params }) => json(params));
    expect((await call(byId, { method: "GET", params: { id: "abc" } })).status).toBe(200);
    expect((await call(byId, { method: "GET", params: { id: "a\u0000" } })).status).toBe(404);
  });
});
