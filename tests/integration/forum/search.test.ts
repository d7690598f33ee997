// Forum search: ranking, snippets, filters, math-heavy posts found by their words, and hidden or
// deleted posts never found.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { searchForum, searchQuery } from "@/lib/forum/search.server";
import { HIT_END, HIT_START } from "@/lib/forum/search-marks";
import { POST as postReply } from "@/app/api/forum/threads/[id]/posts/route";
import { DELETE as deletePost } from "@/app/api/forum/posts/[id]/route";
import { call } from "../../support/http";
import { member, seedForum, startThread, type Member } from "../../support/forum";

const search = (q: Record<string, unknown>) => searchForum(searchQuery.parse(q));
let alice: Member;
let bob: Member;
let eos: Awaited<ReturnType<typeof startThread>>;

beforeAll(async () => {
  await seedForum();
  alice = await member("s-alice");
  bob = await member("s-bob");
  eos = await startThread(alice, { title: "Catapult dynamics beyond the stability threshold", category: "learn", newTags: ["catapult"], source: "When the learning rate exceeds $2/\\lambda_{\\text{max}}$ the loss spikes, then **sharpness** drops." });
  await call(postReply, { cookie: bob.cookie, params: { id: eos.threadId }, body: { source: "A catapult once is fine; repeated catapults look like oscillation in $\\eta \\nabla^2 L$." } });
  await startThread(bob, { title: "Unrelated: reading group schedule", source: "We meet on Thursdays. Someone mentioned catapult papers once." });
});

describe("forum search", () => {
  it("ranks the thread whose title and body match above a passing mention, with marked snippets", async () => {
    const { hits } = await search({ q: "catapult" });
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits[0]!.threadId).toBe(eos.threadId);
    expect(hits[0]!.number).toBe(1);
    expect(hits[0]!.titleHeadline).toContain(`${HIT_START}Catapult${HIT_END}`);
    const passing = hits.findIndex((h) => h.title.startsWith("Unrelated"));
    expect(passing).toBeGreaterThan(0);
    expect(hits.find((h) => h.number === 2)!.snippet).toMatch(new RegExp(`${HIT_START}catapult`, "i"));
  });

  it("finds math-heavy posts by the words of their formulas", async () => {
    const { hits } = await search({ q: "lambda max" });
    expect(hits.map((h) => h.postId)).toContain(eos.postId);
    expect((await search({ q: "eta oscillation" })).hits.some((h) => h.threadId === eos.threadId && h.number === 2)).toBe(true);
  });

  it("supports web-search syntax: phrases and exclusions", async () => {
    expect((await search({ q: '"stability threshold"' })).hits.map((h) => h.threadId)).toEqual([eos.threadId]);
    expect((await search({ q: "catapult -thursdays" })).hits.some((h) => h.title.startsWith("Unrelated"))).toBe(false);
  });

  it("filters by category, tag, author and date", async () => {
    expect((await search({ q: "catapult", category: "learn" })).hits.every((h) => h.threadId === eos.threadId)).toBe(true);
    expect((await search({ q: "catapult", tag: "catapult" })).hits.every((h) => h.threadId === eos.threadId)).toBe(true);
    expect((await search({ q: "catapult", author: bob.handle })).hits.every((h) => h.authorHandle === bob.handle)).toBe(true);
    expect((await search({ q: "catapult", from: "2999-01-01" })).hits).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await search({ q: "catapult", to: today })).hits.length).toBeGreaterThan(0);
  });

  it("never finds deleted or hidden posts; odd input finds nothing and does not fail", async () => {
    const r = await call(postReply, { cookie: alice.cookie, params: { id: eos.threadId }, body: { source: "xylophonic remark" } });
    expect((await search({ q: "xylophonic" })).hits).toHaveLength(1);
    await call(deletePost, { method: "DELETE", cookie: alice.cookie, params: { id: r.body.postId } });
    expect((await search({ q: "xylophonic" })).hits).toEqual([]);
    const s = await startThread(alice, { source: "quizzically hidden words" });
    await db().post.update({ where: { id: s.postId }, data: { hiddenAt: new Date() } });
    expect((await search({ q: "quizzically" })).hits).toEqual([]);
    for (const q of ["", "!!!", "& | ! <->", "'; DROP TABLE \"Post\"; --", "<script>", "a".repeat(200)]) expect((await search({ q })).hits).toEqual([]);
  });

  it("snippets are the post's words: markup typed in a post is no markup in the snippet", async () => {
    await startThread(alice, { source: "The zymurgy <script>alert(1)</script> trick." });
    const { hits } = await search({ q: "zymurgy" });
    expect(hits[0]!.snippet).toContain(`${HIT_START}zymurgy${HIT_END}`);
    expect(hits[0]!.snippet).not.toMatch(/[<>]/);
  });
});
