import "server-only";
// Thread lists (forum index, a category, a tag, a member's threads): latest activity or top
// (reactions received in a period), one keyset page at a time.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client.server";
import { decodeCursor, encodeCursor } from "./cursor";
import { THREADS_PER_PAGE } from "./limits";

export type Sort = "latest" | "top";
export const PERIODS = { day: 1, week: 7, month: 30, year: 365, all: 0 } as const;
export type Period = keyof typeof PERIODS;

export interface ListQuery {
  sort?: Sort;
  period?: Period;
  categoryId?: string;
  tag?: string;
  authorId?: string;
  /** The cursor of the page before ("next page" link). */
  after?: string | null;
  viewerId?: string | null;
  limit?: number;
}

const rowSelect = (viewerId: string | null | undefined) =>
  ({
    id: true,
    title: true,
    slug: true,
    kind: true,
    postCount: true,
    lastActivityAt: true,
    createdAt: true,
    acceptedPostId: true,
    pageKey: true,
    pinnedAt: true,
    lockedAt: true,
    category: { select: { slug: true, name: true } },
    author: { select: { handle: true, name: true } },
    tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
    reads: { where: { userId: viewerId ?? "" }, select: { lastReadNumber: true } },
  }) satisfies Prisma.ThreadSelect;

export type ThreadRow = Awaited<ReturnType<typeof listThreads>>["threads"][number];

export async function listThreads(q: ListQuery) {
  const limit = q.limit ?? THREADS_PER_PAGE;
  const where: Prisma.ThreadWhereInput = {
    hiddenAt: null,
    ...(q.categoryId && { categoryId: q.categoryId }),
    ...(q.authorId && { authorId: q.authorId }),
    ...(q.tag && { tags: { some: { tag: { name: q.tag } } } }),
  };
  let ids: { id: string; key: string | number }[];
  // Pinned threads head the first page of their category's latest-activity list, once.
  let pinned: { id: string; key: string }[] = [];
  if (q.sort === "top") ids = await topIds(q, limit + 1);
  else {
    const cursor = decodeCursor(q.after, "time");
    const pinsFirst = !!q.categoryId;
    if (pinsFirst && !cursor) {
      const pins = await db().thread.findMany({ where: { ...where, pinnedAt: { not: null } }, orderBy: [{ pinnedAt: "desc" }, { id: "desc" }], take: limit, select: { id: true, lastActivityAt: true } });
      pinned = pins.map((r) => ({ id: r.id, key: r.lastActivityAt.toISOString() }));
    }
    const rows = await db().thread.findMany({
      where: { ...where, ...(pinsFirst && { pinnedAt: null }), ...(cursor && { OR: [{ lastActivityAt: { lt: new Date(cursor.key) } }, { lastActivityAt: new Date(cursor.key), id: { lt: cursor.id } }] }) },
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: { id: true, lastActivityAt: true },
    });
    ids = rows.map((r) => ({ id: r.id, key: r.lastActivityAt.toISOString() }));
  }
  const listed = ids.slice(0, limit);
  const page = [...pinned, ...listed];
  const rows = await db().thread.findMany({ where: { id: { in: page.map((r) => r.id) } }, select: rowSelect(q.viewerId) });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const threads = page.map(({ id, key }) => {
    const row = byId.get(id)!;
    const read = row.reads[0]?.lastReadNumber;
    // Unread counts only for a signed-in reader who has opened the thread; never-opened threads are "new".
    return { ...row, score: typeof key === "number" ? key : null, unread: q.viewerId ? (read === undefined ? null : Math.max(0, row.postCount - read)) : undefined };
  });
  const last = listed.at(-1);
  return { threads, next: ids.length > limit && last ? encodeCursor(last) : null };
}

/** Threads by reactions received in the period, then by id; keyset on (score, id). */
async function topIds(q: ListQuery, take: number) {
  const days = PERIODS[q.period ?? "week"];
  const since = days ? new Date(Date.now() - days * 86_400_000) : new Date(0);
  const cursor = decodeCursor(q.after, "number");
  const rows = await db().$queryRaw<{ id: string; score: number }[]>`
    SELECT t."id", COALESCE(s."score", 0)::int AS "score"
    FROM "Thread" t
    LEFT JOIN (
      SELECT p."threadId", count(*) AS "score" FROM "Reaction" r JOIN "Post" p ON p."id" = r."postId"
      WHERE r."createdAt" >= ${since} AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL GROUP BY p."threadId"
    ) s ON s."threadId" = t."id"
    WHERE t."hiddenAt" IS NULL
      ${q.categoryId ? Prisma.sql`AND t."categoryId" = ${q.categoryId}` : Prisma.empty}
      ${q.authorId ? Prisma.sql`AND t."authorId" = ${q.authorId}` : Prisma.empty}
      ${q.tag ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ThreadTag" tt JOIN "Tag" g ON g."id" = tt."tagId" WHERE tt."threadId" = t."id" AND g."name" = ${q.tag})` : Prisma.empty}
      ${cursor ? Prisma.sql`AND (COALESCE(s."score", 0), t."id") < (${cursor.key}::int, ${cursor.id})` : Prisma.empty}
    ORDER BY "score" DESC, t."id" DESC
    LIMIT ${take}`;
  return rows.map((r) => ({ id: r.id, key: r.score }));
}

export function listCategories() {
  return db().category.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true, description: true, _count: { select: { threads: { where: { hiddenAt: null } } } } } });
}

export function listTags() {
  return db().tag.findMany({ orderBy: { name: "asc" }, select: { name: true } });
}
