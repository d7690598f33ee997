import "server-only";
// What a thread page shows: the thread, one page of its posts (by number: numbers are dense, so a
// page is a range, which is a keyset and needs no offset), reactions with who, reply-to authors,
// the accepted answer and the reader's read mark.
import { db } from "@/lib/db/client.server";
import { can } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/viewer.server";
import { POSTS_PER_PAGE } from "./limits";
import { DELETED_BY_MODERATOR } from "@/lib/moderation/labels";

export const pageOfPost = (number: number) => Math.max(1, Math.ceil(number / POSTS_PER_PAGE));

const postSelect = {
  id: true,
  number: true,
  cookedHtml: true,
  revision: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  heldAt: true,
  authorId: true,
  author: { select: { handle: true, name: true } },
  replyTo: { select: { number: true, author: { select: { handle: true } } } },
  reactions: { select: { kind: true, user: { select: { handle: true, name: true } } }, orderBy: { createdAt: "asc" as const } },
};

export async function getThreadView(threadId: string, viewer: Viewer | null, page = 1) {
  const staff = can(viewer, "forum.hidden.read");
  const thread = await db().thread.findFirst({
    where: { id: threadId, ...(staff ? {} : { hiddenAt: null }) },
    select: {
      id: true,
      title: true,
      slug: true,
      kind: true,
      postCount: true,
      pageKey: true,
      authorId: true,
      acceptedPostId: true,
      createdAt: true,
      lastActivityAt: true,
      lockedAt: true,
      pinnedAt: true,
      category: { select: { slug: true, name: true } },
      author: { select: { handle: true, name: true } },
      tags: { select: { tag: { select: { name: true } } } },
      acceptedPost: { select: postSelect },
    },
  });
  if (!thread) return null;
  const pages = pageOfPost(thread.postCount);
  const current = Math.min(Math.max(1, page), pages);
  const posts = await db().post.findMany({
    where: { threadId, number: { gt: (current - 1) * POSTS_PER_PAGE, lte: current * POSTS_PER_PAGE } },
    orderBy: { number: "asc" },
    select: postSelect,
  });
  const lastRead = viewer ? ((await db().threadRead.findUnique({ where: { userId_threadId: { userId: viewer.id, threadId } }, select: { lastReadNumber: true } }))?.lastReadNumber ?? 0) : null;
  // Members do not receive the text of hidden posts, nor of others' held posts (staff see both).
  const withheld = (p: (typeof posts)[number]) => !staff && (p.hiddenAt || (p.heldAt && p.authorId !== viewer?.id));
  return { thread, posts: posts.map((p) => (withheld(p) ? { ...p, cookedHtml: "", hiddenReason: p.hiddenReason?.startsWith(DELETED_BY_MODERATOR) ? DELETED_BY_MODERATOR : null } : p)), page: current, pages, lastRead };
}

export type ThreadView = NonNullable<Awaited<ReturnType<typeof getThreadView>>>;
export type PostView = ThreadView["posts"][number];

/** Reactions of a post grouped by kind, each with who reacted. */
export function groupReactions(reactions: PostView["reactions"]) {
  const kinds = ["LIKE", "INSIGHTFUL", "DOUBT"] as const;
  return kinds.map((kind) => ({ kind, who: reactions.filter((r) => r.kind === kind).map((r) => r.user) }));
}
