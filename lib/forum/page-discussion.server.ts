import "server-only";
// The discussion under a content page, as the page's island loads it: the thread (if a first
// comment has created it) and its first posts, already cooked. Reading creates nothing.
import { db } from "@/lib/db/client.server";
import type { Viewer } from "@/lib/auth/viewer.server";
import { can } from "@/lib/policy";
import { POSTS_PER_PAGE } from "./limits";

export async function pageDiscussion(page: string, viewer: Viewer | null) {
  const thread = await db().thread.findFirst({
    where: { pageKey: page, hiddenAt: null },
    select: {
      id: true,
      slug: true,
      postCount: true,
      posts: {
        where: { hiddenAt: null },
        orderBy: { number: "asc" },
        take: POSTS_PER_PAGE,
        select: { number: true, cookedHtml: true, createdAt: true, deletedAt: true, author: { select: { handle: true, name: true } } },
      },
    },
  });
  return {
    page,
    viewer: viewer ? { handle: viewer.handle, mayPost: can(viewer, "forum.post") } : null,
    thread: thread && { id: thread.id, url: `/forum/t/${thread.id}/${thread.slug}`, postCount: thread.postCount },
    posts: (thread?.posts ?? []).map((p) => ({
      number: p.number,
      html: p.deletedAt ? null : p.cookedHtml,
      createdAt: p.createdAt.toISOString(),
      author: p.author,
    })),
  };
}
