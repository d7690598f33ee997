// Moderation of forum content through the routes: flags (and hiding by flags), the review queue's
// decisions (including two moderators at once), hiding and restoring, and thread actions — each
// with its audit entry, and every refusal with its status and nothing changed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { trust } from "@/lib/moderation/trust-settings.server";
import * as flags from "@/app/api/forum/posts/[id]/flags/route";
import * as hidden from "@/app/api/moderation/posts/[id]/hidden/route";
import * as threads from "@/app/api/moderation/threads/[id]/route";
import * as review from "@/app/api/moderation/review/[id]/route";
import { POST as postReply } from "@/app/api/forum/threads/[id]/posts/route";
import { POST as postThread } from "@/app/api/forum/threads/route";
import { call } from "../../support/http";
import { member, seedForum, startThread } from "../../support/forum";
import { listThreads } from "@/lib/forum/lists.server";

const DAY = 86_400_000;

beforeAll(seedForum);

async function threadWithReply() {
  const author = await member("author");
  const t = await startThread(author);
  const r = await call(postReply, { cookie: author.cookie, params: { id: t.threadId }, body: { source: "A second post." } });
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return { author, threadId: t.threadId, postId: r.body.postId as string };
}

const flag = (cookie: string, postId: string, body: unknown) => call(flags.POST, { method: "POST", cookie, params: { id: postId }, body });
const openItem = (postId: string) => db().reviewItem.findFirst({ where: { subjectId: postId, state: "OPEN" } });
const auditOf = (targetId: string) => db().auditEntry.findMany({ where: { targetId }, orderBy: { id: "asc" } });

describe("flags", () => {
  it("a member flags once with a reason; the first flag opens a review item; flagging twice, your own post, a missing post or a bad reason are refused", async () => {
    const { author, postId } = await threadWithReply();
    const a = await member("flagger");
    expect((await flag(a.cookie, postId, { reason: "other" })).status).toBe(400); // "other" needs a note
    expect((await flag(a.cookie, postId, { reason: "rude" })).status).toBe(400);
    const first = await flag(a.cookie, postId, { reason: "off-topic" });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ hidden: false });
    expect((await openItem(postId))?.kind).toBe("FLAGGED_POST");
    const again = await flag(a.cookie, postId, { reason: "spam" });
    expect(again.status).toBe(409);
    expect((await flag(author.cookie, postId, { reason: "spam" })).status).toBe(403);
    expect((await flag(a.cookie, "nope", { reason: "spam" })).status).toBe(404);
    expect(await db().flag.count({ where: { postId } })).toBe(1);
    expect((await flag(undefined as unknown as string, postId, { reason: "spam" })).status).toBe(401);
  });

  it(`flags from ${trust.flagsToHide} members in good standing hide the post; flags from new accounts do not count`, async () => {
    const { postId } = await threadWithReply();
    for (let i = 0; i < trust.flagsToHide; i++) {
      const fresh = await member(`fresh${i}`, "MEMBER", { isNew: true });
      expect((await flag(fresh.cookie, postId, { reason: "spam" })).status).toBe(201);
    }
    expect((await db().post.findUniqueOrThrow({ where: { id: postId } })).hiddenAt).toBeNull();
    for (let i = 0; i < trust.flagsToHide - 1; i++) await flag((await member(`v${i}`)).cookie, postId, { reason: "spam" });
    expect((await db().post.findUniqueOrThrow({ where: { id: postId } })).hiddenAt).toBeNull();
    const last = await flag((await member("vlast")).cookie, postId, { reason: "inappropriate" });
    expect(last.body).toEqual({ hidden: true });
    expect((await db().post.findUniqueOrThrow({ where: { id: postId } })).hiddenAt).not.toBeNull();
    // Still one open item for the post, however many flags.
    expect(await db().reviewItem.count({ where: { subjectId: postId, state: "OPEN" } })).toBe(1);
  });
});

describe("the review queue's decisions on posts", () => {
  it("approve un-hides a post hidden by flags and resolves its flags (audited)", async () => {
    const { postId } = await threadWithReply();
    const mod = await member("mod", "MODERATOR");
    for (let i = 0; i < trust.flagsToHide; i++) await flag((await member(`f${i}`)).cookie, postId, { reason: "spam" });
    const item = await openItem(postId);
    const res = await call(review.POST, { method: "POST", cookie: mod.cookie, params: { id: item!.id }, body: { decision: "approve", reason: "Fine, on topic." } });
    expect(res.status).toBe(204);
    const post = await db().post.findUniqueOrThrow({ where: { id: postId } });
    expect(post.hiddenAt).toBeNull();
    expect(await db().flag.count({ where: { postId, resolvedAt: null } })).toBe(0);
    expect((await auditOf(postId)).map((e) => e.action)).toEqual(["post.keep"]);
  });

  it("of two moderators deciding one item at once exactly one wins; the other gets 409 and changes nothing", async () => {
    const { postId } = await threadWithReply();
    const [m1, m2] = [await member("m1", "MODERATOR"), await member("m2", "MODERATOR")];
    await flag((await member("f")).cookie, postId, { reason: "spam" });
    const item = await openItem(postId);
    const [a, b] = await Promise.all([
      call(review.POST, { method: "POST", cookie: m1.cookie, params: { id: item!.id }, body: { decision: "hide", reason: "Spam link." } }),
      call(review.POST, { method: "POST", cookie: m2.cookie, params: { id: item!.id }, body: { decision: "approve" } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([204, 409]);
    const loser = a.status === 409 ? a : b;
    expect(JSON.stringify(loser.body)).toMatch(/already decided this item/);
    expect(await auditOf(postId)).toHaveLength(1);
  });

  it("suspend hides the post, suspends its author, ends their sessions, and audits both", async () => {
    const { author, postId } = await threadWithReply();
    const mod = await member("mod", "MODERATOR");
    await flag((await member("f")).cookie, postId, { reason: "inappropriate" });
    const item = await openItem(postId);
    const bad = await call(review.POST, { method: "POST", cookie: mod.cookie, params: { id: item!.id }, body: { decision: "suspend", reason: "Abuse." } });
    expect(bad.status).toBe(400); // days missing
    const res = await call(review.POST, { method: "POST", cookie: mod.cookie, params: { id: item!.id }, body: { decision: "suspend", reason: "Abuse.", days: 3 } });
    expect(res.status).toBe(204);
    expect((await db().post.findUniqueOrThrow({ where: { id: postId } })).hiddenAt).not.toBeNull();
    const user = await db().user.findUniqueOrThrow({ where: { id: author.id } });
    expect(user.suspendedUntil!.getTime()).toBeGreaterThan(Date.now() + 2 * DAY);
    expect(await db().session.count({ where: { userId: author.id, revokedAt: null } })).toBe(0);
    expect((await db().auditEntry.findMany({ where: { targetId: { in: [postId, author.id] } } })).map((e) => e.action).sort()).toEqual(["post.hide", "user.suspend"]);
  });

  it("members cannot decide, and an unknown item is 404", async () => {
    const plain = await member("plain");
    const mod = await member("mod", "MODERATOR");
    expect((await call(review.POST, { method: "POST", cookie: plain.cookie, params: { id: "x" }, body: { decision: "approve" } })).status).toBe(403);
    expect((await call(review.POST, { method: "POST", cookie: mod.cookie, params: { id: "nope" }, body: { decision: "approve" } })).status).toBe(404);
  });
});

describe("hiding and restoring posts, thread actions", () => {
  it("a moderator hides and restores a post with a reason; members are refused; both steps are audited", async () => {
    const { postId } = await threadWithReply();
    const mod = await member("mod", "MODERATOR");
    const plain = await member("m");
    expect((await call(hidden.PUT, { method: "PUT", cookie: plain.cookie, params: { id: postId }, body: { reason: "Because." } })).status).toBe(403);
    expect((await call(hidden.PUT, { method: "PUT", cookie: mod.cookie, params: { id: postId }, body: {} })).status).toBe(400);
    expect((await call(hidden.PUT, { method: "PUT", cookie: mod.cookie, params: { id: postId }, body: { reason: "Personal attack." } })).status).toBe(204);
    expect((await db().post.findUniqueOrThrow({ where: { id: postId } })).hiddenReason).toBe("Personal attack.");
    expect((await call(hidden.PUT, { method: "PUT", cookie: mod.cookie, params: { id: postId }, body: { reason: "Again." } })).status).toBe(400);
    expect((await call(hidden.DELETE, { method: "DELETE", cookie: mod.cookie, params: { id: postId }, body: { reason: "Apologised." } })).status).toBe(204);
    expect((await db().post.findUniqueOrThrow({ where: { id: postId } })).hiddenAt).toBeNull();
    expect((await auditOf(postId)).map((e) => e.action)).toEqual(["post.hide", "post.restore"]);
    expect((await call(hidden.PUT, { method: "PUT", cookie: mod.cookie, params: { id: "gone" }, body: { reason: "Spam." } })).status).toBe(404);
  });

  it("lock, pin, move and retitle a thread; repeating an action or a bad category is 400; each is audited", async () => {
    const { threadId } = await threadWithReply();
    const mod = await member("mod", "MODERATOR");
    const patch = (body: unknown, cookie = mod.cookie) => call(threads.PATCH, { method: "PATCH", cookie, params: { id: threadId }, body });
    expect((await patch({ action: "lock" }, (await member("m")).cookie)).status).toBe(403);
    expect((await patch({ action: "lock", reason: "Cooling off." })).status).toBe(200);
    expect((await patch({ action: "lock" })).status).toBe(400);
    expect((await patch({ action: "pin" })).status).toBe(200);
    expect((await patch({ action: "move", category: "no-such" })).status).toBe(400);
    expect((await patch({ action: "move", category: "meta" })).status).toBe(200);
    const retitled = await patch({ action: "retitle", title: "Does μP transfer the optimal learning rate across widths?" });
    expect(retitled.body).toEqual({ slug: expect.stringMatching(/transfer/) });
    expect((await patch({ action: "retitle", title: "" })).status).toBe(400);
    expect((await patch({ action: "explode" })).status).toBe(400);
    const t = await db().thread.findUniqueOrThrow({ where: { id: threadId }, include: { category: true } });
    expect([!!t.lockedAt, !!t.pinnedAt, t.category.slug]).toEqual([true, true, "meta"]);
    // A newer thread in the category does not push the pinned one down.
    await startThread(await member("later"), { category: "meta", title: "A later thread" });
    expect((await listThreads({ categoryId: t.categoryId })).threads[0]!.id).toBe(threadId);
    expect((await auditOf(threadId)).map((e) => e.action)).toEqual(["thread.lock", "thread.pin", "thread.move", "thread.retitle"]);
    expect((await patch({ action: "unlock" })).status).toBe(200);
    expect((await call(threads.PATCH, { method: "PATCH", cookie: mod.cookie, params: { id: "missing" }, body: { action: "lock" } })).status).toBe(404);
  });
});

describe("locked threads and new accounts", () => {
  const replyAs = (m: { cookie: string }, threadId: string, source: string) => call(postReply, { cookie: m.cookie, params: { id: threadId }, body: { source } });

  it("a locked thread refuses members' replies (403, nothing stored) and takes a moderator's", async () => {
    const { threadId } = await threadWithReply();
    const mod = await member("mod", "MODERATOR");
    await call(threads.PATCH, { method: "PATCH", cookie: mod.cookie, params: { id: threadId }, body: { action: "lock" } });
    const before = await db().post.count({ where: { threadId } });
    expect((await replyAs(await member("late"), threadId, "One more thought.")).status).toBe(403);
    expect(await db().thread.findUniqueOrThrow({ where: { id: threadId }, select: { postCount: true } })).toEqual({ postCount: before });
    expect((await replyAs(mod, threadId, "Locked while we tidy up.")).status).toBe(201);
  });

  it("a new account cannot post links, is capped per day (429 with Retry-After, at and past the limit), and an established one is not", async () => {
    const { threadId } = await threadWithReply();
    const fresh = await member("fresh", "MEMBER", { isNew: true });
    const link = await replyAs(fresh, threadId, "See [my site](https://example.org).");
    expect(link.status).toBe(400);
    expect(link.body.fieldErrors.source[0]).toMatch(/links/);
    for (let i = 1; i <= trust.firstDayPosts; i++) expect((await replyAs(fresh, threadId, `Thought number ${i}.`)).status).toBe(201);
    const capped = await replyAs(fresh, threadId, "One too many.");
    expect(capped.status).toBe(429);
    expect(Number(capped.headers.get("retry-after"))).toBeGreaterThan(23 * 3600);
    expect(await db().post.count({ where: { authorId: fresh.id } })).toBe(trust.firstDayPosts);
    const old = await member("old");
    expect((await replyAs(old, threadId, "See [my site](https://example.org).")).status).toBe(201);
  });

  it("a new account's suspicious first thread is held: hidden from the lists, queued, published on approval", async () => {
    const fresh = await member("shouty", "MEMBER", { isNew: true });
    const t = await call(postThread, {
      cookie: fresh.cookie,
      body: { title: "Read this", category: "general", source: "THIS IS THE MOST IMPORTANT RESULT IN DEEP LEARNING THEORY EVER" },
    });
    expect(t.status).toBe(201);
    expect(t.body.held).toBe(true);
    expect((await db().thread.findUniqueOrThrow({ where: { id: t.body.threadId } })).hiddenAt).not.toBeNull();
    expect(await db().event.count({ where: { subjectId: t.body.threadId } })).toBe(0);
    const item = await db().reviewItem.findFirstOrThrow({ where: { kind: "HELD_POST", subjectId: t.body.postId, state: "OPEN" } });
    expect(item.openedBecause).toMatch(/capital/);
    const mod = await member("mod", "MODERATOR");
    expect((await call(review.POST, { method: "POST", cookie: mod.cookie, params: { id: item.id }, body: { decision: "approve" } })).status).toBe(204);
    expect((await db().thread.findUniqueOrThrow({ where: { id: t.body.threadId } })).hiddenAt).toBeNull();
    expect((await db().post.findUniqueOrThrow({ where: { id: t.body.postId } })).heldAt).toBeNull();
    expect((await auditOf(t.body.postId)).map((e) => e.action)).toEqual(["post.approve"]);
    // Approval tells the category's watchers what holding kept quiet.
    expect((await db().event.findMany({ where: { subjectId: t.body.threadId } })).map((e) => e.kind)).toEqual(["forum.thread"]);
  });
});

describe("approving a held reply", () => {
  it("records the reply's mention when it is approved, not before", async () => {
    const { threadId } = await threadWithReply();
    const named = await member("named");
    const fresh = await member("held", "MEMBER", { isNew: true });
    // Three mentions in a new account's first post: held.
    const source = `@${named.handle} @${named.handle} @${named.handle} look at this result now.`;
    const answer = await call(postReply, { cookie: fresh.cookie, params: { id: threadId }, body: { source } });
    expect(answer.body.held).toBe(true);
    expect(await db().event.count({ where: { subjectId: threadId, kind: "forum.mention", actorId: fresh.id } })).toBe(0);
    const item = await db().reviewItem.findFirstOrThrow({ where: { kind: "HELD_POST", subjectId: answer.body.postId } });
    const mod = await member("mod", "MODERATOR");
    expect((await call(review.POST, { method: "POST", cookie: mod.cookie, params: { id: item.id }, body: { decision: "approve" } })).status).toBe(204);
    const mention = await db().event.findFirstOrThrow({ where: { subjectId: threadId, kind: "forum.mention", actorId: fresh.id } });
    expect(mention.recipientIds).toEqual([named.id]);
  });
});
