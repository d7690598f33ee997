import "server-only";
// A member's forum activity for their profile: threads started, posts (newest first, keyset
// pages on (createdAt, id)) and the reactions their posts received, by kind.
import { db } from "@/lib/db/client.server";
import { decodeCursor, encodeCursor } from "./cursor";

const POSTS_PER_PROFILE_PAGE = 20;

export async function memberActivity(userId: string, postsAfter: string | null) {
  const cursor = decodeCursor(postsAfter, "time");
  const [threads, posts, received] = await Promise.all([
    db().thread.findMany({ where: { authorId: userId, hiddenAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 10, select: { id: true, slug: true, title: true, postCount: true, createdAt: true } }),
    db().post.findMany({
      where: { authorId: userId, deletedAt: null, hiddenAt: null, thread: { hiddenAt: null }, ...(cursor && { OR: [{ createdAt: { lt: new Date(cursor.key) } }, { createdAt: new Date(cursor.key), id: { lt: cursor.id } }] }) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: POSTS_PER_PROFILE_PAGE + 1,
      select: { id: true, number: true, plainText: true, createdAt: true, thread: { select: { id: true, slug: true, title: true } } },
    }),
    db().reaction.groupBy({ by: ["kind"], where: { post: { authorId: userId, deletedAt: null } }, _count: { _all: true } }),
  ]);
  const page = posts.slice(0, POSTS_PER_PROFILE_PAGE);
  const last = page.at(-1);
  return {
    threads,
    posts: page.map((p) => ({ ...p, excerpt: p.plainText.length > 200 ? `${p.plainText.slice(0, 199)}…` : p.plainText })),
    nextPosts: posts.length > POSTS_PER_PROFILE_PAGE && last ? encodeCursor({ key: last.createdAt.toISOString(), id: last.id }) : null,
    reactionsReceived: Object.fromEntries(received.map((r) => [r.kind, r._count._all])) as Partial<Record<"LIKE" | "INSIGHTFUL" | "DOUBT", number>>,
  };
}
