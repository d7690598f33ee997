import "server-only";
// Writing posts: a new thread, a reply, a comment under a content page. Each cooks first (outside
// the transaction), then writes the thread, the post, its first revision, drops the draft and
// records the events in one transaction.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client.server";
import { invalid, notFound, type Result } from "@/lib/errors";
import { authorize } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/viewer.server";
import { pageTitle } from "./page-titles.server";
import { PAGE_KIND_CATEGORY } from "./categories";
import { cook, cookedColumns, type Cooked } from "./cook";
import { applyDefaultWatch } from "@/lib/notifications/watches.server";
import { recordPostEvents, recordThreadEvent, threadTagNames } from "./events.server";
import { threadSlug } from "./quotes";
import { writeTransaction } from "./transaction.server";
import { openReviewItem } from "@/lib/moderation/review-queue.server";
import { screenPost } from "@/lib/moderation/screening.server";
import type { ThreadInput, ReplyInput } from "./schemas";
import { TAGS_MAX } from "./limits";

type Tx = Prisma.TransactionClient;
export interface Written {
  threadId: string;
  slug: string;
  postId: string;
  number: number;
  /** Held for a moderator's approval (lib/moderation/screening.server.ts): only its author and staff see it. */
  held: boolean;
}

export const newId = () => randomUUID().replaceAll("-", "");

export async function createThread(viewer: Viewer, input: ThreadInput): Promise<Result<Written>> {
  const refused = authorize(viewer, "forum.post") ?? (input.newTags.length ? authorize(viewer, "forum.tag.create") : null);
  if (refused) return refused;
  const category = await db().category.findFirst({ where: { OR: [{ slug: input.category }, { id: input.category }] }, select: { id: true } });
  if (!category) return invalid({ category: ["No such category."] });
  const names = [...new Set([...input.tags, ...input.newTags])];
  if (names.length > TAGS_MAX) return invalid({ tags: [`At most ${TAGS_MAX} tags.`] });
  const existing = await db().tag.findMany({ where: { name: { in: input.tags } }, select: { name: true } });
  const unknown = input.tags.filter((t) => !existing.some((e) => e.name === t));
  if (unknown.length) return invalid({ tags: [`No such tag: ${unknown.join(", ")}.`] });

  const cooked = await cook(input.source);
  const slug = threadSlug(input.title);
  return writeTransaction(async (tx) => {
    const thread = await tx.thread.create({
      data: { id: newId(), title: input.title, slug, kind: input.kind === "question" ? "QUESTION" : "DISCUSSION", categoryId: category.id, authorId: viewer.id },
      select: { id: true },
    });
    if (input.newTags.length) await tx.tag.createMany({ data: input.newTags.map((name) => ({ name, createdById: viewer.id })), skipDuplicates: true });
    if (names.length) {
      const tags = await tx.tag.findMany({ where: { name: { in: names } }, select: { id: true } });
      await tx.threadTag.createMany({ data: tags.map((t) => ({ threadId: thread.id, tagId: t.id })) });
    }
    const post = await appendPost(tx, viewer, thread.id, { source: input.source }, cooked, "new-thread");
    if (!post.ok) return post;
    if (!post.held) await recordThreadEvent(tx, post.facts);
    return { ok: true as const, threadId: thread.id, slug, postId: post.postId, number: post.number, held: post.held };
  });
}

export async function reply(viewer: Viewer, threadId: string, input: ReplyInput): Promise<Result<Written>> {
  const refused = authorize(viewer, "forum.post");
  if (refused) return refused;
  if (!(await db().thread.count({ where: { id: threadId, hiddenAt: null } }))) return notFound("No such thread.");
  const cooked = await cook(input.source);
  return writeTransaction(async (tx) => {
    const post = await appendPost(tx, viewer, threadId, input, cooked, `thread:${threadId}`);
    return post.ok ? { ok: true as const, threadId, slug: post.facts.threadSlug, postId: post.postId, number: post.number, held: post.held } : post;
  });
}

/** A comment under a content page: the page's thread is created by the first one, exactly once. */
export async function commentOnPage(viewer: Viewer, page: string, input: ReplyInput): Promise<Result<Written>> {
  const refused = authorize(viewer, "forum.post");
  if (refused) return refused;
  const title = await pageTitle(page);
  if (!title) return notFound("No such page.");
  const cooked = await cook(input.source);
  return writeTransaction(async (tx) => {
    const threadId = await ensurePageThread(tx, page, title);
    const post = await appendPost(tx, viewer, threadId, input, cooked, `page:${page}`);
    if (!post.ok) return post;
    // The first comment opens the thread: its category's watchers hear of it like any new thread.
    if (post.number === 1 && !post.held) await recordThreadEvent(tx, post.facts);
    return { ok: true as const, threadId, slug: post.facts.threadSlug, postId: post.postId, number: post.number, held: post.held };
  });
}

/** The page's thread id, inserting it if missing. ON CONFLICT on the unique pageKey: of two first comments at once, one inserts and the other finds it. */
export async function ensurePageThread(tx: Tx, page: string, subjectTitle: string): Promise<string> {
  const categorySlug = PAGE_KIND_CATEGORY[page.split("/")[0]!]!;
  const title = `Discussion: ${subjectTitle}`;
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Thread" ("id", "title", "slug", "categoryId", "pageKey")
    SELECT ${newId()}, ${title}, ${threadSlug(title)}, c."id", ${page} FROM "Category" c WHERE c."slug" = ${categorySlug}
    ON CONFLICT ("pageKey") DO NOTHING
    RETURNING "id"`;
  if (inserted[0]) return inserted[0].id;
  return (await tx.thread.findUniqueOrThrow({ where: { pageKey: page }, select: { id: true } })).id;
}

/**
 * Adds the next-numbered post to a thread. Incrementing postCount first takes the thread's row
 * lock, so concurrent replies get consecutive numbers; a hidden or missing thread takes none.
 */
async function appendPost(tx: Tx, viewer: Viewer, threadId: string, input: { source: string; replyTo?: number }, cooked: Cooked, draftKey: string) {
  const [thread] = await tx.$queryRaw<{ postCount: number; title: string; slug: string; categoryId: string; lockedAt: Date | null; pageKey: string | null }[]>`
    UPDATE "Thread" SET "postCount" = "postCount" + 1, "lastActivityAt" = now()
    WHERE "id" = ${threadId} AND "hiddenAt" IS NULL
    RETURNING "postCount", "title", "slug", "categoryId", "lockedAt", "pageKey"`;
  if (!thread) return notFound("No such thread.");
  const refused = authorize(viewer, "thread.reply", { lockedAt: thread.lockedAt });
  if (refused) return refused;
  const screened = await screenPost(tx, viewer, cooked.cookedHtml);
  if (!screened.ok) return screened;
  let replyTo: { id: string; authorId: string | null } | null = null;
  if (input.replyTo !== undefined) {
    replyTo = await tx.post.findUnique({ where: { threadId_number: { threadId, number: input.replyTo } }, select: { id: true, authorId: true } });
    if (!replyTo) return invalid({ replyTo: ["No such post in this thread."] });
  }
  const post = await tx.post.create({
    data: {
      id: newId(),
      threadId,
      number: thread.postCount,
      authorId: viewer.id,
      replyToPostId: replyTo?.id,
      source: input.source,
      ...cookedColumns(cooked),
      heldAt: screened.heldBecause ? new Date() : null,
    },
    select: { id: true, number: true },
  });
  await tx.postRevision.create({ data: { postId: post.id, revision: 1, source: input.source, editorId: viewer.id } });
  await tx.draft.deleteMany({ where: { userId: viewer.id, key: draftKey } });
  // The member's chosen level on threads they start or reply to (never over one they set themselves).
  await applyDefaultWatch(tx, viewer.id, { type: "thread", id: threadId }, post.number === 1 ? "created" : "replied");
  const facts = {
    actorId: viewer.id,
    threadId,
    threadSlug: thread.slug,
    threadTitle: thread.title,
    categoryId: thread.categoryId,
    postId: post.id,
    number: post.number,
    plainText: cooked.plainText,
    html: cooked.cookedHtml,
    tags: await threadTagNames(tx, threadId),
    source: input.source,
    mentions: cooked.mentions,
    replyToAuthorId: replyTo?.authorId,
    revision: 1,
  };
  if (screened.heldBecause) {
    // Nobody hears of a held post until a moderator approves it; a held first post keeps its
    // member-started thread out of the lists until then (a page's thread stays open to others).
    await openReviewItem(tx, { kind: "HELD_POST", subjectId: post.id, because: screened.heldBecause });
    if (post.number === 1 && !thread.pageKey) await tx.thread.update({ where: { id: threadId }, data: { hiddenAt: new Date() } });
    return { ok: true as const, postId: post.id, number: post.number, facts, held: true };
  }
  await recordPostEvents(tx, facts, { isReply: post.number > 1 });
  return { ok: true as const, postId: post.id, number: post.number, facts, held: false };
}
