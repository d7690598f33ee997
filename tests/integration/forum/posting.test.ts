// The forum's writes through their routes: permissions, revisions and stale edits, deletion,
// reactions, accepted answers, read marks, drafts, page threads, and bad input storing nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { RENDERER_VERSION } from "@/lib/markdown";
import { listPages } from "@/lib/content/load.server";
import { POST as postThread } from "@/app/api/forum/threads/route";
import { POST as postReply } from "@/app/api/forum/threads/[id]/posts/route";
import { PATCH as patchPost, DELETE as deletePostRoute } from "@/app/api/forum/posts/[id]/route";
import { PUT as putReaction, DELETE as deleteReaction } from "@/app/api/forum/posts/[id]/reactions/route";
import { PUT as putAccepted } from "@/app/api/forum/threads/[id]/accepted/route";
import { PUT as putRead } from "@/app/api/forum/threads/[id]/read/route";
import { GET as getDraft, PUT as putDraft } from "@/app/api/forum/drafts/route";
import { POST as preview } from "@/app/api/forum/preview/route";
import { GET as mentions } from "@/app/api/forum/mentions/route";
import { GET as getPageDiscussion, POST as postPageComment } from "@/app/api/forum/pages/route";
import { restrictMember } from "@/lib/moderation/restrictions.server";
import { listThreads } from "@/lib/forum/lists.server";
import { recookStalePosts } from "@/lib/forum/cook";
import { POST as postCategory } from "@/app/api/forum/categories/route";
import { PATCH as patchCategory } from "@/app/api/forum/categories/[id]/route";
import { call } from "../../support/http";
import { member, seedForum, startThread } from "../../support/forum";

beforeAll(seedForum);

const counts = async () => ({ threads: await db().thread.count(), posts: await db().post.count(), revisions: await db().postRevision.count(), tags: await db().tag.count() });

describe("starting threads and replying", () => {
  it("stores cooked math beside the source with the renderer's version, numbered posts and a first revision", async () => {
    const alice = await member("f-alice");
    const t = await startThread(alice);
    const post = await db().post.findUniqueOrThrow({ where: { id: t.postId } });
    expect(post).toMatchObject({ number: 1, revision: 1, cookTimedOut: false, rendererVersion: RENDERER_VERSION });
    expect(post.cookedHtml).toContain('class="katex"');
    expect(post.plainText).toContain("lambda max");
    const bob = await member("f-bob");
    const r = await call(postReply, { cookie: bob.cookie, params: { id: t.threadId }, body: { source: `Agreed, @${alice.handle}.`, replyTo: 1 } });
    expect(r.status).toBe(201);
    expect(r.body.url).toMatch(new RegExp(`^/forum/t/${t.threadId}/[a-z0-9-]+#p2$`));
    const stored = await db().post.findUniqueOrThrow({ where: { id: r.body.postId }, include: { replyTo: true } });
    expect(stored.replyTo?.number).toBe(1);
    expect(stored.cookedHtml).toContain(`href="/users/${alice.handle}"`);
    const events = await db().event.findMany({ where: { subjectId: t.threadId }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(["forum.thread", "forum.reply", "forum.mention"]));
    expect(events.find((e) => e.kind === "forum.reply")!.recipientIds).toEqual([alice.id]);
    expect(events.find((e) => e.kind === "forum.mention")!.recipientIds).toEqual([alice.id]);
  });

  it("a quote of a passage links the quoted post and tells its author", async () => {
    const alice = await member("q-alice");
    const bob = await member("q-bob");
    const t = await startThread(alice);
    const source = `> The sharpness rises\n>\n> — @${alice.handle}, [post 1](${t.url}#p1)\n\nWhy does it stop at 2/eta?`;
    const r = await call(postReply, { cookie: bob.cookie, params: { id: t.threadId }, body: { source } });
    expect(r.status).toBe(201);
    const html = (await db().post.findUniqueOrThrow({ where: { id: r.body.postId } })).cookedHtml;
    expect(html).toContain("<blockquote>");
    expect(html).toContain(`href="${t.url}#p1"`);
    const quote = await db().event.findFirst({ where: { kind: "forum.quote", subjectId: t.threadId } });
    expect(quote?.recipientIds).toEqual([alice.id]);
  });

  it("bad input is refused with field errors and stores nothing", async () => {
    const m = await member("f-bad");
    const t = await startThread(m);
    const before = await counts();
    const cases: [unknown, number, string][] = [
      [{ title: "", category: "general", source: "x" }, 400, "title"],
      [{ title: "x".repeat(301), category: "general", source: "x" }, 400, "title"],
      [{ title: "ok", category: "general", source: "   " }, 400, "source"],
      [{ title: "ok", category: "no-such-category", source: "x" }, 400, "category"],
      [{ title: "ok", category: "general", source: "x", tags: ["no-such-tag"] }, 400, "tags"],
      [{ title: "ok", category: "general", source: "x", tags: ["Not A Tag!"] }, 400, "tags.0"],
    ];
    for (const [body, status, field] of cases) {
      const a = await call(postThread, { cookie: m.cookie, body });
      expect(a.status, JSON.stringify(body)).toBe(status);
      expect(Object.keys(a.body.fieldErrors)).toContain(field);
    }
    const big = await call(postThread, { cookie: m.cookie, body: { title: "ok", category: "general", source: "a".repeat(65_537) } });
    expect(big.status).toBe(400);
    expect((await call(postReply, { cookie: m.cookie, params: { id: "nosuchthread" }, body: { source: "hello" } })).status).toBe(404);
    expect((await call(postReply, { cookie: m.cookie, params: { id: t.threadId }, body: { source: "hello", replyTo: 99 } })).body.fieldErrors).toHaveProperty("replyTo");
    expect((await call(postReply, { params: { id: t.threadId }, body: { source: "hello" } })).status).toBe(401);
    expect((await call(postReply, { cookie: m.cookie, origin: "https://evil.example", params: { id: t.threadId }, body: { source: "hello" } })).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("past the posting limit a member gets 429 with the wait, and nothing is stored", async () => {
    const m = await member("f-limit", "MODERATOR"); // staff: the new-account daily cap does not apply, only the rate limit
    const t = await startThread(m);
    let status = 201;
    let sent = 1;
    while (status === 201 && sent < 40) {
      status = (await call(postReply, { cookie: m.cookie, params: { id: t.threadId }, body: { source: `reply ${sent}` } })).status;
      sent++;
    }
    expect(status).toBe(429);
    expect(sent).toBe(31); // the thread and 29 replies went through: 30 posts per 10 minutes
    expect(await db().post.count({ where: { threadId: t.threadId } })).toBe(30);
  });

  it("a hidden thread takes no replies (404)", async () => {
    const m = await member("f-hidden");
    const t = await startThread(m);
    await db().thread.update({ where: { id: t.threadId }, data: { hiddenAt: new Date() } });
    expect((await call(postReply, { cookie: m.cookie, params: { id: t.threadId }, body: { source: "still here?" } })).status).toBe(404);
  });

  it("a silenced member cannot start threads, reply, edit or react; tags are created only by members in good standing", async () => {
    const mod = await member("f-sil-mod", "MODERATOR");
    const m = await member("f-sil");
    const other = await member("f-sil-other");
    const t = await startThread(m, { newTags: ["silence-test"] });
    expect(await db().tag.count({ where: { name: "silence-test" } })).toBe(1);
    const o = await startThread(other);
    await restrictMember({ ...mod, joinedAt: new Date(), silencedUntil: null }, m.id, { kind: "silence", days: 1, reason: "Cool down." });
    const before = await counts();
    expect((await call(postThread, { cookie: m.cookie, body: { title: "t", category: "general", source: "x", newTags: ["new-one"] } })).status).toBe(403);
    expect((await call(postReply, { cookie: m.cookie, params: { id: t.threadId }, body: { source: "x" } })).status).toBe(403);
    expect((await call(patchPost, { cookie: m.cookie, params: { id: t.postId }, body: { source: "y", baseRevision: 1 } })).status).toBe(403);
    expect((await call(putReaction, { cookie: m.cookie, params: { id: o.postId }, body: { kind: "LIKE" } })).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe("edits, history and deletion", () => {
  it("keeps every revision; only the author edits; a stale edit gets 409 with the other text and a diff", async () => {
    const a = await member("e-author");
    const b = await member("e-other");
    const t = await startThread(a, { source: "First version of the idea." });
    expect((await call(patchPost, { cookie: b.cookie, params: { id: t.postId }, body: { source: "hijack", baseRevision: 1 } })).status).toBe(403);
    const ok = await call(patchPost, { cookie: a.cookie, params: { id: t.postId }, body: { source: "Second version of the idea.", baseRevision: 1 } });
    expect(ok.status).toBe(200);
    expect(ok.body.revision).toBe(2);
    const stale = await call(patchPost, { cookie: a.cookie, params: { id: t.postId }, body: { source: "Typed in an old tab.", baseRevision: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.fieldErrors.source[0]).toMatch(/changed since you opened it/);
    expect(stale.body.current).toEqual({ revision: 2, source: "Second version of the idea." });
    expect(stale.body.yours).toBe("Typed in an old tab.");
    expect(stale.body.diff).toEqual(expect.arrayContaining([{ op: "removed", text: "First" }, { op: "added", text: "Second" }]));
    const revisions = await db().postRevision.findMany({ where: { postId: t.postId }, orderBy: { revision: "asc" } });
    expect(revisions.map((r) => r.source)).toEqual(["First version of the idea.", "Second version of the idea."]);
    expect((await call(patchPost, { cookie: a.cookie, params: { id: t.postId }, body: { source: "x", baseRevision: 7 } })).status).toBe(400);
  });

  it("only the author deletes; the post keeps its number and the thread its shape; a deleted post takes no edit", async () => {
    const a = await member("d-author");
    const b = await member("d-other");
    const t = await startThread(a);
    const r = await call(postReply, { cookie: a.cookie, params: { id: t.threadId }, body: { source: "A reply to delete." } });
    await call(postReply, { cookie: b.cookie, params: { id: t.threadId }, body: { source: `> A reply to delete.\n>\n> — [post 2](${t.url}#p2)\n\nQuoted.` } });
    expect((await call(deletePostRoute, { method: "DELETE", cookie: b.cookie, params: { id: r.body.postId } })).status).toBe(403);
    expect((await call(deletePostRoute, { method: "DELETE", cookie: a.cookie, params: { id: r.body.postId } })).status).toBe(204);
    expect((await call(deletePostRoute, { method: "DELETE", cookie: a.cookie, params: { id: r.body.postId } })).status).toBe(404);
    const posts = await db().post.findMany({ where: { threadId: t.threadId }, orderBy: { number: "asc" } });
    expect(posts.map((p) => [p.number, !!p.deletedAt])).toEqual([[1, false], [2, true], [3, false]]);
    expect(posts[2]!.cookedHtml).toContain("A reply to delete.");
    expect((await call(patchPost, { cookie: a.cookie, params: { id: r.body.postId }, body: { source: "back", baseRevision: 1 } })).status).toBe(404);
  });
});

describe("reactions and accepted answers", () => {
  it("reacting twice the same way is 409; kinds are separate; own posts take none; taking back works once", async () => {
    const a = await member("r-a");
    const b = await member("r-b");
    const t = await startThread(a);
    const put = (m: typeof a, kind: string) => call(putReaction, { method: "PUT", cookie: m.cookie, params: { id: t.postId }, body: { kind } });
    expect((await put(b, "LIKE")).body).toEqual({ count: 1 });
    expect((await put(b, "LIKE")).status).toBe(409);
    expect((await put(b, "DOUBT")).status).toBe(200);
    expect((await put(a, "LIKE")).status).toBe(403);
    expect((await put(b, "LOVE")).status).toBe(400);
    expect((await call(deleteReaction, { method: "DELETE", cookie: b.cookie, params: { id: t.postId }, body: { kind: "LIKE" } })).body).toEqual({ count: 0 });
    expect((await call(deleteReaction, { method: "DELETE", cookie: b.cookie, params: { id: t.postId }, body: { kind: "LIKE" } })).status).toBe(404);
  });

  it("the asker or a moderator accepts an answer, on question threads only", async () => {
    const asker = await member("acc-asker");
    const other = await member("acc-other");
    const mod = await member("acc-mod", "MODERATOR");
    const q = await startThread(asker, { kind: "question" });
    await call(postReply, { cookie: other.cookie, params: { id: q.threadId }, body: { source: "Because of the progressive sharpening." } });
    const accept = (m: typeof asker, postNumber: number | null, threadId = q.threadId) => call(putAccepted, { method: "PUT", cookie: m.cookie, params: { id: threadId }, body: { postNumber } });
    expect((await accept(other, 2)).status).toBe(403);
    expect((await accept(asker, 2)).status).toBe(200);
    expect((await accept(asker, 9)).body.fieldErrors).toHaveProperty("postNumber");
    expect((await accept(mod, null)).body).toEqual({ acceptedPostId: null });
    const d = await startThread(asker);
    await call(postReply, { cookie: other.cookie, params: { id: d.threadId }, body: { source: "x" } });
    expect((await accept(asker, 2, d.threadId)).status).toBe(400);
  });
});

describe("read state, drafts, preview and mentions", () => {
  it("the read mark only moves forward and the list reports unread posts", async () => {
    const a = await member("rd-a");
    const reader = await member("rd-reader");
    const t = await startThread(a);
    for (const s of ["two", "three", "four"]) await call(postReply, { cookie: a.cookie, params: { id: t.threadId }, body: { source: s } });
    const mark = (n: number) => call(putRead, { method: "PUT", cookie: reader.cookie, params: { id: t.threadId }, body: { lastReadNumber: n } });
    expect((await mark(3)).body).toEqual({ lastReadNumber: 3 });
    expect((await mark(1)).body).toEqual({ lastReadNumber: 3 });
    expect((await mark(99)).body).toEqual({ lastReadNumber: 4 });
    await call(postReply, { cookie: a.cookie, params: { id: t.threadId }, body: { source: "five" } });
    const { threads } = await listThreads({ viewerId: reader.id, limit: 200 });
    expect(threads.find((x) => x.id === t.threadId)?.unread).toBe(1);
  });

  it("drafts are saved per member and key, restored, and dropped when the post is made", async () => {
    const a = await member("dr-a");
    const t = await startThread(a);
    const key = `thread:${t.threadId}`;
    expect((await call(putDraft, { method: "PUT", cookie: a.cookie, body: { key, body: "half a thought" } })).status).toBe(200);
    const got = await call(getDraft, { method: "GET", cookie: a.cookie, path: `/api/forum/drafts?key=${encodeURIComponent(key)}` });
    expect(got.body.draft.body).toBe("half a thought");
    expect((await call(putDraft, { method: "PUT", cookie: a.cookie, body: { key: "anything:else", body: "x" } })).status).toBe(400);
    await call(postReply, { cookie: a.cookie, params: { id: t.threadId }, body: { source: "the whole thought" } });
    expect((await call(getDraft, { method: "GET", cookie: a.cookie, path: `/api/forum/drafts?key=${encodeURIComponent(key)}` })).status).toBe(404);
  });

  it("the preview is exactly what a post stores", async () => {
    const a = await member("pv-a");
    const source = "Inline $e^{i\\pi}+1=0$ and display\n\n$$\\sum_{k=1}^n k = \\frac{n(n+1)}{2}$$\n\n```python\nprint(1)\n```";
    const p = await call(preview, { cookie: a.cookie, body: { source } });
    const t = await startThread(a, { source });
    expect(p.body.html).toBe((await db().post.findUniqueOrThrow({ where: { id: t.postId } })).cookedHtml);
  });

  it("mention autocomplete finds members by handle prefix", async () => {
    const a = await member("mention-zed");
    const found = await call(mentions, { method: "GET", cookie: a.cookie, path: `/api/forum/mentions?q=${a.handle.slice(0, 12)}` });
    expect(found.body.members.map((m: { handle: string }) => m.handle)).toContain(a.handle);
  });
});

describe("discussion under content pages", () => {
  it("concurrent first comments create the page's thread exactly once, in the page's category, with consecutive numbers", async () => {
    const page = `learn/${listPages("learn")[0]!.slug}`;
    const members = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => member(`pg-${i}`)));
    expect((await call(getPageDiscussion, { method: "GET", path: `/api/forum/pages?page=${page}` })).body.thread).toBeNull();
    const answers = await Promise.all(members.map((m, i) => call(postPageComment, { cookie: m.cookie, body: { page, source: `Comment ${i}` } })));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const threads = await db().thread.findMany({ where: { pageKey: page }, include: { category: true, posts: { orderBy: { number: "asc" } } } });
    expect(threads).toHaveLength(1);
    expect(threads[0]!.category.slug).toBe("learn");
    expect(threads[0]!.posts.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await db().event.count({ where: { kind: "forum.thread", subjectId: threads[0]!.id } })).toBe(1);
    const discussion = await call(getPageDiscussion, { method: "GET", path: `/api/forum/pages?page=${page}` });
    expect(discussion.body.posts).toHaveLength(6);
    expect((await call(postPageComment, { cookie: members[0]!.cookie, body: { page: "learn/no-such-page", source: "x" } })).status).toBe(404);
  });
});

describe("categories and re-cooking", () => {
  it("only administrators add, rename and reorder categories; names stay unique", async () => {
    const admin = await member("cat-admin", "ADMIN");
    const mod = await member("cat-mod", "MODERATOR");
    const body = { name: "Reading group", slug: "reading-group", description: "Papers we read together.", position: 7 };
    expect((await call(postCategory, { cookie: mod.cookie, body })).status).toBe(403);
    const created = await call(postCategory, { cookie: admin.cookie, body });
    expect(created.status).toBe(201);
    expect((await call(postCategory, { cookie: admin.cookie, body })).status).toBe(409);
    expect((await call(patchCategory, { method: "PATCH", cookie: admin.cookie, params: { id: created.body.id }, body: { name: "Journal club", position: "2" } })).status).toBe(200);
    expect(await db().category.findUnique({ where: { id: created.body.id } })).toMatchObject({ name: "Journal club", position: 2, slug: "reading-group" });
    expect((await call(patchCategory, { method: "PATCH", cookie: admin.cookie, params: { id: created.body.id }, body: { name: "General" } })).status).toBe(409);
    expect((await call(patchCategory, { method: "PATCH", cookie: mod.cookie, params: { id: created.body.id }, body: { name: "Mine" } })).status).toBe(403);
  });

  it("posts cooked by an older renderer, or whose cooking timed out, are re-cooked; an edit meanwhile is kept", async () => {
    const a = await member("recook");
    const t = await startThread(a, { source: "Re-cook $x^2$ please." });
    await db().post.update({ where: { id: t.postId }, data: { rendererVersion: 0, cookedHtml: "<p>stale</p>" } });
    const other = await startThread(a, { source: "Timed out $y$." });
    await db().post.update({ where: { id: other.postId }, data: { cookTimedOut: true, cookedHtml: "<p>Timed out $y$.</p>" } });
    expect(await recookStalePosts(db())).toBeGreaterThanOrEqual(2);
    const [p1, p2] = await Promise.all([db().post.findUniqueOrThrow({ where: { id: t.postId } }), db().post.findUniqueOrThrow({ where: { id: other.postId } })]);
    expect(p1).toMatchObject({ rendererVersion: RENDERER_VERSION, cookTimedOut: false });
    expect(p1.cookedHtml).toContain("katex");
    expect(p2.cookTimedOut).toBe(false);
    expect(p2.cookedHtml).toContain("katex");
  });
});
