import "server-only";
// Full-text search over thread titles and posts: PostgreSQL's websearch_to_tsquery against the
// generated tsvector columns (GIN-indexed; PGlite has the same), ranked, with ts_headline
// snippets. A thread's title counts towards its first post, weighted as PostgreSQL's class A (ten
// times a body word at the default weights). Posts are indexed by their words, math
// included as words (lib/markdown's plain text), so formulas do not hide a post.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client.server";
import { z } from "@/lib/zod";
import { tagName } from "./schemas";
import { HIT_END, HIT_START } from "./search-marks";

export const SEARCH_PAGE_SIZE = 20;
/** Newest matching posts (and thread titles) ranked per query; see searchForum. */
export const CANDIDATES = 2_000;

const day = z.string().regex(/^\d{4}-\d\d-\d\d$/).refine((s) => !Number.isNaN(Date.parse(s)));
export const searchQuery = z.object({
  q: z.string().trim().max(200).default(""),
  category: z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined),
  tag: tagName.optional().catch(undefined),
  author: z.string().regex(/^[a-z0-9-]{1,48}$/).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(50).default(1).catch(1),
});
export type SearchQuery = z.output<typeof searchQuery>;

export interface SearchHit {
  postId: string;
  number: number;
  threadId: string;
  slug: string;
  title: string;
  titleHeadline: string;
  snippet: string;
  categoryName: string;
  authorHandle: string | null;
  authorName: string | null;
  createdAt: Date;
  rank: number;
}

export async function searchForum(query: SearchQuery): Promise<{ hits: SearchHit[]; more: boolean }> {
  if (!query.q) return { hits: [], more: false };
  const headline = `StartSel="${HIT_START}", StopSel="${HIT_END}", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
  const filters = [
    query.category ? Prisma.sql`AND c."slug" = ${query.category}` : Prisma.empty,
    query.author ? Prisma.sql`AND u."handle" = ${query.author}` : Prisma.empty,
    query.tag ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ThreadTag" tt JOIN "Tag" g ON g."id" = tt."tagId" WHERE tt."threadId" = t."id" AND g."name" = ${query.tag})` : Prisma.empty,
    query.from ? Prisma.sql`AND p."createdAt" >= ${new Date(`${query.from}T00:00:00Z`)}` : Prisma.empty,
    query.to ? Prisma.sql`AND p."createdAt" < ${new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000)}` : Prisma.empty,
  ];
  // Candidates: the newest matches of the posts' words and of the threads' titles (a thread's title
  // stands for its first post), at most CANDIDATES of each, filters applied; then rank those and
  // snippet only the page shown (ts_headline re-parses each text). The cap bounds a word found in
  // nearly every post: PostgreSQL then walks the newest posts and stops, instead of ranking all.
  const from = Prisma.sql`FROM "Post" p JOIN "Thread" t ON t."id" = p."threadId" JOIN "Category" c ON c."id" = t."categoryId" LEFT JOIN "User" u ON u."id" = p."authorId", q`;
  const visible = Prisma.sql`p."deletedAt" IS NULL AND p."hiddenAt" IS NULL AND t."hiddenAt" IS NULL ${Prisma.join(filters, " ")}`;
  const rows = await db().$queryRaw<SearchHit[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query.q}) AS q),
    hits AS (
      (SELECT p."id" ${from} WHERE p."search" @@ q.q AND ${visible} ORDER BY p."createdAt" DESC LIMIT ${CANDIDATES})
      UNION
      (SELECT p."id" ${from} WHERE p."number" = 1 AND t."search" @@ q.q AND ${visible} ORDER BY p."createdAt" DESC LIMIT ${CANDIDATES})
    ),
    ranked AS (
      SELECT p."id" AS "postId", p."number", p."plainText", p."createdAt", t."id" AS "threadId", t."slug", t."title", c."name" AS "categoryName",
             u."handle" AS "authorHandle", u."name" AS "authorName",
             ts_rank_cd(CASE WHEN p."number" = 1 THEN setweight(t."search", 'A') || p."search" ELSE p."search" END, q.q)::float8 AS "rank"
      FROM hits JOIN "Post" p ON p."id" = hits."id" JOIN "Thread" t ON t."id" = p."threadId" JOIN "Category" c ON c."id" = t."categoryId"
           LEFT JOIN "User" u ON u."id" = p."authorId", q
      ORDER BY "rank" DESC, p."createdAt" DESC, p."id"
      LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${(query.page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT r."postId", r."number", r."createdAt", r."threadId", r."slug", r."title", r."categoryName", r."authorHandle", r."authorName", r."rank",
           ts_headline('english', r."plainText", q.q, ${headline}) AS "snippet",
           ts_headline('english', r."title", q.q, ${`StartSel="${HIT_START}", StopSel="${HIT_END}", HighlightAll=true`}) AS "titleHeadline"
    FROM ranked r, q
    ORDER BY r."rank" DESC, r."createdAt" DESC, r."postId"`;
  return { hits: rows.slice(0, SEARCH_PAGE_SIZE), more: rows.length > SEARCH_PAGE_SIZE };
}
