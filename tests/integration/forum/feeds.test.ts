// Forum feeds (RSS and Atom) for all threads, a category, a tag and a thread; the home page's latest threads.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as allRss } from "@/app/forum/feed.xml/route";
import { GET as categoryAtom } from "@/app/forum/c/[slug]/atom.xml/route";
import { GET as tagRss } from "@/app/forum/tag/[tag]/feed.xml/route";
import { GET as threadAtom } from "@/app/forum/t/[id]/[slug]/atom.xml/route";
import { GET as latest } from "@/app/api/forum/latest/route";
import { POST as postReply } from "@/app/api/forum/threads/[id]/posts/route";
import { call } from "../../support/http";
import { member, seedForum, startThread } from "../../support/forum";

let t: Awaited<ReturnType<typeof startThread>>;

beforeAll(async () => {
  await seedForum();
  const m = await member("feed-a");
  t = await startThread(m, { title: "Feeds carry math", category: "results", newTags: ["feeds"], source: "Display:\n\n$$\\int_0^1 x\\,dx = \\tfrac12$$" });
  await call(postReply, { cookie: m.cookie, params: { id: t.threadId }, body: { source: "A second post about feeds." } });
});

describe("forum feeds", () => {
  it("list new threads with their cooked first post, per scope", async () => {
    const rss = await call(allRss, { method: "GET" });
    expect(rss.headers.get("content-type")).toMatch(/application\/rss\+xml/);
    expect(rss.body).toContain("<title><![CDATA[Feeds carry math]]></title>");
    expect(rss.body).toContain("katex");
    expect((await call(categoryAtom, { method: "GET", params: { slug: "results" } })).body).toContain("Feeds carry math");
    expect((await call(categoryAtom, { method: "GET", params: { slug: "meta" } })).body).not.toContain("Feeds carry math");
    expect((await call(tagRss, { method: "GET", params: { tag: "feeds" } })).body).toContain("Feeds carry math");
    const thread = await call(threadAtom, { method: "GET", params: { id: t.threadId, slug: "x" } });
    expect(thread.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    expect(thread.body).toContain("A second post about feeds.");
    expect(thread.body).toContain(`#p2`);
  });

  it("unknown scopes are 404", async () => {
    expect((await call(categoryAtom, { method: "GET", params: { slug: "no-such" } })).status).toBe(404);
    expect((await call(tagRss, { method: "GET", params: { tag: "no-such-tag" } })).status).toBe(404);
    expect((await call(threadAtom, { method: "GET", params: { id: "nosuch", slug: "x" } })).status).toBe(404);
  });

  it("the home page's latest discussion lists threads by activity", async () => {
    const answer = await call(latest, { method: "GET" });
    const times = answer.body.threads.map((row: { lastActivityAt: string }) => row.lastActivityAt);
    expect(times).toEqual([...times].sort().reverse());
    // Other test files write threads at the same time, so this one need not be first: it is listed.
    expect(answer.body.threads).toContainEqual(expect.objectContaining({ title: "Feeds carry math", href: `/forum/t/${t.threadId}/feeds-carry-math`, replies: 1 }));
  });
});
