import "server-only";
// The posts part of the review queue as moderators read it: each open flagged or held post with
// its thread, author, text (staff see hidden text) and the flags it gathered, oldest first.
import { db } from "@/lib/db/client.server";
import { listOpenReviewItems } from "./review-queue.server";
import { FLAG_LABELS } from "./flags.server";

export async function listPostReviews({ after, limit = 20 }: { after?: string; limit?: number } = {}) {
  const { items, nextAfter } = await listOpenReviewItems({ kinds: ["FLAGGED_POST", "HELD_POST"], after, limit });
  const posts = await db().post.findMany({
    where: { id: { in: items.map((i) => i.subjectId) } },
    select: {
      id: true,
      number: true,
      cookedHtml: true,
      createdAt: true,
      hiddenAt: true,
      hiddenReason: true,
      heldAt: true,
      author: { select: { id: true, name: true, handle: true, role: true, createdAt: true } },
      thread: { select: { id: true, slug: true, title: true } },
      flags: { where: { resolvedAt: null }, orderBy: { createdAt: "asc" }, select: { reason: true, note: true, counted: true, createdAt: true, reporter: { select: { name: true, handle: true } } } },
    },
  });
  const byId = new Map(posts.map((p) => [p.id, p]));
  return {
    // A post deleted since it was flagged leaves its item; the moderator can still close it.
    items: items.map((item) => {
      const post = byId.get(item.subjectId) ?? null;
      return { item, post: post && { ...post, flags: post.flags.map((f) => ({ ...f, label: FLAG_LABELS[f.reason] })) } };
    }),
    nextAfter,
  };
}
export type PostReview = Awaited<ReturnType<typeof listPostReviews>>["items"][number];
