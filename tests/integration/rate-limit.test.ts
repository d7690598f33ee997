import { describe, expect, it } from "vitest";
import { consume } from "@/lib/rate-limit/consume.server";

const rule = (limit: number, windowSeconds = 60) => ({ name: `rl-${Date.now()}-${Math.random().toString(36).slice(2)}`, limit, windowSeconds, message: "Slow down." });

describe("database rate limits", () => {
  it("allows exactly the limit, refuses the next with a wait inside the window", async () => {
    const r = rule(5);
    const now = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 10_000); // 10 s into a window
    for (let i = 0; i < 5; i++) expect((await consume(r, "me", now)).allowed).toBe(true);
    const refused = await consume(r, "me", now);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await consume(r, "someone-else", now)).allowed).toBe(true);
  });

  it("lets exactly `limit` of many simultaneous requests through", async () => {
    const r = rule(10);
    const outcomes = await Promise.all(Array.from({ length: 25 }, () => consume(r, "burst")));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(10);
  });

  it("slides: the previous window still counts in proportion to its overlap", async () => {
    const r = rule(10);
    const start = Math.floor(Date.now() / 60_000) * 60_000;
    for (let i = 0; i < 10; i++) await consume(r, "slide", new Date(start - 30_000)); // full previous window
    // 15 s into the next window, 75 % of the previous still overlaps: 7.5 + 1 > 10 only after 3 more.
    const at = new Date(start + 15_000);
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await consume(r, "slide", at)).allowed);
    expect(results).toEqual([true, true, false, false]);
    // Near the end of the window the previous share has decayed: allowed again.
    expect((await consume(r, "slide", new Date(start + 59_000))).allowed).toBe(true);
  });

  it("a refund gives the event back", async () => {
    const r = rule(1);
    const first = await consume(r, "refund");
    expect(first.allowed).toBe(true);
    if (first.allowed) await first.refund();
    expect((await consume(r, "refund")).allowed).toBe(true);
    expect((await consume(r, "refund")).allowed).toBe(false);
  });
});
