import "server-only";
// Changing posts: edits (every revision kept; an edit names the revision it started from, and a
// stale one is refused with the other text and a diff), deletion by the author, reactions and
// accepted answers.
import { db } from "@/lib/db/client.server";
import { conflict, invalid, notFound, type Result } from "@/lib/errors";
import { authorize } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/viewer.server";
import type { ReactionKind } from "@/lib/generated/prisma/enums";
import { mentionCandidates } from "@/lib/markdown";
import { cook, cookedColumns } from "./cook";
import { cancelPendingMailFor } from "@/lib/notifications/mail.server";
import { recordEvent } from "@/lib/notifications/events.server";
import { postSource, recordPostEvents, threadTagNames } from "./events.server";
import { writeTransaction } from "./transaction.server";
import { wordDiff } from "@/lib/text/word-diff";
import type { EditInput } from "./schemas";

const visible = { deletedAt: null, hiddenAt: null, thread: { hiddenAt: null } };

export async function editPost(viewer: Viewer, postId: string, input: EditInput): Promise<Result<{ revision: number; cookedHtml: string }>> {
  const post = await db().post.findFirst({ where: { id: postId, ...visible }, select: { authorId: true } });
  if (!post) return notFound("No such post.");
  const refused = authorize(viewer, "forum.post.edit", post);
  if (refused) return refused;
  const cooked = await cook(input.source);
  return writeTransaction(async (tx) => {
    // The conditional write is the check: only the revision the editor started from is replaced.
    const before = await tx.post.findUniqueOrThrow({ where: { id: postId }, select: { source: true, revision: true, deletedAt: true } });
    const updated = await tx.post.updateMany({
      where: { id: postId, revision: input.baseRevision, deletedAt: null },
      data: { source: input.source, ...cookedColumns(cooked), revision: { increment: 1 }, editedAt: new Date() },
    });
    if (updated.count === 0) {
      if (before.deletedAt) return notFound("This post was deleted.");
      const base = await tx.postRevision.findUnique({ where: { postId_revision: { postId, revision: input.baseRevision } }, select: { source: true } });
      if (!base) return invalid({ baseRevision: ["No such revision of this post."] });
      return conflict(
        { source: [`The post changed since you opened it (now revision ${before.revision}). Your text is kept below; merge it with the other edit and save again.`] },
        { current: { revision: before.revision, source: before.source }, yours: input.source, diff: wordDiff(base.source, before.source, { phrases: true }) },
      );
    }
    const revision = input.baseRevision + 1;
    await tx.postRevision.create({ data: { postId, revision, source: input.source, editorId: viewer.id } });
    await tx.draft.deleteMany({ where: { userId: viewer.id, key: `edit:${postId}` } });
    const full = await tx.post.findUniqueOrThrow({ where: { id: postId }, select: { number: true, thread: { select: { id: true, slug: true, title: true, categoryId: true } } } });
    // Mail about the old text that has not gone yet is not sent; the site shows the new text.
    await cancelPendingMailFor(tx, postSource(postId));
    await recordPostEvents(
      tx,
      {
        actorId: viewer.id,
        threadId: full.thread.id,
        threadSlug: full.thread.slug,
        threadTitle: full.thread.title,
        categoryId: full.thread.categoryId,
        postId,
        number: full.number,
        plainText: cooked.plainText,
        html: cooked.cookedHtml,
        tags: await threadTagNames(tx, full.thread.id),
        source: input.source,
        mentions: cooked.mentions,
        revision,
      },
      { isReply: false, previousMentions: mentionCandidates(before.source), previousSource: before.source },
    );
    return { ok: true as const, revision, cookedHtml: cooked.cookedHtml };
  });
}

/** The author deletes: the post keeps its number and place, shown as "deleted by its author". */
export async function deletePost(viewer: Viewer, postId: string): Promise<Result<object>> {
  const post = await db().post.findFirst({ where: { id: postId, ...visible }, select: { authorId: true } });
  if (!post) return notFound("No such post.");
  const refused = authorize(viewer, "forum.post.delete", post);
  if (refused) return refused;
  return writeTransaction(async (tx) => {
    const done = await tx.post.updateMany({ where: { id: postId, deletedAt: null }, data: { deletedAt: new Date() } });
    if (done.count === 0) return notFound("This post was already deleted.");
    await cancelPendingMailFor(tx, postSource(postId));
    await tx.thread.updateMany({ where: { acceptedPost: { id: postId } }, data: { acceptedPostId: null } });
    return { ok: true as const };
  });
}

export async function react(viewer: Viewer, postId: string, kind: ReactionKind): Promise<Result<{ count: number }>> {
  const post = await db().post.findFirst({
    where: { id: postId, ...visible },
    select: { authorId: true, number: true, thread: { select: { id: true, slug: true, title: true, categoryId: true } } },
  });
  if (!post) return notFound("No such post.");
  const refused = authorize(viewer, "forum.post.react", post);
  if (refused) return refused;
  return writeTransaction(async (tx) => {
    const added = await tx.reaction.createMany({ data: [{ postId, userId: viewer.id, kind }], skipDuplicates: true });
    if (added.count === 0) return conflict({ kind: ["You already reacted this way to this post."] });
    // The author hears of reactions, batched per post by the notification service ("3 people reacted").
    if (post.authorId) {
      await recordEvent(tx, {
        kind: "forum.reaction",
        actorId: viewer.id,
        subject: { type: "thread", id: post.thread.id },
        parent: { type: "category", id: post.thread.categoryId },
        url: `/forum/t/${post.thread.id}/${post.thread.slug}#p${post.number}`,
        title: post.thread.title,
        recipients: [post.authorId],
        sourceKey: postSource(postId),
        dedupeKey: `forum.reaction:${postId}:${viewer.id}:${kind}`,
      });
    }
    return { ok: true as const, count: await tx.reaction.count({ where: { postId, kind } }) };
  });
}

export async function unreact(viewer: Viewer, postId: string, kind: ReactionKind): Promise<Result<{ count: number }>> {
  const removed = await db().reaction.deleteMany({ where: { postId, userId: viewer.id, kind } });
  if (removed.count === 0) return notFound("You have not reacted this way to this post.");
  return { ok: true, count: await db().reaction.count({ where: { postId, kind } }) };
}

/** Marks (or, with null, clears) a question's accepted answer. */
export async function acceptAnswer(viewer: Viewer, threadId: string, postNumber: number | null): Promise<Result<{ acceptedPostId: string | null }>> {
  const thread = await db().thread.findFirst({ where: { id: threadId, hiddenAt: null }, select: { authorId: true, kind: true } });
  if (!thread) return notFound("No such thread.");
  const refused = authorize(viewer, "forum.answer.accept", { threadAuthorId: thread.authorId });
  if (refused) return refused;
  if (thread.kind !== "QUESTION") return invalid({ postNumber: ["Only question threads have an accepted answer."] });
  return writeTransaction(async (tx) => {
    let acceptedPostId: string | null = null;
    if (postNumber !== null) {
      const post = await tx.post.findFirst({ where: { threadId, number: postNumber, deletedAt: null, hiddenAt: null }, select: { id: true } });
      if (!post) return invalid({ postNumber: ["No such reply in this thread."] });
      acceptedPostId = post.id;
    }
    await tx.thread.update({ where: { id: threadId }, data: { acceptedPostId } });
    return { ok: true as const, acceptedPostId };
  });
}

/** Every revision of a post, oldest first (for the history page's diffs). */
export async function postHistory(postId: string) {
  const post = await db().post.findFirst({
    where: { id: postId, hiddenAt: null, thread: { hiddenAt: null } },
    select: { id: true, number: true, deletedAt: true, thread: { select: { id: true, slug: true, title: true } }, revisions: { orderBy: { revision: "asc" }, select: { revision: true, source: true, createdAt: true, editor: { select: { handle: true, name: true } } } } },
  });
  return post;
}
