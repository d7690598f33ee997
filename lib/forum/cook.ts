// Cooking a post: look up which @handles exist, render through lib/markdown, and shape the result
// as the Post columns. Runs before the write's transaction (rendering takes up to the renderer's
// time limit; the embedded database's one connection must not wait on it). No "server-only": the
// launcher re-cooks stale posts at start (recookStalePosts) under tsx.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client.server";
import { mentionCandidates, renderUserMarkdown, RENDERER_VERSION } from "@/lib/markdown";

export interface Cooked {
  cookedHtml: string;
  plainText: string;
  rendererVersion: number;
  cookTimedOut: boolean;
  /** Handles linked as mentions. */
  mentions: string[];
}

export async function cook(source: string, client: Pick<PrismaClient, "user"> = db()): Promise<Cooked> {
  const candidates = mentionCandidates(source);
  const known = candidates.length ? (await client.user.findMany({ where: { handle: { in: candidates } }, select: { handle: true } })).map((u) => u.handle) : [];
  const r = await renderUserMarkdown(source, { knownHandles: known });
  return { cookedHtml: r.html, plainText: r.text, rendererVersion: r.version, cookTimedOut: r.status === "timed-out", mentions: r.mentions };
}

/** The columns a Post stores from a cook. */
export const cookedColumns = ({ cookedHtml, plainText, rendererVersion, cookTimedOut }: Cooked) => ({ cookedHtml, plainText, rendererVersion, cookTimedOut });

/**
 * Re-cooks posts cooked by an older renderer or whose cooking timed out, in batches, each post by
 * a conditional write on the source it cooked (an edit meanwhile wins). Returns how many changed.
 */
export async function recookStalePosts(client: PrismaClient, batch = 200): Promise<number> {
  let done = 0;
  let after = "";
  for (;;) {
    const stale = await client.post.findMany({
      where: { id: { gt: after }, OR: [{ rendererVersion: { lt: RENDERER_VERSION } }, { cookTimedOut: true }] },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, source: true },
    });
    if (stale.length === 0) return done;
    for (const post of stale) {
      const cooked = await cook(post.source, client);
      if (cooked.cookTimedOut) continue; // still too slow: stays flagged for the next start
      done += (await client.post.updateMany({ where: { id: post.id, source: post.source }, data: cookedColumns(cooked) })).count;
    }
    after = stale.at(-1)!.id;
  }
}
